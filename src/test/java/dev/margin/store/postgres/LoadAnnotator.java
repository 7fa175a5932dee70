package dev.margin.store.postgres;

import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.service.AnnotationService;
import dev.margin.store.StaleRowException;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.StoreFixtures;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One annotator of {@link TeamLoadCheck}, run as its own JVM process: from a given moment on, makes 500 annotations on
 * the shared articles, edits others' annotations (the first ones of an article, where everyone edits) by appending a
 * token to the note it read, and deletes some of its own, as its own database user. Every change goes the window's
 * way, through {@link AnnotationService} (a new mark reads the article to anchor on its text, in the same
 * transaction), so the times are those a person waits for.
 * Writes one line per acknowledged change (only after the store returned) and per refusal to its log:
 * {@code C id micros} made, {@code E id token micros} edited, {@code D id} deleted, {@code X id token} refused as
 * stale, {@code F id message} any other failure.
 *
 * <p>Each annotator pauses before each change as a person would, only much shorter: a random time around the mean
 * given (system property {@code load.pauseMillis}, passed on by {@link TeamLoadCheck}); an edit's pause falls between
 * reading the annotation and writing it back, the moment in which someone else's edit makes the copy stale. A mean of 0
 * is the closed loop: every change follows the last one at once.
 *
 * <p>Arguments: address, name, shared article ids (comma-separated), random seed, log file, start time (epoch ms).
 */
public final class LoadAnnotator {
    private static final int ANNOTATIONS = 500;
    /** The annotations of an article everyone edits: conflicts happen there. */
    private static final int HOT = 12;
    /** The mean pause before a change; each pause is drawn evenly from 0 to twice this. */
    private static final long PAUSE_MILLIS = Long.getLong("load.pauseMillis", 0);

    private LoadAnnotator() {
    }

    public static void main(String[] args) throws Exception {
        TeamLibraryAddress address = TeamLibraryAddress.parse(args[0]);
        String name = args[1];
        long[] articles = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        Random random = new Random(Long.parseLong(args[3]));
        Path log = Path.of(args[4]);
        long startAt = Long.parseLong(args[5]);
        String[] words = StoreFixtures.RAIL_TEXT.split("[\\s,.“”–]+");
        try (PostgresStore store = PostgresStore.open(address, () -> null);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), false)) {
            store.annotations().count();
            AnnotationService service = new AnnotationService(store, Clock.systemUTC());
            long wait = startAt - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            List<UUID> mine = new ArrayList<>();
            for (int k = 0; k < ANNOTATIONS; k++) {
                long article = articles[random.nextInt(articles.length)];
                String word = words[random.nextInt(words.length)];
                if (word.isBlank()) {
                    word = "Lagos";
                }
                Anchor span = StoreFixtures.anchorOn(StoreFixtures.RAIL_TEXT, word);
                pause(random);
                long began = System.nanoTime();
                try {
                    Annotation made = service.createHighlight(article, span.start(), span.end());
                    out.println("C " + made.id() + " " + (System.nanoTime() - began) / 1000);
                    mine.add(made.id());
                } catch (StoreException e) {
                    out.println("F " + article + " " + oneLine(e));
                }
                if (k % 2 == 1) {
                    edit(store, service, articles[random.nextInt(articles.length)], random, name + "#e" + k, out);
                }
                if (k % 10 == 9 && !mine.isEmpty()) {
                    UUID gone = mine.remove(random.nextInt(mine.size()));
                    pause(random);
                    try {
                        service.delete(gone);
                        out.println("D " + gone);
                    } catch (StaleRowException e) {
                        out.println("X " + gone + " delete");
                    } catch (StoreException e) {
                        out.println("F " + gone + " " + oneLine(e));
                    }
                }
            }
            out.flush();
        }
    }

    /** The first annotations of each article, as last listed; listed again every {@link #RELIST} edits. */
    private static final java.util.Map<Long, List<Annotation>> LISTED = new java.util.HashMap<>();
    private static final int RELIST = 20;
    private static int edits;

    /** Reads one of the article's first annotations and appends {@code token} to its note, on the version read. */
    private static void edit(PostgresStore store, AnnotationService service, long article, Random random, String token, PrintWriter out) throws InterruptedException {
        List<Annotation> there = LISTED.get(article);
        if (there == null || there.isEmpty() || edits++ % RELIST == 0) {
            there = store.annotations().forArticle(article);
            there = List.copyOf(there.subList(0, Math.min(HOT, there.size())));
            LISTED.put(article, there);
        }
        if (there.isEmpty()) {
            return;
        }
        Annotation chosen = there.get(random.nextInt(Math.min(HOT, there.size())));
        Annotation read;
        try {
            read = store.annotations().find(chosen.id()).orElse(null);
        } catch (StoreException e) {
            out.println("F " + chosen.id() + " " + oneLine(e));
            return;
        }
        if (read == null) {
            return;
        }
        Thread.sleep(random.nextInt(3));
        pause(random);
        long began = System.nanoTime();
        try {
            service.update(read.withNote(java.util.Objects.toString(read.note(), "") + "|" + token, Instant.now()));
            out.println("E " + read.id() + " " + token + " " + (System.nanoTime() - began) / 1000);
        } catch (StaleRowException e) {
            out.println("X " + read.id() + " " + token);
        } catch (StoreException e) {
            out.println("F " + read.id() + " " + oneLine(e));
        }
    }

    /** A person's pause before a change (none in the closed loop). */
    private static void pause(Random random) throws InterruptedException {
        if (PAUSE_MILLIS > 0) {
            Thread.sleep((long) (random.nextDouble() * 2 * PAUSE_MILLIS));
        }
    }

    private static String oneLine(Exception e) {
        return String.valueOf(e.getMessage()).replace('\n', ' ');
    }

    static void ensureFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
    }
}
