package dev.margin.ui.editor;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.ui.editor.spans.HighlightSpans;
import dev.margin.ui.editor.spans.SuggestedSpan;
import dev.margin.ui.editor.spans.TextRange;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Keeps the area's highlights in step with the annotations: a change restyles only the paragraphs
 * it touched, on the FX thread; a full restyle computes its spans on the background executor and
 * applies them on the FX thread, replaying any change made meanwhile so none is lost.
 */
final class HighlightPainter {
    /** Full restyles of every view in the app: one daemon thread (created on first use), never the FX thread. */
    static final Executor RESTYLE_THREAD = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "margin-restyle");
        thread.setDaemon(true);
        return thread;
    });

    private final StyleClassedTextArea area;
    private final Executor background;
    private final int marksInPlaceBelow;
    private final ReadOnlyBooleanWrapper restyling = new ReadOnlyBooleanWrapper(this, "restyling", false);
    private final EnumSet<AnnotationKind> hiddenKinds = EnumSet.noneOf(AnnotationKind.class);
    private List<SuggestedSpan> suggestions = List.of();
    private List<TextRange> found = List.of();
    private int foundCurrent = -1;
    private ArticleDocument document;
    private HighlightSpans spans = new HighlightSpans("", List.of());
    /** Changes made while a full restyle was computed; replayed onto its result. */
    private final List<Function<HighlightSpans, int[]>> pending = new ArrayList<>();
    /** What must see the marks (revealing one) and was asked for while they were computed; run once they are shown. */
    private final List<Runnable> afterRestyle = new ArrayList<>();
    private long generation;
    private long paragraphsRestyled;

    HighlightPainter(StyleClassedTextArea area, Executor background) {
        this(area, background, 0);
    }

    /**
     * As above, but an article shorter than {@code marksInPlaceBelow} characters is opened with its marks in one step
     * on the FX thread: for an ordinary article that costs a few milliseconds, less than building its text twice and
     * waiting for the background's turn (the first article of a start then shows whole, marks included, one step
     * sooner).
     */
    HighlightPainter(StyleClassedTextArea area, Executor background, int marksInPlaceBelow) {
        this.area = area;
        this.background = background;
        this.marksInPlaceBelow = marksInPlaceBelow;
    }

    HighlightSpans spans() {
        return spans;
    }

    long paragraphsRestyled() {
        return paragraphsRestyled;
    }

    ReadOnlyBooleanProperty restylingProperty() {
        return restyling.getReadOnlyProperty();
    }

    /**
     * Replaces the whole area content with the document: the text and its headings at once, on the FX thread, so
     * the caret and scroll position can be set right after; the highlights, the costly part for a long article with
     * many marks, follow as a full restyle computed on the background executor (at once with a same-thread executor).
     */
    void show(ArticleDocument newDocument, List<Annotation> annotations) {
        checkFxThread();
        generation++;
        pending.clear();
        document = newDocument;
        found = List.of();
        foundCurrent = -1;
        boolean marksInPlace = newDocument.article().text().length() < marksInPlaceBelow;
        spans = build(newDocument, marksInPlace ? List.copyOf(annotations) : List.of(), null);
        area.replace(0, area.getLength(), newDocument.build(spans, area.getSegOps()));
        paragraphsRestyled += newDocument.paragraphs().paragraphCount();
        if (marksInPlace) {
            restyling.set(false);
            List<Runnable> waiting = List.copyOf(afterRestyle);
            afterRestyle.clear();
            waiting.forEach(Runnable::run);
        } else {
            restyleAll(annotations, true);
        }
    }

    /** Restyles the whole text for a new set of annotations; the spans are computed on the background executor. */
    void setAnnotations(List<Annotation> annotations) {
        restyleAll(annotations, false);
    }

    /**
     * A full restyle computed on the background executor. After an open ({@code swapWhole}) the background also
     * builds the whole styled text, and the FX thread swaps it in with one replace: much cheaper there than styling
     * every paragraph of a long article in turn (reader benchmark, 5,000 marks over 200,000 words: the open's FX-thread
     * time went from a median of 249 ms to 94 ms).
     */
    private void restyleAll(List<Annotation> annotations, boolean swapWhole) {
        checkFxThread();
        if (document == null) {
            return;
        }
        long requested = ++generation;
        pending.clear();
        restyling.set(true);
        ArticleDocument target = document;
        UUID emphasised = spans.emphasised();
        List<Annotation> copy = List.copyOf(annotations);
        Set<AnnotationKind> hidden = hiddenKinds.isEmpty() ? Set.of() : EnumSet.copyOf(hiddenKinds);
        List<SuggestedSpan> shownSuggestions = suggestions;
        List<TextRange> shownFound = found;
        int current = foundCurrent;
        var segOps = area.getSegOps();
        background.execute(() -> {
            HighlightSpans fresh = build(target, copy, emphasised, hidden, shownSuggestions);
            fresh.setFound(shownFound, current);
            if (swapWhole) {
                var whole = target.build(fresh, segOps);
                runOnFx(() -> applyFull(requested, fresh, () -> swapIn(whole)));
            } else {
                StyleSpans<Collection<String>> all = target.allSpans(fresh);
                runOnFx(() -> applyFull(requested, fresh, () -> area.setStyleSpans(document.headerLength(), all)));
            }
        });
    }

    /** Replaces the text by the same text with its marks, keeping the caret, the selection and what is in view. */
    private void swapIn(StyledDocument<Collection<String>, String, Collection<String>> whole) {
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        int top = area.getVisibleParagraphs().isEmpty() ? -1 : area.firstVisibleParToAllParIndex();
        area.replace(0, area.getLength(), whole);
        area.selectRange(anchor, caret);
        if (top > 0) {
            area.showParagraphAtTop(top);
        }
    }

    private void applyFull(long requested, HighlightSpans fresh, Runnable applyStyles) {
        if (requested != generation) {
            return;
        }
        applyStyles.run();
        paragraphsRestyled += document.paragraphs().paragraphCount();
        spans = fresh;
        for (Function<HighlightSpans, int[]> change : pending) {
            restyle(change.apply(fresh));
        }
        pending.clear();
        restyling.set(false);
        List<Runnable> waiting = List.copyOf(afterRestyle);
        afterRestyle.clear();
        waiting.forEach(Runnable::run);
    }

    /** Runs {@code action} now, or once the full restyle under way is shown (for work that needs every mark). */
    void whenMarksShown(Runnable action) {
        checkFxThread();
        if (restyling.get()) {
            afterRestyle.add(action);
        } else {
            action.run();
        }
    }

    /** Applies a change to the current spans (and to a full restyle under way) and restyles what it touched. */
    void change(Function<HighlightSpans, int[]> change) {
        checkFxThread();
        if (restyling.get()) {
            pending.add(change);
        }
        restyle(change.apply(spans));
    }

    void setKindVisible(AnnotationKind kind, boolean visible) {
        checkFxThread();
        if (visible) {
            hiddenKinds.remove(kind);
        } else {
            hiddenKinds.add(kind);
        }
        change(s -> s.setKindVisible(kind, visible));
    }

    void setSuggestions(List<SuggestedSpan> newSuggestions) {
        checkFxThread();
        suggestions = List.copyOf(newSuggestions);
        List<SuggestedSpan> shown = suggestions;
        change(s -> s.setSuggestions(shown));
    }

    /** Marks the find bar's matches (an empty list removes them), the one at {@code current} as the current one. */
    void setFound(List<TextRange> matches, int current) {
        checkFxThread();
        found = List.copyOf(matches);
        foundCurrent = current;
        List<TextRange> shown = found;
        change(s -> s.setFound(shown, current));
    }

    private void restyle(int[] textParagraphs) {
        if (document == null) {
            return;
        }
        for (int paragraph : textParagraphs) {
            area.setStyleSpans(document.toAreaParagraph(paragraph), 0, ArticleDocument.spansOf(spans.runs(paragraph)));
        }
        paragraphsRestyled += textParagraphs.length;
    }

    private HighlightSpans build(ArticleDocument target, List<Annotation> annotations, UUID emphasised) {
        HighlightSpans fresh = build(target, annotations, emphasised, hiddenKinds, suggestions);
        fresh.setFound(found, foundCurrent);
        return fresh;
    }

    private static HighlightSpans build(ArticleDocument target, List<Annotation> annotations, UUID emphasised,
                                        Set<AnnotationKind> hidden, List<SuggestedSpan> suggestions) {
        HighlightSpans fresh = new HighlightSpans(target.paragraphs(), annotations);
        hidden.forEach(kind -> fresh.setKindVisible(kind, false));
        fresh.setSuggestions(suggestions);
        if (emphasised != null && fresh.annotation(emphasised) != null) {
            fresh.setEmphasised(emphasised);
        }
        return fresh;
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    static void checkFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("ArticleView must be used on the JavaFX application thread, not " + Thread.currentThread().getName());
        }
    }
}
