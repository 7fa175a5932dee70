package dev.margin.store.sqlite;

import dev.margin.domain.Annotation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second process for {@link ConcurrentAccessTest} and {@link CrashSafetyTest}: opens a library and saves
 * annotations on one article, printing {@code saved <id>} for each only after its save has returned.
 * Every fifth step saves a batch of five in one transaction. Prints {@code ready} once the library is open.
 *
 * <p>Arguments: library file, article id, number of steps (0: until killed, at most a minute), a note for the annotations.
 */
public final class LibraryWriter {
    private LibraryWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long articleId = Long.parseLong(args[1]);
        int steps = Integer.parseInt(args[2]);
        String note = args[3];
        try (SqliteStore store = SqliteStore.open(file)) {
            System.out.println("ready");
            System.out.flush();
            // "Until killed" still ends after a minute, so that a test that failed before killing it leaves nothing behind.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            for (int step = 0; steps == 0 ? System.nanoTime() < deadline : step < steps; step++) {
                List<Annotation> batch = new ArrayList<>();
                int size = step % 5 == 4 ? 5 : 1;
                for (int i = 0; i < size; i++) {
                    batch.add(StoreFixtures.highlight(articleId, "Abuja").withNote(note + " " + step + "." + i, StoreFixtures.T0));
                }
                if (size == 1) {
                    store.annotations().insert(batch.get(0));
                } else {
                    store.annotations().insertAll(batch);
                }
                for (Annotation saved : batch) {
                    System.out.println("saved " + saved.id());
                }
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}
