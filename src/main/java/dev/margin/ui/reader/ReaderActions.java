package dev.margin.ui.reader;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.annotations.MarkDialogs;
import dev.margin.ui.common.DialogSize;
import dev.margin.ui.common.AppTheme;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.Messages;
import dev.margin.ui.editor.ArticleView;
import javafx.geometry.Bounds;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the menus, the toolbar, the keyboard and the article's context menu do. Each action reads
 * the article view's selection or the selected annotation and calls the view-models; none of them
 * touches the store itself.
 */
final class ReaderActions {
    private static final int EXCERPT = 60;

    private final ReaderWindow window;
    private final ReaderDependencies deps;
    private final Messages messages;
    private final MarkDialogs dialogs;
    private final ImportActions imports;

    ReaderActions(ReaderWindow window, ReaderDependencies deps) {
        this.window = window;
        this.deps = deps;
        this.messages = deps.messages();
        this.dialogs = new MarkDialogs(messages, deps.annotating().actors());
        this.imports = new ImportActions(window::stage, deps);
    }

    private ArticleView view() {
        return window.articleView();
    }

    private Window owner() {
        return window.stage();
    }

    // ---- annotating ----

    /** Marks the selection (snapped to whole words) as the kind; quotes, actors and claims ask for details first. */
    void mark(AnnotationKind kind) {
        AnnotatingViewModel annotating = deps.annotating();
        if (annotating.articleProperty().get() == null) {
            return;
        }
        IndexRange range = view().selectionSnappedToWords();
        if (range.getLength() == 0) {
            deps.status().info(messages.get("status.nothingSelected"));
            return;
        }
        int start = range.getStart();
        int end = range.getEnd();
        view().select(start, end);
        String words = annotating.articleProperty().get().text().substring(start, end);
        switch (kind) {
            case HIGHLIGHT -> annotating.markHighlight(start, end);
            case QUOTE -> dialogs.askQuote(owner(), words, annotating.proposeQuote(start, end))
                    .ifPresent(input -> annotating.markQuote(start, end, input));
            case ACTOR -> dialogs.askActor(owner(), words, annotating.proposeActorName(start, end))
                    .ifPresent(input -> annotating.markActor(start, end, input));
            case CLAIM -> dialogs.askClaim(owner(), words, annotating.proposeClaimant(start, end))
                    .ifPresent(input -> annotating.markClaim(start, end, input));
        }
        view().clearSelection();
        view().area().requestFocus();
    }

    void deleteSelectedAnnotation() {
        Annotation selected = deps.annotating().selectedProperty().get();
        if (selected != null) {
            deps.annotating().delete(selected);
        }
    }

    /** Re-attaches the given (moved or orphaned) annotation to the words selected in the article. */
    void reattachToSelection(AnnotatingViewModel annotating, Annotation annotation) {
        if (annotation == null) {
            return;
        }
        IndexRange range = view().selectionSnappedToWords();
        if (range.getLength() == 0) {
            deps.status().info(messages.get("status.nothingSelected"));
            return;
        }
        annotating.reattach(annotation, range.getStart(), range.getEnd());
        view().clearSelection();
    }

    void reattachSelected() {
        reattachToSelection(deps.annotating(), deps.annotating().selectedProperty().get());
    }

