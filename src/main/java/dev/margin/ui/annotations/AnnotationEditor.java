package dev.margin.ui.annotations;

import dev.margin.domain.ActorMention;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.MaterialIcon;
import dev.margin.ui.common.Messages;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The editor under the annotation list, for the selected annotation: its words and anchor state
 * (with "re-attach to selection" for moved or orphaned ones), the form of its kind (made when first
 * needed, to keep the start fast), then the note (Markdown, with a rendered preview: {@link NoteField}), tags and Delete. Each field saves when the
 * user presses Enter or leaves it.
 */
public final class AnnotationEditor extends ScrollPane {
    /** The heading quotes the marked words up to this length, so a long claim does not push the form out of view. */
    private static final int HEADER_EXCERPT = 280;

    private final AnnotatingViewModel annotating;
    private final Messages messages;
    private final Clock clock;
    private QuoteForm quoteForm;
    private ActorForm actorForm;
    private ClaimForm claimForm;
    private final Label none;
    private final Label exact = new Label();
    private final Label state = new Label();
    private final Button reattach;
    private final VBox kindArea = new VBox();
    private final NoteField note;
    private final TextField tags = new TextField();
    private final VBox content;
    private Annotation current;

    /**
     * {@code reattachToSelection} attaches the given annotation to the article's current selection;
     * {@code openLink} opens a link of a note in the desktop's browser.
     */
    public AnnotationEditor(AnnotatingViewModel annotating, Messages messages, Clock clock,
                            BiConsumer<AnnotatingViewModel, Annotation> reattachToSelection, Consumer<String> openLink) {
        this.annotating = annotating;
        this.messages = messages;
        this.clock = clock;
        setId("annotationEditor");
        getStyleClass().add("annotation-editor");
        setFitToWidth(true);

        none = new Label(messages.get("editor.none"));
        none.getStyleClass().add("empty-state");
        exact.setId("annotationExact");
        exact.getStyleClass().add("editor-exact");
        exact.setWrapText(true);
        state.setId("annotationState");
        state.getStyleClass().add("annotation-state");
        state.setWrapText(true);
        reattach = new Button(messages.get("editor.reattach"), Icons.of(MaterialIcon.LINK));
        reattach.setId("annotationReattach");
        reattach.setOnAction(event -> reattachToSelection.accept(annotating, current));

        note = new NoteField(annotating, messages, clock, () -> current, openLink);
        tags.setId("annotationTags");
        tags.setPromptText(messages.get("editor.tags"));
        FormSupport.commitOnLeave(tags, () -> current, annotating, (annotation, text) -> {
            List<String> parsed = parseTags(text);
            if (!parsed.equals(annotation.tags())) {
                annotating.edit(annotation, annotation.withTags(parsed, clock.instant()));
            }
        });
        Button delete = new Button(messages.get("editor.delete"), Icons.of(MaterialIcon.DELETE));
        delete.setId("annotationDelete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(event -> {
            if (current != null) {
                annotating.delete(current);
            }
        });

        // Tags and Delete share a row, and the tags field names itself by its prompt: the whole editor of a claim
        // fits the panel of a 1600 × 1000 window without scrolling.
        HBox.setHgrow(tags, Priority.ALWAYS);
        tags.setMaxWidth(Double.MAX_VALUE);
        Label tagsCaption = caption(messages.get("editor.tags.short"));
        tagsCaption.setLabelFor(tags);
        tagsCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox tagsRow = new HBox(6, tagsCaption, tags, delete);
        tagsRow.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(8, exact, new HBox(6, state, reattach), kindArea, note.node(), tagsRow);
        content.getStyleClass().add("editor-content");
        annotating.selectedProperty().addListener((observable, old, selected) -> show(selected));
        annotating.actors().versionProperty().addListener((observable, old, version) -> show(current));
        show(null);
    }

    /** Puts the keyboard in the selected annotation's note (Edit mode), scrolled into view; false when none is selected. */
    public boolean focusNote() {
        if (current == null) {
            return false;
        }
        note.edit();
        scrollIntoView(note.node());
        return true;
    }

    /** Puts the keyboard in the selected annotation's tags, scrolled into view; false when none is selected. */
    public boolean focusTags() {
        if (current == null) {
            return false;
        }
        tags.requestFocus();
        tags.end();
        scrollIntoView(tags);
        return true;
    }

    /** The height that shows the whole editor without scrolling, at its current width. */
    double neededHeight() {
        if (getContent() != content) {
            return 0;
        }
        content.applyCss();
        double width = getViewportBounds().getWidth() > 0 ? getViewportBounds().getWidth() : getWidth();
        return content.prefHeight(width) + snappedTopInset() + snappedBottomInset() + 2;
    }

    /** Scrolls the editor just enough to show the node whole (or its top, when it is taller than the view). */
    private void scrollIntoView(Node node) {
        layout();
        double viewport = getViewportBounds().getHeight();
        double scrollable = content.getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = getVvalue() * scrollable;
        double wanted = top;
        if (inContent.getMaxY() > top + viewport) {
            wanted = inContent.getMaxY() - viewport;
        }
        if (inContent.getMinY() < wanted) {
            wanted = inContent.getMinY();
        }
        setVvalue(Math.max(0, Math.min(1, wanted / scrollable)));
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    /** Tags typed comma separated: trimmed, without empties or repeats, in the order typed. */
    public static List<String> parseTags(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    private void show(Annotation annotation) {
        current = annotation;
        if (annotation == null) {
            setContent(none);
            return;
        }
        setContent(content);
        exact.setText(messages.get("kind." + annotation.kind().name()) + " · " + Excerpt.quoted(annotation.exact(), HEADER_EXCERPT));
        boolean displaced = annotation.anchorState() != AnchorState.OK;
        state.setText(displaced ? messages.get("anchorState." + annotation.anchorState().name()) : "");
        state.getParent().setVisible(displaced);
        state.getParent().setManaged(displaced);
        switch (annotation.body()) {
            case QuoteDetails quote -> {
                if (quoteForm == null) {
                    quoteForm = new QuoteForm(annotating, messages, clock);
                }
                quoteForm.show(annotation);
                kindArea.getChildren().setAll(quoteForm.node());
            }
            case ActorMention mention -> {
                if (actorForm == null) {
                    actorForm = new ActorForm(annotating, messages);
                }
                actorForm.show(annotation);
                kindArea.getChildren().setAll(actorForm.node());
            }
            case ClaimDetails claim -> {
                if (claimForm == null) {
                    claimForm = new ClaimForm(annotating, messages, clock);
                }
                claimForm.show(annotation);
                kindArea.getChildren().setAll(claimForm.node());
            }
            case Highlight highlight -> kindArea.getChildren().clear();
        }
        note.show(annotation);
        if (!tags.isFocused()) {
            tags.setText(String.join(", ", annotation.tags()));
        }
    }
}
