package dev.margin.bench;

import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ContentHash;
import dev.margin.domain.QuoteDetails;
import dev.margin.ui.editor.ArticleView;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The reader's speed on a huge article: 200,000 words in news-like paragraphs with 5,000
 * annotations (quotes holding actor mentions, claims crossing them, highlights). Measures, on the
 * FX thread of a real (headless Monocle) stage, from the call until the next layout pulse is done:
 * opening the article with all highlights, adding one annotation, and jumping the scroll position.
 * Run: {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.args=reader}
 */
public final class ReaderBench {
    private static final int WORDS = 200_000;
    private static final int ANNOTATIONS = 5_000;
    private static final double OPEN_FLOOR_MS = 1000;
    private static final double ADD_FLOOR_MS = 50;
    private static final double SCROLL_FLOOR_MS = 50;
    private static final Instant NOW = Instant.parse("2026-03-04T09:15:00Z");
    private static final String[] WORDS_POOL = ("the ministry said on Tuesday that fares would rise by percent next year after "
            + "talks with unions officials and operators in Lagos Abuja Kano failed to agree a subsidy plan which analysts "
            + "described as costly while the opposition accused government of misleading voters about the budget deficit "
            + "inflation fuel prices commuters ferry rail bus routes minister spokesperson according to data published "
            + "by the central bank showed growth slowed sharply in the third quarter").split(" ");

