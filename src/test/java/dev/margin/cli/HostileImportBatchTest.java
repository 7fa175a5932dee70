package dev.margin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A hostile file in a batch fails alone: the others are imported, and nothing of it is stored. */
class HostileImportBatchTest {
    @TempDir
    Path dir;

    @Test
    void deepMarkdownAndHugeRunsFailAloneAndTheGoodFileIsStored() throws Exception {
        Path quotes = Files.writeString(dir.resolve("quotes.md"), ">".repeat(100_000) + " deep\n");
        Path stars = Files.writeString(dir.resolve("stars.md"), "*".repeat(100_000) + "\n");
        Path good = Files.writeString(dir.resolve("good.txt"),
                "Ferry fares rise\nThe ferry company said on Monday that fares would rise by 7% in May.\n");
        CliRunner cli = CliRunner.in(dir);

        CliRunner.Run run = cli.run("import", quotes.toString(), stars.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("failed  " + quotes, "more than 100 levels deep", "failed  " + stars, "rule marks")
                .doesNotContain("StackOverflowError");
        assertThat(run.out()).contains("Ferry fares rise");
        assertThat(cli.run("list").out().lines()).hasSize(1);
    }
}
