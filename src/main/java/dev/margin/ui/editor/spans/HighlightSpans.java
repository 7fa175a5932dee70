package dev.margin.ui.editor.spans;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The highlighting of one article as a pure function of its annotations: which style classes cover
 * which stretch of each paragraph. Overlapping and nested marks all stay visible because every run
 * carries the union of the classes of the marks covering it.
 *
 * <p>Each change reports the paragraphs whose runs it altered, so a view restyles only those.
 * Orphaned annotations and zero-length spans are kept (so they can be changed or removed) but cover
 * no text. Not thread-safe: a view builds a fresh instance off its UI thread for a full restyle and
 * then uses it on the UI thread only.
 */
public final class HighlightSpans {
    private final ParagraphIndex paragraphs;
    private final Map<UUID, Mark> annotations = new LinkedHashMap<>();
    private final Map<UUID, Mark> suggestions = new LinkedHashMap<>();
    /** The matches of the find bar's phrase; they belong to no kind and are never hidden. */
    private final List<Mark> found = new ArrayList<>();
    /** The marks overlapping each paragraph; null where none does. */
    private final List<Mark>[] byParagraph;
    private final EnumSet<AnnotationKind> hidden = EnumSet.noneOf(AnnotationKind.class);
    private final Map<Set<String>, Set<String>> internedSets = new HashMap<>();
    private UUID emphasised;

    /** One annotation or suggestion, clipped to the text; first > last when it covers no text. */
    private record Mark(UUID id, int start, int end, AnnotationKind kind, Set<String> classes,
                        Annotation annotation, int firstParagraph, int lastParagraph) {
        boolean coversText() {
            return firstParagraph <= lastParagraph;
        }
    }

    @SuppressWarnings("unchecked")
    public HighlightSpans(ParagraphIndex paragraphs) {
        this.paragraphs = Objects.requireNonNull(paragraphs, "paragraphs");
        this.byParagraph = new List[paragraphs.paragraphCount()];
    }

    public HighlightSpans(String text, Collection<Annotation> initial) {
        this(new ParagraphIndex(text), initial);
    }

    public HighlightSpans(ParagraphIndex paragraphs, Collection<Annotation> initial) {
        this(paragraphs);
        // No paragraph needs restyling yet, so skip working out which ones each annotation touches.
        Map<Set<String>, Set<String>> looks = new HashMap<>();
        for (Annotation annotation : initial) {
            Mark old = annotations.remove(annotation.id());
            if (old != null) {
                unindex(old);
            }
            Mark mark = markOf(annotation, looks.computeIfAbsent(HighlightClasses.of(annotation), look -> look));
            annotations.put(annotation.id(), mark);
            index(mark);
        }
    }

    public ParagraphIndex paragraphs() {
        return paragraphs;
    }

    /** Adds an annotation, or replaces the one with the same id; returns the paragraphs to restyle. */
    public int[] add(Annotation annotation) {
        Mark old = annotations.remove(annotation.id());
        if (old != null) {
            unindex(old);
        }
        Mark mark = markOf(annotation, HighlightClasses.of(annotation));
        annotations.put(annotation.id(), mark);
        index(mark);
        return union(old, mark);
    }

    /** Same as {@link #add}: the annotation with this id gets its new span and look. */
    public int[] change(Annotation annotation) {
        return add(annotation);
    }

    /** Removes an annotation; returns the paragraphs to restyle (none when the id was unknown). */
    public int[] remove(UUID id) {
        Mark old = annotations.remove(id);
        if (old == null) {
            return new int[0];
        }
        unindex(old);
        return union(old, null);
    }

    /** Replaces every suggestion; returns the paragraphs to restyle. */
    public int[] setSuggestions(Collection<SuggestedSpan> newSuggestions) {
        TreeSet<Integer> affected = new TreeSet<>();
        for (Mark old : suggestions.values()) {
            unindex(old);
            addRange(affected, old);
        }
        suggestions.clear();
        for (SuggestedSpan suggestion : newSuggestions) {
            Mark mark = markOf(suggestion.id(), suggestion.start(), suggestion.end(), suggestion.kind(),
                    HighlightClasses.ofSuggestion(suggestion), null, true);
            suggestions.put(suggestion.id(), mark);
            index(mark);
            addRange(affected, mark);
        }
        return toArray(affected);
    }

