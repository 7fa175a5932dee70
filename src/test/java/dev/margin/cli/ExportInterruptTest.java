package dev.margin.cli;

import dev.margin.Launcher;
import dev.margin.export.BundleGenerator;
import dev.margin.service.RestoreService;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real {@code margin export} process stopped by a termination signal (what Ctrl-C and a closing terminal
 * send) while it writes: the export is cancelled, and neither the target nor its temporary file is left.
 */
class ExportInterruptTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSignalDuringTheWriteLeavesNoFileBehind() throws IOException, InterruptedException {
        Path dataDir = dir.resolve("data");
        Files.createDirectories(dataDir);
        try (SqliteStore store = SqliteStore.open(dataDir.resolve(DataDirectory.FILE_NAME))) {
            new RestoreService(store).restore(BundleGenerator.generate(600, 100, 11));
        }
        Path out = dir.resolve("exports");
        Files.createDirectories(out);
        Path target = out.resolve("library.html");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process export = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", dataDir.toString(), "export", "--format", "html", "--all", "--output", target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("export.log").toFile()).start();

        boolean writing = false;
        while (!writing && !export.waitFor(5, TimeUnit.MILLISECONDS)) {
            writing = !partFiles(out).isEmpty();
        }
        assumeTrue(writing, "the export ended before it could be interrupted: " + Files.readString(dir.resolve("export.log")));
        export.destroy();
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(partFiles(out)).as(Files.readString(dir.resolve("export.log"))).isEmpty();
        assertThat(target).doesNotExist();
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
