package dev.margin.reliability;

import dev.margin.store.sqlite.SqliteStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A process that opens a library as soon as a start file appears, so that several of them open the same new
 * library at the same moment. Prints {@code opened} and exits 0, or prints the failure and exits 1.
 *
 * <p>Arguments: library file, start file.
 */
public final class FirstOpener {
    private FirstOpener() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path library = Path.of(args[0]);
        Path start = Path.of(args[1]);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(start) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try (SqliteStore store = SqliteStore.open(library)) {
            store.articles().count();
            System.out.println("opened");
        } catch (RuntimeException e) {
            System.out.println("failed " + e.getMessage());
            System.exit(1);
        }
    }
}
