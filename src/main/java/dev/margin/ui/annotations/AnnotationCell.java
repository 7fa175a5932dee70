package dev.margin.ui.annotations;

import dev.margin.notes.NoteMarkdown;
import dev.margin.domain.ActorMention;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** One annotation in the list: its kind's icon, its words, and who said or is meant or how the claim stands. */
final class AnnotationCell extends ListCell<Annotation> {
    private static final int EXCERPT = 140;

    private final Messages messages;
    private final ActorDirectory actors;
    private final Label words = new Label();
    private final Label detail = new Label();
    private final Label state = new Label();
    private final HBox box = new HBox(6);

    AnnotationCell(Messages messages, ActorDirectory actors) {
        this.messages = messages;
        this.actors = actors;
        words.setWrapText(true);
        words.getStyleClass().add("annotation-words");
        detail.getStyleClass().add("annotation-detail");
        state.getStyleClass().add("annotation-state");
        VBox text = new VBox(2, words, detail, state);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        box.getChildren().add(text);
        box.getStyleClass().add("annotation-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Annotation annotation, boolean empty) {
        super.updateItem(annotation, empty);
        if (empty || annotation == null) {
            setGraphic(null);
            setText(null);
            setId(null);
            return;
        }
        setId("annotation-" + annotation.id());
        if (box.getChildren().size() > 1) {
            box.getChildren().remove(0);
        }
        box.getChildren().add(0, Icons.ofKind(annotation.kind()));
        String exact = annotation.exact().replace('\n', ' ');
        words.setText(exact.length() > EXCERPT ? exact.substring(0, EXCERPT - 1) + "…" : exact);
        String line = detailOf(annotation);
        detail.setText(line);
        detail.setVisible(!line.isEmpty());
        detail.setManaged(!line.isEmpty());
        boolean displaced = annotation.anchorState() != AnchorState.OK;
        state.setText(displaced ? messages.get("annotations.state." + annotation.anchorState().name()) : "");
        state.setVisible(displaced);
        state.setManaged(displaced);
        state.getStyleClass().removeAll("moved", "orphaned");
        if (displaced) {
            state.getStyleClass().add(annotation.anchorState().name().toLowerCase(Locale.ROOT));
        }
        setText(null);
        setGraphic(box);
    }

    private String detailOf(Annotation annotation) {
        return switch (annotation.body()) {
            case QuoteDetails quote -> {
                String speaker = actors.nameOf(quote.speakerActorId());
                String who = speaker.isEmpty() ? messages.get("annotations.speakerUnknown") : speaker;
                String type = messages.get("quoteType." + quote.type().name());
                yield quote.cue().isEmpty() ? who + " · " + type : who + " · " + quote.cue() + " · " + type;
            }
            case ActorMention mention -> actors.get(mention.actorId())
                    .map(actor -> actor.name() + " · " + messages.get("actorType." + actor.type().name()))
                    .orElse("");
            case ClaimDetails claim -> {
                String claimant = claim.claimantIsOutlet() ? messages.get("editor.claimant.outlet")
                        : actors.nameOf(claim.claimantActorId());
                String status = messages.get("claimStatus." + claim.status().name());
                yield claimant.isEmpty() ? status : claimant + " · " + status;
            }
            case Highlight highlight -> annotation.note().isBlank() ? "" : firstLine(annotation.note());
        };
    }

    /** The note's first line as plain text, without its Markdown markers. */
    private static String firstLine(String note) {
        String line = NoteMarkdown.plainText(note).lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }
}