    /**
     * Marks every match of a search ({@link HighlightClasses#FIND_MATCH}), the current one also as
     * {@link HighlightClasses#FIND_CURRENT} ({@code current} -1 for none); returns the paragraphs to restyle.
     */
    public int[] setFound(List<TextRange> matches, int current) {
        TreeSet<Integer> affected = new TreeSet<>();
        for (Mark old : found) {
            unindex(old);
            addRange(affected, old);
        }
        found.clear();
        for (int i = 0; i < matches.size(); i++) {
            TextRange match = matches.get(i);
            Set<String> classes = i == current ? HighlightClasses.FOUND_CURRENT : HighlightClasses.FOUND;
            Mark mark = markOf(new UUID(0, i), match.start(), match.end(), null, classes, null, true);
            found.add(mark);
            index(mark);
            addRange(affected, mark);
        }
        return toArray(affected);
    }

    /** Hides or shows every mark of a kind (suggestions of that kind too); returns the paragraphs to restyle. */
    public int[] setKindVisible(AnnotationKind kind, boolean visible) {
        boolean changed = visible ? hidden.remove(kind) : hidden.add(kind);
        if (!changed) {
            return new int[0];
        }
        TreeSet<Integer> affected = new TreeSet<>();
        for (Map<UUID, Mark> marks : List.of(annotations, suggestions)) {
            for (Mark mark : marks.values()) {
                if (mark.kind() == kind) {
                    addRange(affected, mark);
                }
            }
        }
        return toArray(affected);
    }

    public boolean isKindVisible(AnnotationKind kind) {
        return !hidden.contains(kind);
    }

    /** Emphasises one annotation (null for none); returns the paragraphs to restyle. */
    public int[] setEmphasised(UUID id) {
        if (Objects.equals(id, emphasised)) {
            return new int[0];
        }
        Mark before = emphasised == null ? null : annotations.get(emphasised);
        emphasised = id;
        Mark after = id == null ? null : annotations.get(id);
        return union(before, after);
    }

    public UUID emphasised() {
        return emphasised;
    }

    public Annotation annotation(UUID id) {
        Mark mark = annotations.get(id);
        return mark == null ? null : mark.annotation();
    }

    public List<Annotation> annotations() {
        return annotations.values().stream().map(Mark::annotation).toList();
    }

    /** The first paragraph the annotation covers, or -1 when it covers no text (orphaned, empty, unknown). */
    public int firstParagraphOf(UUID id) {
        Mark mark = annotations.get(id);
        return mark == null || !mark.coversText() ? -1 : mark.firstParagraph();
    }

    /**
     * Every shown annotation covering the character at {@code offset}, innermost (shortest) first;
     * of two equally long ones the one starting later comes first.
     */
    public List<Annotation> annotationsAt(int offset) {
        if (offset < 0 || offset >= paragraphs.textLength()) {
            return List.of();
        }
        List<Mark> marks = byParagraph[paragraphs.paragraphOf(offset)];
        if (marks == null) {
            return List.of();
        }
        return marks.stream()
                .filter(m -> m.annotation() != null && isShown(m) && m.start() <= offset && offset < m.end())
                .sorted(Comparator.comparingInt((Mark m) -> m.end() - m.start()).thenComparing(Mark::start, Comparator.reverseOrder()))
                .map(Mark::annotation)
                .toList();
    }

