package dev.margin.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares an export with its golden file under src/test/resources/dev/margin/export/golden.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files after an intended change,
 * then review the diff before committing.
 */
final class GoldenFiles {
    static final Path FOLDER = Path.of("src/test/resources/dev/margin/export/golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("export compared with golden file " + golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
