package dev.margin.bench;

import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;
import dev.margin.suggest.Suggestion;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long suggesting takes for a 5,000-word article after warm-up, against the 200 ms floor.
 * The article is built from the shipped suggestion fixtures, their paragraphs repeated in turn until it
 * holds 5,000 words: a mix of wire copy, quotes of every mark, interviews, liveblog entries and names; then the same
 * for each language of the multilingual evaluation set (src/test/resources/suggest/languages), language detected.
 * Run: {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.args=suggest}.
 */
public final class SuggestBench {
    private static final int WORDS = 5_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 50;
    private static final double FLOOR_MS = 200;

    private SuggestBench() {
    }

    public static void main(String[] args) throws IOException {
        Suggester suggester = new Suggester(Lexicon.load());
        measure("suggest", article(Path.of("src/test/resources/suggest/fixtures")), suggester);
        // issue 17: the same floor for an article in each language of the evaluation set (language detected)
        Path languages = Path.of("src/test/resources/suggest/languages");
        try (Stream<Path> folders = Files.list(languages)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                measure("suggest " + folder.getFileName(), article(folder), suggester);
            }
        }
    }

    private static void measure(String label, String article, Suggester suggester) {
        List<Suggestion> result = List.of();
        for (int i = 0; i < WARM_UP; i++) {
            result = suggester.suggest(article);
        }
        double[] millis = new double[RUNS];
        double[] cpuMillis = new double[RUNS];
        // CPU time of this thread as well: on a shared machine the wall clock also counts time spent waiting for a core
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < RUNS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = suggester.suggest(article);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        double median = millis[RUNS / 2];
        double p95 = millis[(int) Math.ceil(RUNS * 0.95) - 1];
        System.out.printf(Locale.ROOT, "%s: %d-word article (%d chars), %d suggestions, %d runs after %d warm-up runs%n",
                label, countWords(article), article.length(), result.size(), RUNS, WARM_UP);
        System.out.printf(Locale.ROOT, "  median %.1f ms, p95 %.1f ms, max %.1f ms   floor: under %.0f ms -> %s%n",
                median, p95, millis[RUNS - 1], FLOOR_MS, p95 < FLOOR_MS ? "OK" : "TOO SLOW");
        System.out.printf(Locale.ROOT, "  cpu median %.1f ms, p95 %.1f ms   (load average %.1f on %d cores)%n", cpuMillis[RUNS / 2],
                cpuMillis[(int) Math.ceil(RUNS * 0.95) - 1], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static String article(Path fixtures) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        paragraphs.add(line.strip());
                    }
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IOException("no fixture text under " + fixtures.toAbsolutePath());
        }
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int i = 0; words < WORDS; i = (i + 1) % paragraphs.size()) {
            text.append(paragraphs.get(i)).append('\n');
            words += countWords(paragraphs.get(i));
        }
        return text.toString().strip();
    }

    private static int countWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