    /** The runs of one paragraph: consecutive, covering it exactly, neighbours never carrying equal classes. */
    public List<StyleRun> runs(int paragraph) {
        int start = paragraphs.start(paragraph);
        int length = paragraphs.length(paragraph);
        List<Mark> marks = byParagraph[paragraph];
        if (marks == null || length == 0) {
            return List.of(new StyleRun(length, Set.of()));
        }
        int[] boundaries = boundaries(marks, start, start + length);
        List<StyleRun> runs = new ArrayList<>();
        List<Mark> shown = marks.stream().filter(this::isShown).toList();
        for (int i = 0; i + 1 < boundaries.length; i++) {
            int from = boundaries[i];
            int to = boundaries[i + 1];
            Set<String> classes = classesBetween(shown, from, to);
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).styleClasses().equals(classes)) {
                runs.set(last, new StyleRun(runs.get(last).length() + to - from, classes));
            } else {
                runs.add(new StyleRun(to - from, classes));
            }
        }
        return runs;
    }

    private boolean isShown(Mark mark) {
        return !hidden.contains(mark.kind());
    }

    /** The sorted distinct cut points of a paragraph: its ends and every mark end inside it. */
    private static int[] boundaries(List<Mark> marks, int from, int to) {
        int[] cuts = new int[marks.size() * 2 + 2];
        int n = 0;
        cuts[n++] = from;
        cuts[n++] = to;
        for (Mark mark : marks) {
            cuts[n++] = Math.max(from, mark.start());
            cuts[n++] = Math.min(to, mark.end());
        }
        Arrays.sort(cuts, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || cuts[distinct - 1] != cuts[i]) {
                cuts[distinct++] = cuts[i];
            }
        }
        return Arrays.copyOf(cuts, distinct);
    }

    private Set<String> classesBetween(List<Mark> shown, int from, int to) {
        Set<String> classes = null;
        for (Mark mark : shown) {
            if (mark.start() <= from && to <= mark.end()) {
                if (classes == null) {
                    classes = new TreeSet<>();
                }
                classes.addAll(mark.classes());
                if (mark.id().equals(emphasised) && mark.annotation() != null) {
                    classes.add(HighlightClasses.EMPHASISED);
                }
            }
        }
        if (classes == null) {
            return Set.of();
        }
        return internedSets.computeIfAbsent(classes, Set::copyOf);
    }

    private Mark markOf(Annotation annotation, Set<String> classes) {
        return markOf(annotation.id(), annotation.start(), annotation.end(), annotation.kind(), classes, annotation,
                annotation.anchorState() != AnchorState.ORPHANED);
    }

    private Mark markOf(UUID id, int start, int end, AnnotationKind kind, Set<String> classes, Annotation annotation, boolean placed) {
        int clippedStart = Math.min(start, paragraphs.textLength());
        int clippedEnd = Math.min(end, paragraphs.textLength());
        if (!placed || clippedEnd <= clippedStart) {
            return new Mark(id, clippedStart, clippedEnd, kind, classes, annotation, 0, -1);
        }
        // A span ending right after a '\n' covers nothing of the next paragraph.
        return new Mark(id, clippedStart, clippedEnd, kind, classes, annotation,
                paragraphs.paragraphOf(clippedStart), paragraphs.paragraphOf(clippedEnd - 1));
    }

    private void index(Mark mark) {
        for (int p = mark.firstParagraph(); p <= mark.lastParagraph(); p++) {
            if (byParagraph[p] == null) {
                byParagraph[p] = new ArrayList<>(4);
            }
            byParagraph[p].add(mark);
        }
    }

    private void unindex(Mark mark) {
        for (int p = mark.firstParagraph(); p <= mark.lastParagraph(); p++) {
            byParagraph[p].remove(mark);
            if (byParagraph[p].isEmpty()) {
                byParagraph[p] = null;
            }
        }
    }

    private static int[] union(Mark a, Mark b) {
        TreeSet<Integer> affected = new TreeSet<>();
        addRange(affected, a);
        addRange(affected, b);
        return toArray(affected);
    }

    private static void addRange(TreeSet<Integer> affected, Mark mark) {
        if (mark != null) {
            for (int p = mark.firstParagraph(); p <= mark.lastParagraph(); p++) {
                affected.add(p);
            }
        }
    }

    private static int[] toArray(TreeSet<Integer> paragraphs) {
        return paragraphs.stream().mapToInt(Integer::intValue).toArray();
    }
}
