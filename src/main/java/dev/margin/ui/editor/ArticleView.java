package dev.margin.ui.editor;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.AnnotationKind;
import dev.margin.ui.editor.spans.SuggestedSpan;
import dev.margin.ui.editor.spans.TextRange;
import dev.margin.ui.editor.spans.WordSnapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The article as a reader sees it: a read-only, virtualised RichTextFX area showing a header and
 * the article text with every annotation highlighted, plus find, zoom, selection snapping and
 * emphasis of one annotation. Every offset this class takes or gives counts UTF-16 units of
 * {@code Article.text()}, never of the area (whose first paragraphs are the header).
 *
 * <p>Must be used on the FX thread. It keeps no store and saves nothing: the window tells it what
 * changed ({@link #annotationAdded} etc.) and it restyles only the paragraphs that change touched.
 */
public class ArticleView extends BorderPane {
    /** Add this class to the view or any ancestor (e.g. the scene root) to switch to the dark palette. */
    public static final String DARK = "dark";
    public static final double MIN_ZOOM = ReadingColumn.MIN_ZOOM;
    public static final double MAX_ZOOM = ReadingColumn.MAX_ZOOM;
    static final int MOST_MATCHES_MARKED = 5000;
    /** Articles shorter than this (about 10,000 words) are opened with their marks on the FX thread, in one step. */
    static final int MARKS_IN_PLACE_BELOW = 60_000;

    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scrollPane = new VirtualizedScrollPane<>(area);
    private final ReadOnlyObjectWrapper<IndexRange> selection = new ReadOnlyObjectWrapper<>(this, "selection", new IndexRange(0, 0));
    private final ReadingColumn column;
    private final EnumMap<AnnotationKind, BooleanProperty> kindVisible = new EnumMap<>(AnnotationKind.class);
    private final Locale locale;
    private final FindBar findBar;
    private final FindSession find = new FindSession();
    private final HighlightPainter painter;
    private ArticleDocument document;
    private final AreaPointer pointer;
    private final EventHandler<KeyEvent> shortcuts = new ArticleViewKeys(this);

    /** A view that computes full restyles on the FX thread; fine for articles of ordinary length. */
    public ArticleView() {
        this(Locale.getDefault(), Runnable::run);
    }

    public ArticleView(Locale locale) {
        this(locale, Runnable::run);
    }

    /**
     * The reader window's view: opening a long article does not wait on its marks, computed on a thread of their own;
     * an article of ordinary length (under {@value #MARKS_IN_PLACE_BELOW} characters) opens with its marks at once.
     */
    public static ArticleView withBackgroundRestyles(Locale locale) {
        return new ArticleView(locale, HighlightPainter.RESTYLE_THREAD, MARKS_IN_PLACE_BELOW);
    }

    /**
     * @param locale     formats the publication date in the header
     * @param background computes full restyles ({@link #setAnnotations}) off the FX thread, e.g. the
     *                   application's background pool; {@code Runnable::run} computes them in place
     */
    public ArticleView(Locale locale, Executor background) {
        this(locale, background, 0);
    }

    ArticleView(Locale locale, Executor background, int marksInPlaceBelow) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.painter = new HighlightPainter(area, Objects.requireNonNull(background, "background"), marksInPlaceBelow);
        getStyleClass().addAll("article-view", "margin-highlights");
        getStylesheets().add(Objects.requireNonNull(ArticleView.class.getResource("article-view.css"), "article-view.css").toExternalForm());
        setId("articleView");
        area.setId("articleArea");
        area.getStyleClass().add("article-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        scrollPane.setId("articleScroll");
        setCenter(scrollPane);
        findBar = new FindBar(this, new EditorText(locale));
        setTop(findBar);
        findBar.close();
        for (AnnotationKind kind : AnnotationKind.values()) {
            BooleanProperty visible = new SimpleBooleanProperty(this, "visible" + kind, true);
            visible.addListener((obs, was, is) -> applyKindVisible(kind, is));
            kindVisible.put(kind, visible);
        }
        area.selectionProperty().addListener((obs, was, is) -> selection.set(toTextRange(is)));
        pointer = new AreaPointer(area, () -> document, selection::get, this::annotationsAt);
        column = new ReadingColumn(area, this);
        addEventHandler(KeyEvent.KEY_PRESSED, shortcuts);
    }

    /**
     * The window's menus handle the find and zoom keys (with these same combinations): the view stops handling
     * them itself, so each key press acts once, wherever the keyboard is.
     */
    public void leaveShortcutsToMenus() {
        removeEventHandler(KeyEvent.KEY_PRESSED, shortcuts);
    }

    /** Finds the find bar's phrase again, forwards or backwards (F3, Shift+F3); opens the bar when it has none. */
    public void findAgain(boolean forwards) {
        if (findBar.field().getText().isEmpty()) {
            showFindBar();
        } else if (forwards) {
            findBar.next();
        } else {
            findBar.previous();
        }
    }

    // ---- content -------------------------------------------------------------------------------

    /** Shows an article from its top with its annotations highlighted; clears emphasis, selection and find. */
    public void showArticle(Article article, List<Annotation> annotations) {
        checkFxThread();
        document = new ArticleDocument(article, locale);
        painter.show(document, annotations);
        area.moveTo(0);
        area.showParagraphAtTop(0);
        find.reset();
    }

    /** The article shown, or null before the first {@link #showArticle}. */
    public Article article() {
        return document == null ? null : document.article();
    }

    /**
     * Replaces every annotation and restyles the whole text, computing the spans on the background
     * executor (emphasis is kept if the annotation still exists). Changes made before the result
     * arrives are applied on top of it; {@link #restylingProperty()} is true meanwhile.
     */
    public void setAnnotations(List<Annotation> annotations) {
        painter.setAnnotations(annotations);
    }

    /** Runs {@code action} now, or once the marks being computed in the background are shown (e.g. after an open). */
    public void whenMarksShown(Runnable action) {
        painter.whenMarksShown(action);
    }

    /** True while a full restyle is being computed in the background. */
    public ReadOnlyBooleanProperty restylingProperty() {
        return painter.restylingProperty();
    }

    public void annotationAdded(Annotation annotation) {
        painter.change(spans -> spans.add(annotation));
    }

    public void annotationChanged(Annotation annotation) {
        painter.change(spans -> spans.change(annotation));
    }

    public void annotationRemoved(UUID id) {
        painter.change(spans -> spans.remove(id));
    }

    /** The annotations currently shown (orphaned ones included, though they cover no text). */
    public List<Annotation> annotations() {
        return painter.spans().annotations();
    }

    /** Shows proposed spans in their own dashed style; an empty list removes them. */
    public void setSuggestions(List<SuggestedSpan> newSuggestions) {
        painter.setSuggestions(newSuggestions);
    }

    public void setKindVisible(AnnotationKind kind, boolean visible) {
        kindVisible.get(kind).set(visible);
    }

    public boolean isKindVisible(AnnotationKind kind) {
        return kindVisible.get(kind).get();
    }

    public BooleanProperty kindVisibleProperty(AnnotationKind kind) {
        return kindVisible.get(kind);
    }

    private void applyKindVisible(AnnotationKind kind, boolean visible) {
        painter.setKindVisible(kind, visible);
    }

    /** How many paragraphs have been (re)styled since this view was made: lets tests see that a change stayed local. */
    public long paragraphsRestyled() {
        return painter.paragraphsRestyled();
    }

    // ---- emphasis and scrolling ------------------------------------------------------------------

    /** Scrolls the annotation into view and emphasises it until another is revealed or {@link #clearEmphasis()}. */
    public void reveal(UUID annotationId) {
        checkFxThread();
        painter.whenMarksShown(() -> revealNow(annotationId));
    }

    private void revealNow(UUID annotationId) {
        Annotation annotation = painter.spans().annotation(annotationId);
        if (annotation == null || document == null) {
            return;
        }
        painter.change(spans -> spans.setEmphasised(annotationId));
        int paragraph = painter.spans().firstParagraphOf(annotationId);
        if (paragraph >= 0) {
            area.showParagraphAtCenter(document.toAreaParagraph(paragraph));
            area.moveTo(document.toArea(Math.min(annotation.start(), document.text().length())));
            area.requestFollowCaret();
        }
    }

    public void clearEmphasis() {
        painter.change(spans -> spans.setEmphasised(null));
    }

    /** The emphasised annotation's id, or null. */
    public UUID emphasised() {
        return painter.spans().emphasised();
    }

    /** The article paragraph at the top of the viewport (0 while the header is at the top). */
    public int firstVisibleParagraph() {
        if (document == null || area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        return Math.max(0, document.toTextParagraph(area.firstVisibleParToAllParIndex()));
    }

    /** How far down the article is scrolled, 0 at the top and 1 at the bottom (estimated by RichTextFX). */
    public double scrollFraction() {
        double scrollable = area.getTotalHeightEstimate() - area.getViewportHeight();
        return scrollable <= 0 ? 0 : Math.max(0, Math.min(1, area.getEstimatedScrollY() / scrollable));
    }

    /** Scrolls so that the article paragraph is at the top of the viewport. */
    public void restoreScroll(int firstVisibleParagraph) {
        checkFxThread();
        if (document == null) {
            return;
        }
        int paragraph = Math.max(0, Math.min(firstVisibleParagraph, document.paragraphs().paragraphCount() - 1));
        area.showParagraphAtTop(firstVisibleParagraph <= 0 ? 0 : document.toAreaParagraph(paragraph));
    }

    /** Scrolls to a fraction of the document's height, as {@link #scrollFraction()} reported it. */
    public void scrollToFraction(double fraction) {
        checkFxThread();
        double scrollable = area.getTotalHeightEstimate() - area.getViewportHeight();
        area.scrollYToPixel(Math.max(0, Math.min(1, fraction)) * Math.max(0, scrollable));
    }

    // ---- selection ---------------------------------------------------------------------------

    /** The selection in text offsets; a selection reaching into the header is clipped to the text. */
    public ReadOnlyObjectProperty<IndexRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public IndexRange getSelection() {
        return selection.get();
    }

    /** The selection grown to whole words and trimmed of surrounding spaces and punctuation (quotes kept whole). */
    public IndexRange selectionSnappedToWords() {
        IndexRange current = selection.get();
        if (document == null) {
            return current;
        }
        TextRange snapped = WordSnapper.snap(document.text(), current.getStart(), current.getEnd());
        return new IndexRange(snapped.start(), snapped.end());
    }

    /** Selects {@code [start, end)} of the text and scrolls it into view. */
    public void select(int start, int end) {
        checkFxThread();
        if (document == null) {
            return;
        }
        int length = document.text().length();
        if (start < 0 || end > length || start > end) {
            throw new IllegalArgumentException("selection [" + start + ", " + end + ") is outside the text of length " + length);
        }
        area.selectRange(document.toArea(start), document.toArea(end));
        area.requestFollowCaret();
    }

    /** Drops the selection but keeps the caret where the selection ended (a fresh highlight shows at once). */
    public void clearSelection() {
        checkFxThread();
        area.deselect();
    }

    // ---- clicks and menus -----------------------------------------------------------------------

    /** Called with every annotation under a clicked character, innermost first (an empty list off any). */
    public void setOnAnnotationsClicked(Consumer<List<Annotation>> handler) {
        pointer.setOnAnnotationsClicked(handler);
    }

    /** Called with the article's URL when the source link in the header is clicked. */
    public void setOnSourceLinkClicked(Consumer<String> handler) {
        pointer.setOnSourceLinkClicked(handler);
    }

    /**
     * Makes the menu shown on a context-menu request; it gets the selection in text offsets (or the
     * empty range at the clicked character) and may return null for no menu.
     */
    public void setContextMenuFactory(Function<IndexRange, ContextMenu> factory) {
        pointer.setContextMenuFactory(factory);
    }

    /** Every shown annotation covering the character at {@code offset}, innermost first. */
    public List<Annotation> annotationsAt(int offset) {
        return painter.spans().annotationsAt(offset);
    }

    private IndexRange toTextRange(IndexRange areaRange) {
        if (document == null) {
            return new IndexRange(0, 0);
        }
        return new IndexRange(document.toText(areaRange.getStart()), document.toText(areaRange.getEnd()));
    }

    // ---- find ------------------------------------------------------------------------------------

    /** Selects the next match of {@code phrase} (case-insensitive) after the selection, wrapping; its index or -1. */
    public int findNext(String phrase) {
        return selectMatch(find.next(document == null ? "" : document.text(), phrase, getSelection()));
    }

    /** Selects the match before the selection, wrapping; its index or -1. */
    public int findPrevious(String phrase) {
        return selectMatch(find.previous(document == null ? "" : document.text(), phrase, getSelection()));
    }

    /** How many times {@code phrase} occurs in the text, ignoring case. */
    public int matchCount(String phrase) {
        return find.count(document == null ? "" : document.text(), phrase);
    }

    /**
     * Marks every match of {@code phrase} in the text, the one at {@code current} (-1 for none) differently; an
     * empty phrase removes the marks. Only the first {@value #MOST_MATCHES_MARKED} are marked, so that a one-letter
     * search in a long article stays quick.
     */
    public void markMatches(String phrase, int current) {
        checkFxThread();
        if (document == null || phrase == null || phrase.isEmpty()) {
            painter.setFound(List.of(), -1);
            return;
        }
        List<TextRange> all = find.all(document.text(), phrase);
        painter.setFound(all.size() > MOST_MATCHES_MARKED ? all.subList(0, MOST_MATCHES_MARKED) : all, current);
    }

    private int selectMatch(int index) {
        if (index >= 0) {
            TextRange match = find.match(index);
            select(match.start(), match.end());
        }
        return index;
    }

    /** Shows the find bar and focuses its field. */
    public void showFindBar() {
        findBar.open();
    }

    public FindBar findBar() {
        return findBar;
    }

    // ---- zoom --------------------------------------------------------------------------------

    /** The font scale, {@value #MIN_ZOOM} to {@value #MAX_ZOOM}; 1 is a 17px body text. */
    public DoubleProperty zoomProperty() {
        return column.zoomProperty();
    }

    public void zoomIn() {
        column.zoomIn();
    }

    public void zoomOut() {
        column.zoomOut();
    }

    public void zoomReset() {
        column.zoomProperty().set(1.0);
    }

    /** The area itself, for key bindings and focus by the window; never restyle it directly. */
    public StyleClassedTextArea area() {
        return area;
    }

    private static void checkFxThread() {
        HighlightPainter.checkFxThread();
    }
}
