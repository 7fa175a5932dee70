package dev.margin.reliability;

import dev.margin.domain.Annotation;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Another process saving into a library at a steady pace, for the reliability tests: one highlight every
 * {@code interval} milliseconds, printing {@code saved <id>} only after its save returned (an acknowledged save)
 * and {@code refused <message>} when a save failed. Prints {@code ready} once the library is open.
 *
 * <p>Arguments: library file, article id, interval in milliseconds, how many seconds to run, a note for the annotations.
 */
public final class PacedWriter {
    private PacedWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        long articleId = Long.parseLong(args[1]);
        long interval = Long.parseLong(args[2]);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
        String note = args[4];
        try (SqliteStore store = SqliteStore.open(file, Duration.ofSeconds(30))) {
            System.out.println("ready");
            System.out.flush();
            for (int step = 0; System.nanoTime() < deadline; step++) {
                Annotation annotation = StoreFixtures.highlight(articleId, "Abuja").withNote(note + " " + step, StoreFixtures.T0);
                try {
                    store.annotations().insert(annotation);
                    System.out.println("saved " + annotation.id());
                } catch (StoreException e) {
                    System.out.println("refused " + e.getMessage().replace('\n', ' '));
                }
                System.out.flush();
                Thread.sleep(interval);
            }
        }
        System.out.println("done");
    }
}
