package dev.margin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The files the import benchmarks work on: generated news pages in a scratch folder, removed afterwards. */
final class BenchFiles {
    private BenchFiles() {
    }

    /** Writes {@code count} generated pages into {@code folder}; the same seed gives the same pages. */
    static List<Path> writeNewsPages(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        NewsPageGenerator generator = new NewsPageGenerator(seed);
        List<Path> files = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            files.add(Files.writeString(folder.resolve(String.format("article-%04d.html", n)), generator.page((int) seed * 10_000 + n),
                    StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Deletes {@code root} and everything below it. */
    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete the benchmark file " + path, e);
                }
            });
        }
    }
}
