package dev.margin.ui.suggestions;

import dev.margin.domain.SpeakerResolution;
import dev.margin.service.SuggestionService;
import dev.margin.suggest.Suggestion;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One suggestion in the list: its kind's icon, its words, and the speaker, actor or claimant proposed. */
final class SuggestionCell extends ListCell<Suggestion> {
    private static final int EXCERPT = 110;

    private final Messages messages;
    private final Label words = new Label();
    private final Label detail = new Label();
    private final HBox box = new HBox(6);

    SuggestionCell(Messages messages) {
        this.messages = messages;
        words.setWrapText(true);
        words.getStyleClass().add("suggestion-words");
        detail.getStyleClass().add("suggestion-detail");
        VBox text = new VBox(2, words, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        box.getChildren().add(text);
        box.getStyleClass().add("suggestion-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Suggestion suggestion, boolean empty) {
        super.updateItem(suggestion, empty);
        if (empty || suggestion == null) {
            setGraphic(null);
            setText(null);
            setId(null);
            return;
        }
        setId("suggestion-" + suggestion.id());
        if (box.getChildren().size() > 1) {
            box.getChildren().remove(0);
        }
        box.getChildren().add(0, Icons.ofKind(SuggestionService.annotationKind(suggestion.kind())));
        String exact = suggestion.exact().replace('\n', ' ');
        words.setText(exact.length() > EXCERPT ? exact.substring(0, EXCERPT - 1) + "…" : exact);
        String line = detailOf(suggestion);
        detail.setText(line);
        detail.setVisible(!line.isEmpty());
        detail.setManaged(!line.isEmpty());
        setText(null);
        setGraphic(box);
    }

    private static String joined(String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> !part.isEmpty()).collect(java.util.stream.Collectors.joining(" · "));
    }

    private String detailOf(Suggestion s) {
        return switch (s.kind()) {
            case QUOTE -> s.speaker() == null ? ""
                    : s.resolution() == SpeakerResolution.ANONYMOUS ? messages.get("suggestions.unnamed", s.speaker())
                    : messages.get("suggestions.speaker", s.speaker());
            case ACTOR -> joined(s.actor() == null || s.actor().equals(s.exact()) ? "" : messages.get("suggestions.actor", s.actor()),
                    s.role() == null ? "" : s.role(),
                    // accepting links every mention: say how many, so a user knows what one key press marks
                    s.mentions().size() > 1 ? messages.get("suggestions.mentions", s.mentions().size()) : "");
            case CLAIM -> s.claimant() == null ? "" : messages.get("suggestions.claimant", s.claimant());
        };
    }
}
