package dev.margin.export;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenFilesTest {
    @Test
    void aMissingGoldenFileFailsAndIsNotWritten() {
        String name = "no-such-export-" + System.nanoTime() + ".txt";

        assertThatThrownBy(() -> GoldenFiles.assertMatches(name, "whatever the export wrote"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(name)
                .hasMessageContaining("golden.update");
        assertThat(Files.exists(GoldenFiles.FOLDER.resolve(name))).isFalse();
    }

    @Test
    void aDifferentExportFails() {
        assertThatThrownBy(() -> GoldenFiles.assertMatches("annotations.csv", "not the CSV export"))
                .isInstanceOf(AssertionError.class);
    }
}
