package dev.margin.ui.reader;

import dev.margin.ui.common.Dialogs;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.annotations.MarkDialogs;
import dev.margin.ui.common.AppTheme;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Icons;
import dev.margin.ui.common.MaterialIcon;
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
            case CLAIM -> dialogs.askClaim(owner(), words, annotating.articleProperty().get().language(), annotating.proposeClaimant(start, end))
                    .ifPresent(input -> annotating.markClaim(start, end, input));
        }
        view().clearSelection();
        view().area().requestFocus();
    }

    /** Puts the keyboard in the selected annotation's note. */
    void editNote() {
        window.panel().editor().focusNote();
    }

    /** Puts the keyboard in the selected annotation's tags. */
    void editTags() {
        window.panel().editor().focusTags();
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
        double above;
        if (caret.isPresent()) {
            above = caret.get().getMinY();
            menu.show(view().area(), caret.get().getMinX(), caret.get().getMaxY());
        } else {
            Bounds bounds = view().area().localToScreen(view().area().getBoundsInLocal());
            above = bounds.getMinY() + bounds.getHeight() / 3;
            menu.show(view().area(), bounds.getMinX() + bounds.getWidth() / 2, above);
        }
        keepInsideWindow(menu, above);
    }

    /**
     * Moves a shown menu back inside the window: left of the right edge, and above the clicked line when it would
     * run past the bottom (the toolkit keeps menus on the screen only, so near the window's edge they ran off it).
     */
    private void keepInsideWindow(ContextMenu menu, double lineTop) {
        Window window = owner();
        if (!menu.isShowing() || window == null) {
            return;
        }
        double right = window.getX() + window.getWidth();
        double bottom = window.getY() + window.getHeight();
        if (menu.getX() + menu.getWidth() > right) {
            menu.setX(Math.max(window.getX(), right - menu.getWidth()));
        }
        if (menu.getY() + menu.getHeight() > bottom) {
            double onTop = lineTop - menu.getHeight();
            menu.setY(onTop >= window.getY() ? onTop : Math.max(window.getY(), bottom - menu.getHeight()));
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
                        Icons.of(MaterialIcon.DELETE));
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

    void openAgreement() {
        window.openAgreement();
    }

    void find() {
        if (deps.annotating().articleProperty().get() != null) {
            view().showFindBar();
        }
    }

    void findAgain(boolean forwards) {
        if (deps.annotating().articleProperty().get() != null) {
            view().findAgain(forwards);
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
        Alert help = Dialogs.alert(Alert.AlertType.INFORMATION, owner(), "howToDialog", messages.get("help.title"), messages.get("help.title"),
                null, Dialogs.Size.TEXT);
        TextArea text = new TextArea(messages.get("help.text"));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(22);
        text.setPrefColumnCount(60);
        help.getDialogPane().setContent(text);
        help.show();
    }

    void about() {
        String version = ReaderActions.class.getPackage().getImplementationVersion();
        Alert about = Dialogs.alert(Alert.AlertType.INFORMATION, owner(), "aboutDialog", messages.get("menu.help.about"), messages.get("app.title"),
                messages.get("about.text", version == null ? "" : version, deps.libraryFile()), Dialogs.Size.MESSAGE);
        about.show();
    }

    void quit() {
        window.stage().close();
    }
}
