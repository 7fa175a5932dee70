package dev.margin.ui.annotations;

import dev.margin.domain.Annotation;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.ui.common.Completion;
import dev.margin.ui.common.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.time.Clock;

/** The quote part of the editor: speaker (autocompleted from the actors, or a new name), cue and type. */
final class QuoteForm {
    private final AnnotatingViewModel annotating;
    private final Clock clock;
    private final GridPane grid = new GridPane();
    private final TextField speaker = new TextField();
    private final TextField cue = new TextField();
    private final ComboBox<QuoteType> type;
    private Annotation current;
    private boolean loading;

    QuoteForm(AnnotatingViewModel annotating, Messages messages, Clock clock) {
        this.annotating = annotating;
        this.clock = clock;
        grid.getStyleClass().add("editor-form");
        speaker.setId("quoteSpeaker");
        speaker.setPromptText(messages.get("editor.speaker.prompt"));
        Completion.bind(speaker, request -> annotating.actors().complete(request.getUserText(), 12));
        cue.setId("quoteCue");
        type = FormSupport.enumBox(QuoteType.class, "quoteType", messages);
        type.setId("quoteType");
        FormSupport.row(grid, messages.get("editor.speaker"), speaker);
        FormSupport.row(grid, messages.get("editor.cue"), cue);
        FormSupport.row(grid, messages.get("editor.quoteType"), type);

        FormSupport.commitOnLeave(speaker, () -> current, annotating, (quote, typed) -> {
            if (!typed.strip().equals(annotating.actors().nameOf(quote.quote().speakerActorId()))) {
                annotating.setSpeaker(quote, typed);
            }
        });
        FormSupport.commitOnLeave(cue, () -> current, annotating, (quote, typed) -> {
            if (!typed.strip().equals(quote.quote().cue())) {
                annotating.edit(quote, quote.withQuote(withCue(quote.quote(), typed.strip()), clock.instant()));
            }
        });
        type.valueProperty().addListener((observable, old, chosen) -> {
            if (!loading && current != null && chosen != null && chosen != current.quote().type()) {
                QuoteDetails q = current.quote();
                annotating.edit(current, current.withQuote(
                        new QuoteDetails(q.speakerActorId(), q.speakerSpan(), q.cue(), q.cueSpan(), chosen, q.resolution()), clock.instant()));
            }
        });
    }

    private static QuoteDetails withCue(QuoteDetails q, String newCue) {
        return new QuoteDetails(q.speakerActorId(), q.speakerSpan(), newCue, newCue.equals(q.cue()) ? q.cueSpan() : null,
                q.type(), q.resolution());
    }

    GridPane node() {
        return grid;
    }

    void show(Annotation quote) {
        loading = true;
        current = quote;
        if (!speaker.isFocused()) {
            speaker.setText(annotating.actors().nameOf(quote.quote().speakerActorId()));
        }
        if (!cue.isFocused()) {
            cue.setText(quote.quote().cue());
        }
        type.setValue(quote.quote().type());
        loading = false;
    }
}
