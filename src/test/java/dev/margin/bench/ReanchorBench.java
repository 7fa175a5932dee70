package dev.margin.bench;

import dev.margin.anchoring.Reanchorer;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Re-anchoring 5,000 annotations on a 200,000-word text after a revision that shifts every one of them
 * (a paragraph inserted at the top, others deleted and moved): once on generated news stories, once on a
 * worst case of eight sentences repeated throughout, where every word sequence occurs thousands of times.
 * Floor: the whole batch in under one second, so that importing a revised long text never stalls.
 */
public final class ReanchorBench {
    private static final int WORDS = 200_000;
    private static final int ANNOTATIONS = 5_000;
    private static final double FLOOR_MILLIS = 1_000;
    private static final String[] SENTENCES = {
        "The minister said the trains would run on Thursday.",
        "“Nobody wanted the trains to stop,” Okafor said.",
        "Union leaders said they would meet again on April %d.",
        "Passenger numbers rose %d%% last year, the operator said.",
        "A spokesperson declined to comment on the timing.",
        "Analysts said the deal eased pressure on the government.",
        "About %d staff went unpaid for three months, according to union figures.",
        "The opposition called the agreement “a promise written in pencil.”",
    };

    private ReanchorBench() {
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        measure("news stories (generated, varied names and figures)", stories(), random);
        measure("worst case: eight sentences repeated over and over", repetitive(random), random);
    }

    private static void measure(String label, String text, Random random) {
        List<Anchor> anchors = anchors(text, random);
        String revised = revise(text, random);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            Reanchorer.reanchorAll(anchors, revised);
        }
        long best = Long.MAX_VALUE;
        List<Reanchorer.Result> results = List.of();
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            results = Reanchorer.reanchorAll(anchors, revised);
            best = Math.min(best, System.nanoTime() - start);
        }
        Map<AnchorState, Integer> states = new EnumMap<>(AnchorState.class);
        results.forEach(result -> states.merge(result.state(), 1, Integer::sum));

        int sample = 100;
        long scanStart = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            Reanchorer.reanchor(anchors.get(i), revised);
        }
        double scanPerAnchor = (System.nanoTime() - scanStart) / 1e6 / sample;

        double millis = best / 1e6;
        System.out.printf("%s: %,d words, %,d UTF-16 units; annotations: %,d; states: %s%n",
                label, words(text), revised.length(), anchors.size(), states);
        System.out.printf("  reanchorAll (indexed), best of 5: %.1f ms   floor: < %.0f ms   %s%n",
                millis, FLOOR_MILLIS, millis < FLOOR_MILLIS ? "PASS" : "FAIL");
        System.out.printf("  for comparison, reanchor one at a time (scan): %.2f ms per annotation, about %.0f ms for all%n",
                scanPerAnchor, scanPerAnchor * anchors.size());
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    private static String stories() {
        NewsPageGenerator generator = new NewsPageGenerator(7);
        StringBuilder text = new StringBuilder();
        while (words(text.toString()) < WORDS) {
            for (int story = 0; story < 200; story++) {
                generator.storyParagraphs().forEach(paragraph -> text.append(paragraph).append('\n'));
            }
        }
        return text.toString().strip();
    }

    private static String repetitive(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        while (words < WORDS) {
            int sentences = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                String sentence = String.format(SENTENCES[random.nextInt(SENTENCES.length)], 1 + random.nextInt(30_000));
                text.append(sentence).append(s + 1 < sentences ? " " : "\n");
                words += sentence.split(" ").length;
            }
        }
        return text.toString().strip();
    }

    private static List<Anchor> anchors(String text, Random random) {
        List<Anchor> anchors = new ArrayList<>();
        while (anchors.size() < ANNOTATIONS) {
            int start = text.indexOf(' ', random.nextInt(text.length() - 200)) + 1;
            int end = start;
            for (int w = 1 + random.nextInt(6); w > 0; w--) {
                end = text.indexOf(' ', end + 1);
            }
            anchors.add(Anchor.of(text, start, end));
        }
        return anchors;
    }

    private static String revise(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n")));
        for (int i = 0; i < 50; i++) {
            paragraphs.remove(random.nextInt(paragraphs.size()));
            String moved = paragraphs.remove(random.nextInt(paragraphs.size()));
            paragraphs.add(random.nextInt(paragraphs.size()), moved);
        }
        paragraphs.add(0, "(Updates with the ministry’s statement in the ninth paragraph)");
        return String.join("\n", paragraphs);
    }
}