    /** A click on annotated words: one annotation is selected at once; among several the user picks. */
    void pick(List<Annotation> clicked) {
        if (clicked.isEmpty()) {
            return;
        }
        if (clicked.size() == 1) {
            deps.annotating().selectedProperty().set(clicked.get(0));
            return;
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("pickAnnotation");
        for (Annotation annotation : clicked) {
            MenuItem item = new MenuItem(describe(annotation), Icons.ofKind(annotation.kind()));
            item.setId("pick-" + annotation.kind().name().toLowerCase(Locale.ROOT));
            item.setOnAction(event -> deps.annotating().selectedProperty().set(annotation));
            menu.getItems().add(item);
        }
        Optional<Bounds> caret = view().area().getCaretBounds();
        if (caret.isPresent()) {
            menu.show(view().area(), caret.get().getMinX(), caret.get().getMaxY());
        } else {
            Bounds bounds = view().area().localToScreen(view().area().getBoundsInLocal());
            menu.show(view().area(), bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 3);
        }
    }

    private String describe(Annotation annotation) {
        return messages.get("kind." + annotation.kind().name()) + ": " + Excerpt.of(annotation.exact(), EXCERPT);
    }

    /** The article's context menu: mark the selection, and act on the annotation under the pointer. */
    ContextMenu contextMenu(IndexRange range) {
        ContextMenu menu = new ContextMenu();
        menu.setId("articleContextMenu");
        boolean hasSelection = range.getLength() > 0;
        for (AnnotationKind kind : new AnnotationKind[] {AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT}) {
            MenuItem item = new MenuItem(messages.get("menu.annotate." + kind.name().toLowerCase(Locale.ROOT)), Icons.ofKind(kind));
            item.setId("context-" + kind.name().toLowerCase(Locale.ROOT));
            item.setDisable(!hasSelection);
            item.setOnAction(event -> mark(kind));
            menu.getItems().add(item);
        }
        Annotation selected = deps.annotating().selectedProperty().get();
        if (selected != null && selected.anchorState() != AnchorState.OK) {
            MenuItem reattach = new MenuItem(messages.get("menu.annotate.reattach"));
            reattach.setDisable(!hasSelection);
            reattach.setOnAction(event -> reattachSelected());
            menu.getItems().addAll(new SeparatorMenuItem(), reattach);
        }
        List<Annotation> here = view().annotationsAt(range.getStart());
        if (!here.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            for (Annotation annotation : here) {
                MenuItem delete = new MenuItem(messages.get("menu.annotate.deleteThis",
                        messages.get("change.kind." + annotation.kind().name()), Excerpt.quoted(annotation.exact(), EXCERPT)),
                        Icons.of(MaterialDesignD.DELETE_OUTLINE));
                delete.setOnAction(event -> deps.annotating().delete(annotation));
                menu.getItems().add(delete);
            }
        }
        return menu;
    }

    void undo() {
        deps.annotating().commands().undo();
    }

    void redo() {
        deps.annotating().commands().redo();
    }

    ImportActions imports() {
        return imports;
    }

    void deleteArticle() {
        ArticleSummary selected = deps.library().selectedProperty().get();
        if (selected != null) {
            window.libraryView().confirmDelete(selected);
        }
    }

    // ---- view ----

    void openReview() {
        window.openReview();
    }

    void find() {
        if (deps.annotating().articleProperty().get() != null) {
            view().showFindBar();
        }
    }

    void zoomIn() {
        view().zoomIn();
    }

    void zoomOut() {
        view().zoomOut();
    }

    void zoomReset() {
        view().zoomReset();
    }

    void theme(AppTheme theme) {
        window.applyTheme(theme);
    }

    AppTheme theme() {
        return window.theme();
    }

    void howTo() {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(owner());
        help.setTitle(messages.get("help.title"));
        help.setHeaderText(messages.get("help.title"));
        TextArea text = new TextArea(messages.get("help.text"));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(22);
        text.setPrefColumnCount(60);
        help.getDialogPane().setContent(text);
        help.getDialogPane().setId("howToDialog");
        DialogSize.atLeast(help, 620, 560);
        help.show();
    }

    void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text",
                ReaderActions.class.getPackage().getImplementationVersion() == null ? "" : ReaderActions.class.getPackage().getImplementationVersion(),
                deps.libraryFile()));
        about.initOwner(owner());
        about.setTitle(messages.get("menu.help.about"));
        about.setHeaderText(messages.get("app.title"));
        about.show();
    }

    void quit() {
        window.stage().close();
    }
}
