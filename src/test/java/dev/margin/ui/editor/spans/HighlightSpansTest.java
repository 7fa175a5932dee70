package dev.margin.ui.editor.spans;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.margin.ui.editor.spans.Fixtures.TEXT;
import static dev.margin.ui.editor.spans.Fixtures.annotation;
import static dev.margin.ui.editor.spans.Fixtures.at;
import static dev.margin.ui.editor.spans.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

/** The span computation without the toolkit, in the manner of Markdown Writer FX's TestStyleRanges. */
class HighlightSpansTest {

    /** The classes at every character of a paragraph, expanded from the runs, after checking the runs cover it exactly. */
    private static List<Set<String>> perChar(HighlightSpans spans, int paragraph) {
        List<StyleRun> runs = spans.runs(paragraph);
        assertThat(runs.stream().mapToInt(StyleRun::length).sum()).isEqualTo(spans.paragraphs().length(paragraph));
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).styleClasses()).as("neighbouring runs differ").isNotEqualTo(runs.get(i - 1).styleClasses());
        }
        List<Set<String>> chars = new ArrayList<>();
        for (StyleRun run : runs) {
            for (int i = 0; i < run.length(); i++) {
                chars.add(run.styleClasses());
            }
        }
        return chars;
    }

    private static Set<String> classesAt(HighlightSpans spans, int offset) {
        int paragraph = spans.paragraphs().paragraphOf(offset);
        return perChar(spans, paragraph).get(offset - spans.paragraphs().start(paragraph));
    }

    @Test
    void plainTextIsOneUnstyledRunPerParagraph() {
        HighlightSpans spans = new HighlightSpans(TEXT, List.of());
        for (int p = 0; p < 3; p++) {
            assertThat(spans.runs(p)).containsExactly(new StyleRun(spans.paragraphs().length(p), Set.of()));
        }
    }

    @Test
    void disjointAnnotationsEachStyleOnlyTheirOwnWords() {
        Annotation actor = on(AnnotationKind.ACTOR, "Adaeze Okafor");
        Annotation claim = on(AnnotationKind.CLAIM, "fares would fall by 12% next year");
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(actor, claim));
        int actorStart = at(TEXT, "Adaeze Okafor");
        int claimStart = at(TEXT, "fares would");
        assertThat(spans.runs(0)).containsExactly(
                new StyleRun(actorStart, Set.of()),
                new StyleRun("Adaeze Okafor".length(), Set.of("actor")),
                new StyleRun(claimStart - actorStart - "Adaeze Okafor".length(), Set.of()),
                new StyleRun("fares would fall by 12% next year".length(), Set.of("claim")),
                new StyleRun(1, Set.of()));
    }

    @Test
    void nestedActorInQuoteInClaimShowsAllThreeLooksAtOnce() {
        String p1 = "“We will not let commuters pay for our mistakes,” Okafor told reporters in Lagos.";
        Annotation claim = on(AnnotationKind.CLAIM, p1);
        Annotation quote = on(AnnotationKind.QUOTE, "“We will not let commuters pay for our mistakes,”");
        Annotation actor = on(AnnotationKind.ACTOR, "commuters");
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(claim, quote, actor));
        assertThat(classesAt(spans, at(TEXT, "commuters"))).containsExactlyInAnyOrder("claim", "quote", "actor");
        assertThat(classesAt(spans, at(TEXT, "We will"))).containsExactlyInAnyOrder("claim", "quote");
        assertThat(classesAt(spans, at(TEXT, "told"))).containsExactly("claim");
        assertThat(spans.runs(1)).hasSize(4);
    }

    @Test
    void crossingAnnotationsSplitIntoTheirUnionAndBothRemainders() {
        Annotation quote = on(AnnotationKind.QUOTE, "minister Adaeze Okafor said");
        Annotation highlight = on(AnnotationKind.HIGHLIGHT, "Okafor said on Tuesday");
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(quote, highlight));
        assertThat(classesAt(spans, at(TEXT, "minister"))).containsExactly("quote");
        assertThat(classesAt(spans, at(TEXT, "Okafor said"))).containsExactlyInAnyOrder("quote", "highlight");
        assertThat(classesAt(spans, at(TEXT, "said"))).containsExactlyInAnyOrder("quote", "highlight");
        assertThat(classesAt(spans, at(TEXT, "on Tuesday"))).containsExactly("highlight");
        assertThat(classesAt(spans, at(TEXT, "Transport"))).isEmpty();
    }

    @Test
    void anAnnotationAcrossParagraphsStylesEachPartButNotTheLineBreak() {
        int start = at(TEXT, "next year.");
        int end = at(TEXT, "Okafor told") + "Okafor".length();
        Annotation claim = annotation(AnnotationKind.CLAIM, TEXT, start, end);
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(claim));
        assertThat(spans.runs(0)).containsExactly(new StyleRun(start, Set.of()), new StyleRun("next year.".length(), Set.of("claim")));
        int p1 = spans.paragraphs().start(1);
        assertThat(spans.runs(1).get(0)).isEqualTo(new StyleRun(end - p1, Set.of("claim")));
        assertThat(spans.runs(2)).containsExactly(new StyleRun(spans.paragraphs().length(2), Set.of()));
    }

    @Test
    void zeroLengthOrphanedAndBeyondTheTextAnnotationsStyleNothing() {
        int at = at(TEXT, "Lagos.");
        Annotation empty = annotation(AnnotationKind.HIGHLIGHT, TEXT, at, at);
        Annotation orphan = Fixtures.withState(on(AnnotationKind.QUOTE, "Ferry operators"), AnchorState.ORPHANED);
        Annotation past = Fixtures.beyondText(AnnotationKind.HIGHLIGHT, TEXT.length() + 5, TEXT.length() + 20);
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(empty, orphan, past));
        for (int p = 0; p < 3; p++) {
            assertThat(spans.runs(p)).hasSize(1).allMatch(r -> r.styleClasses().isEmpty());
        }
        assertThat(spans.annotationsAt(at(TEXT, "Ferry"))).isEmpty();
        assertThat(spans.annotations()).hasSize(3);
        assertThat(spans.firstParagraphOf(orphan.id())).isEqualTo(-1);
        assertThat(spans.remove(orphan.id())).isEmpty();
    }

    @Test
    void aSpanAtTheEndOfTheTextAndOneRunningPastItAreClipped() {
        Annotation last = on(AnnotationKind.QUOTE, "warn of delays");
        Annotation past = Fixtures.beyondText(AnnotationKind.HIGHLIGHT, TEXT.length() - 6, TEXT.length() + 10);
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(last, past));
        List<StyleRun> runs = spans.runs(2);
        assertThat(runs.get(runs.size() - 1)).isEqualTo(new StyleRun(6, Set.of("highlight", "quote")));
        assertThat(classesAt(spans, TEXT.length() - 7)).containsExactly("quote");
        assertThat(spans.annotationsAt(TEXT.length())).isEmpty();
    }

    @Test
    void movedAnnotationsCarryTheMovedClassAndColoursTheirPaletteClass() {
        Annotation moved = Fixtures.withState(on(AnnotationKind.ACTOR, "Okafor told"), AnchorState.MOVED);
        Annotation green = on(AnnotationKind.HIGHLIGHT, "Lagos.").withColour("#30a050", Fixtures.NOW);
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(moved, green));
        assertThat(classesAt(spans, at(TEXT, "Okafor told"))).containsExactlyInAnyOrder("actor", "moved");
        assertThat(classesAt(spans, at(TEXT, "Lagos."))).containsExactlyInAnyOrder("highlight", "colour-green");
    }

    @Test
    void surrogatePairsCountAsTwoUnitsAndAreNeverSplitByTheRuns() {
        String text = "Crowds cheered 🎉🎉 as the 🚆 line opened.\nSecond paragraph.";
        int train = text.indexOf("🚆");
        Annotation emoji = annotation(AnnotationKind.HIGHLIGHT, text, train, train + 2);
        Annotation party = annotation(AnnotationKind.QUOTE, text, text.indexOf("🎉"), text.indexOf(" as"));
        HighlightSpans spans = new HighlightSpans(text, List.of(emoji, party));
        assertThat(spans.runs(0)).containsExactly(
                new StyleRun(text.indexOf("🎉"), Set.of()),
                new StyleRun(4, Set.of("quote")),
                new StyleRun(train - text.indexOf(" as"), Set.of()),
                new StyleRun(2, Set.of("highlight")),
                new StyleRun(text.indexOf("\n") - train - 2, Set.of()));
        assertThat(spans.annotationsAt(train + 1)).containsExactly(emoji);
    }

    @Test
    void hiddenKindsDisappearFromRunsAndClicksAndComeBack() {
        Annotation quote = on(AnnotationKind.QUOTE, "“We will not let commuters pay for our mistakes,”");
        Annotation actor = on(AnnotationKind.ACTOR, "commuters");
        Annotation other = on(AnnotationKind.HIGHLIGHT, "Ferry operators");
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(quote, actor, other));
        int commuters = at(TEXT, "commuters");

        assertThat(spans.setKindVisible(AnnotationKind.QUOTE, false)).containsExactly(1);
        assertThat(classesAt(spans, commuters)).containsExactly("actor");
        assertThat(classesAt(spans, at(TEXT, "We will"))).isEmpty();
        assertThat(spans.annotationsAt(commuters)).containsExactly(actor);
        assertThat(spans.isKindVisible(AnnotationKind.QUOTE)).isFalse();
        assertThat(spans.setKindVisible(AnnotationKind.QUOTE, false)).as("already hidden").isEmpty();

        assertThat(spans.setKindVisible(AnnotationKind.QUOTE, true)).containsExactly(1);
        assertThat(classesAt(spans, commuters)).containsExactlyInAnyOrder("quote", "actor");
    }

    @Test
    void annotationsAtListsEveryCoveringAnnotationInnermostFirst() {
        String p1 = "“We will not let commuters pay for our mistakes,” Okafor told reporters in Lagos.";
        Annotation claim = on(AnnotationKind.CLAIM, p1);
        Annotation quote = on(AnnotationKind.QUOTE, "“We will not let commuters pay for our mistakes,”");
        Annotation actor = on(AnnotationKind.ACTOR, "commuters");
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(claim, actor, quote));
        assertThat(spans.annotationsAt(at(TEXT, "commuters") + 3)).containsExactly(actor, quote, claim);
        assertThat(spans.annotationsAt(at(TEXT, "reporters"))).containsExactly(claim);
        assertThat(spans.annotationsAt(at(TEXT, "Ferry"))).isEmpty();
        assertThat(spans.annotationsAt(-1)).isEmpty();
        // The end offset is outside a half-open span.
        int afterQuote = at(TEXT, "mistakes,”") + "mistakes,”".length();
        assertThat(spans.annotationsAt(afterQuote)).containsExactly(claim);
    }

    @Test
    void addChangeAndRemoveReportOnlyTheParagraphsTheyTouch() {
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(on(AnnotationKind.QUOTE, "Adaeze")));
        Annotation actor = on(AnnotationKind.ACTOR, "Okafor told");
        assertThat(spans.add(actor)).containsExactly(1);
        assertThat(classesAt(spans, at(TEXT, "Okafor told"))).containsExactly("actor");

        int start = at(TEXT, "Ferry");
        Annotation movedToLastParagraph = actor.reanchored(2, dev.margin.domain.Anchor.of(TEXT, start, start + 5), AnchorState.MOVED, Fixtures.NOW);
        assertThat(spans.change(movedToLastParagraph)).containsExactly(1, 2);
        assertThat(classesAt(spans, at(TEXT, "Okafor told"))).isEmpty();
        assertThat(classesAt(spans, start)).containsExactlyInAnyOrder("actor", "moved");

        assertThat(spans.remove(actor.id())).containsExactly(2);
        assertThat(classesAt(spans, start)).isEmpty();
        assertThat(spans.remove(UUID.randomUUID())).isEmpty();
        assertThat(spans.annotations()).hasSize(1);
    }

    @Test
    void emphasisMarksOnlyTheEmphasisedAnnotationsWordsAndMovesOn() {
        Annotation quote = on(AnnotationKind.QUOTE, "“We will not let commuters pay for our mistakes,”");
        Annotation actor = on(AnnotationKind.ACTOR, "commuters");
        Annotation lead = on(AnnotationKind.CLAIM, "fares would fall");
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(quote, actor, lead));
        assertThat(spans.setEmphasised(actor.id())).containsExactly(1);
        assertThat(classesAt(spans, at(TEXT, "commuters"))).containsExactlyInAnyOrder("quote", "actor", "emphasised");
        assertThat(classesAt(spans, at(TEXT, "We will"))).containsExactly("quote");

        assertThat(spans.setEmphasised(lead.id())).containsExactly(0, 1);
        assertThat(classesAt(spans, at(TEXT, "commuters"))).doesNotContain("emphasised");
        assertThat(classesAt(spans, at(TEXT, "fares"))).contains("emphasised");
        assertThat(spans.setEmphasised(lead.id())).isEmpty();
        assertThat(spans.setEmphasised(null)).containsExactly(0);
        assertThat(spans.emphasised()).isNull();
    }

    @Test
    void suggestionsHaveTheirOwnClassesAndAreNeverClickedAnnotations() {
        int start = at(TEXT, "Transport minister");
        SuggestedSpan suggestion = new SuggestedSpan(start, start + "Transport minister".length(), AnnotationKind.ACTOR, UUID.randomUUID());
        Annotation highlight = on(AnnotationKind.HIGHLIGHT, "minister Adaeze");
        HighlightSpans spans = new HighlightSpans(TEXT, List.of(highlight));
        assertThat(spans.setSuggestions(List.of(suggestion))).containsExactly(0);
        assertThat(classesAt(spans, start)).containsExactlyInAnyOrder("suggestion", "suggestion-actor");
        assertThat(classesAt(spans, at(TEXT, "minister"))).containsExactlyInAnyOrder("suggestion", "suggestion-actor", "highlight");
        assertThat(spans.annotationsAt(start)).isEmpty();
        assertThat(spans.annotationsAt(at(TEXT, "minister"))).containsExactly(highlight);

        assertThat(spans.setKindVisible(AnnotationKind.ACTOR, false)).containsExactly(0);
        assertThat(classesAt(spans, start)).isEmpty();
        spans.setKindVisible(AnnotationKind.ACTOR, true);
        assertThat(spans.setSuggestions(List.of())).containsExactly(0);
        assertThat(classesAt(spans, start)).isEmpty();
    }

    @Test
    void emptyParagraphsAndEmptyTextGetOneEmptyRun() {
        HighlightSpans spans = new HighlightSpans("First.\n\nThird.", List.of());
        assertThat(spans.runs(1)).containsExactly(new StyleRun(0, Set.of()));
        HighlightSpans none = new HighlightSpans("", List.of());
        assertThat(none.paragraphs().paragraphCount()).isEqualTo(1);
        assertThat(none.runs(0)).containsExactly(new StyleRun(0, Set.of()));
    }

    @Test
    void manyOverlappingMarksInOneParagraphStayExactAgainstACharacterByCharacterOracle() {
        String text = "The committee, chaired by Senator Ibekwe, voted 7-2 to approve the budget of ₦4.2 trillion on Friday.";
        java.util.Random random = new java.util.Random(42);
        List<Annotation> marks = new ArrayList<>();
        AnnotationKind[] kinds = AnnotationKind.values();
        for (int i = 0; i < 40; i++) {
            int a = random.nextInt(text.length());
            int b = random.nextInt(text.length());
            marks.add(annotation(kinds[i % kinds.length], text, Math.min(a, b), Math.max(a, b)));
        }
        HighlightSpans spans = new HighlightSpans(text, marks);
        List<Set<String>> chars = perChar(spans, 0);
        for (int offset = 0; offset < text.length(); offset++) {
            Set<String> expected = new java.util.TreeSet<>();
            for (Annotation mark : marks) {
                if (mark.start() <= offset && offset < mark.end()) {
                    expected.add(HighlightClasses.kindClass(mark.kind()));
                }
            }
            assertThat(chars.get(offset)).as("classes at %d", offset).isEqualTo(expected);
            int at = offset;
            assertThat(spans.annotationsAt(offset)).hasSize((int) marks.stream().filter(m -> m.anchor().contains(at)).count());
        }
    }
}
