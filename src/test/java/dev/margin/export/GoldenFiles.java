package dev.margin.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares an export with its golden file under src/test/resources/dev/margin/export/golden. A missing
 * golden file fails the test: a file written by the test it checks could never fail. Run with
 * {@code -Dgolden.update=true} to write or rewrite the golden files after an intended change, then review
 * the diff before committing.
 */
final class GoldenFiles {
    static final Path FOLDER = Path.of("src/test/resources/dev/margin/export/golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file " + golden + " (write it with -Dgolden.update=true, then review it)").isRegularFile();
        assertThat(actual).as("export compared with golden file " + golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