    /** How long the last timed action itself took, before the pulse. */
    private static volatile long callNanos;
    /** CPU time the FX thread spent from the last timed action to the end of its layout pulse: the work, without waiting or preemption. */
    private static volatile long lastCpuNanos;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(20260304);
        String text = generateText(random);
        List<Annotation> annotations = generateAnnotations(text, random);
        System.out.printf(Locale.ROOT, "article: %,d words, %,d characters, %,d paragraphs, %,d annotations%n",
                WORDS, text.length(), text.split("\n").length, annotations.size());
        Article article = new Article(1, "A very long report", "By A. Reporter", "Wire News", "https://news.example.org/long",
                LocalDate.of(2026, 3, 4), NOW, "en", text, List.of(), ContentHash.of(text), 1);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        ArticleView view = onFx(() -> {
            ArticleView v = new ArticleView(Locale.UK);
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(v), 1000, 720));
            stage.show();
            return v;
        });

        double[] open = new double[5];
        double[] openCpu = new double[5];
        for (int i = 0; i < open.length; i++) {
            onFx(() -> {
                view.showArticle(new Article(1, "empty", "", "", null, null, NOW, "en", "-", List.of(), ContentHash.of("-"), 1), List.of());
                return null;
            });
            open[i] = timeToPulse(view, () -> view.showArticle(article, annotations));
            openCpu[i] = lastCpuNanos / 1e6;
        }
        boolean styled = onFx(() -> view.area().getStyleOfChar(view.area().getLength() - text.length() + annotations.get(0).start() + 1)
                .contains(dev.margin.ui.editor.spans.HighlightClasses.kindClass(annotations.get(0).kind())));

        double[] full = new double[5];
        for (int i = 0; i < full.length; i++) {
            full[i] = timeToPulse(view, () -> view.setAnnotations(annotations));
        }

        double[] idle = new double[50];
        for (int i = 0; i < idle.length; i++) {
            idle[i] = timeToPulse(view, () -> { });
        }

        double[] add = new double[50];
        double[] addCpu = new double[50];
        double[] addCall = new double[50];
        long[] gcCount = new long[50];
        List<Annotation> added = new ArrayList<>();
        for (int i = 0; i < add.length; i++) {
            int start = random.nextInt(text.length() - 40);
            Annotation annotation = Annotation.highlight(1, 1, Anchor.of(text, start, start + 5 + random.nextInt(30)), NOW);
            added.add(annotation);
            // Show the place first, as a user adds where they read; then time the add alone.
            timeToPulse(view, () -> view.select(start, start));
            timeToPulse(view, () -> { });
            add[i] = timeToPulse(view, () -> view.annotationAdded(annotation));
            addCall[i] = callNanos / 1e6;
            addCpu[i] = lastCpuNanos / 1e6;
            gcCount[i] = gcCount();

        }
        boolean addedStyled = onFx(() -> view.area().getStyleOfChar(view.area().getLength() - text.length() + added.get(0).start() + 1)
                .contains("highlight"));

        double[] scroll = new double[40];
        double[] scrollCpu = new double[40];
        int paragraphs = text.split("\n").length;
        for (int i = 0; i < scroll.length; i++) {
            int target = random.nextInt(paragraphs);
            scroll[i] = timeToPulse(view, () -> view.restoreScroll(target));
            scrollCpu[i] = lastCpuNanos / 1e6;
        }
        double[] smooth = new double[60];
        double fraction = 0.3;
        for (int i = 0; i < smooth.length; i++) {
            double to = fraction + i * 0.0005;
            smooth[i] = timeToPulse(view, () -> view.scrollToFraction(to));
        }

        report("open article with all highlights", open, OPEN_FLOOR_MS, true);
        report("  FX-thread CPU time of the open", openCpu, OPEN_FLOOR_MS, true);
        System.out.println("  highlights present after open: " + styled);
        report("full restyle (setAnnotations, 5,000)", full, OPEN_FLOOR_MS, true);
        report("a pulse with no change (baseline)", idle, ADD_FLOOR_MS, false);
        report("add one annotation", add, ADD_FLOOR_MS, false);
        System.out.println("  added highlight present: " + addedStyled);
        report("  of which the call itself", addCall, ADD_FLOOR_MS, false);
        report("  FX-thread CPU time, call + pulse", addCpu, ADD_FLOOR_MS, false);
        System.out.println("  add samples in order: " + Arrays.stream(add).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
        System.out.println("  collections during the adds: " + (gcCount[gcCount.length - 1] - gcCount[0]));
        report("scroll jump to a random paragraph", scroll, SCROLL_FLOOR_MS, false);
        report("  FX-thread CPU time per jump", scrollCpu, SCROLL_FLOOR_MS, false);
        report("small scroll step (~1/2000 of the text)", smooth, SCROLL_FLOOR_MS, false);
        Platform.exit();
    }

    private static long gcCount() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionCount()).sum();
    }

    private static void report(String what, double[] samples, double floor, boolean firstMatters) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        double worstCompared = firstMatters ? Math.max(samples[0], p95) : p95;
        System.out.printf(Locale.ROOT, "%-42s first %8.1f ms  median %8.1f ms  p95 %8.1f ms  max %8.1f ms  (floor < %.0f ms, n=%d)  %s%n",
                what, samples[0], median, p95, sorted[sorted.length - 1], floor, samples.length, worstCompared < floor ? "PASS" : "FAIL");
    }

    /** Milliseconds from running {@code action} on the FX thread until the layout pass of the next pulse has finished. */
    private static double timeToPulse(ArticleView view, Runnable action) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = view.getScene();
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            action.run();
            callNanos = System.nanoTime() - start;
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                lastCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
                done.complete((System.nanoTime() - start) / 1e6);
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Supplier<T> supplier) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(supplier.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** News-like paragraphs of 20-60 words, some opening with a quotation. */
    private static String generateText(Random random) {
        StringBuilder text = new StringBuilder(WORDS * 7);
        int words = 0;
        while (words < WORDS) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int length = Math.min(WORDS - words, 20 + random.nextInt(41));
            boolean quoted = random.nextInt(3) == 0;
            if (quoted) {
                text.append('“');
            }
            for (int i = 0; i < length; i++) {
                String word = WORDS_POOL[random.nextInt(WORDS_POOL.length)];
                if (i == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                text.append(word);
                if (quoted && i == length / 2) {
                    text.append(",” the minister said. “");
                } else if (i + 1 < length) {
                    text.append(random.nextInt(12) == 0 ? ", " : " ");
                }
            }
            text.append(quoted ? ".”" : ".");
            words += length;
        }
        return text.toString();
    }

    /** Quotes with an actor inside and a claim crossing them, plus highlights; some span two paragraphs. */
    private static List<Annotation> generateAnnotations(String text, Random random) {
        List<Annotation> list = new ArrayList<>(ANNOTATIONS);
        while (list.size() < ANNOTATIONS) {
            int start = random.nextInt(text.length() - 400);
            int quoteEnd = start + 60 + random.nextInt(200);
            list.add(Annotation.quote(1, 1, Anchor.of(text, start, quoteEnd), QuoteDetails.direct(7L, "said"), NOW));
            int actorStart = start + 10 + random.nextInt(30);
            list.add(Annotation.actorMention(1, 1, Anchor.of(text, actorStart, actorStart + 12), 7L, NOW));
            int claimStart = start + 30 + random.nextInt(30);
            list.add(Annotation.claim(1, 1, Anchor.of(text, claimStart, quoteEnd + 20 + random.nextInt(120)), ClaimDetails.unverified(7L), NOW));
            int highlightStart = random.nextInt(text.length() - 100);
            list.add(Annotation.highlight(1, 1, Anchor.of(text, highlightStart, highlightStart + 8 + random.nextInt(60)), NOW));
            if (list.size() > ANNOTATIONS) {
                list.subList(ANNOTATIONS, list.size()).clear();
            }
        }
        return list;
    }
}
