package dev.margin.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles come from web pages: `list` and `show` print them without bidi overrides or control characters. */
class TerminalSafeOutputTest {
    private static final String BIDI = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

    @TempDir
    Path dir;

    @Test
    void oneLineDropsBidiControlsAndReplacesOtherControlCharacters() {
        assertThat(OneLine.of("Invoice \u202Efdp.exe\u202C for\tMarch\r\n")).isEqualTo("Invoice fdp.exe for March");
        assertThat(OneLine.of("a\u2066b\u2069c\u200Ed\u200Fe\u061Cf\u202Ag\u202Bh\u202Di\u2067j\u2068k")).isEqualTo("abcdefghijk");
        assertThat(OneLine.of("\u001B[2Jcleared\u0007\u0000\u007F\u009B")).isEqualTo("\uFFFD[2Jcleared\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(OneLine.of("line\u2028break\u2029para\u0085nel")).isEqualTo("line break para nel");
        assertThat(OneLine.of("العربية ✓ 🚆")).isEqualTo("العربية ✓ 🚆");
    }

    @Test
    void listAndShowPrintAHostileTitleNeutralised() throws IOException {
        Path file = Files.writeString(dir.resolve("hostile.txt"), "Budget \u202Eslated\u202C for \u2067vote\u2069 on \u200FFriday\n"
                + "The council will vote on the budget on Friday, the mayor said after a long session.\n", StandardCharsets.UTF_8);
        CliRunner cli = CliRunner.in(dir);
        assertThat(cli.run("import", file.toString()).exitCode()).isZero();

        CliRunner.Run list = cli.run("list");
        String id = list.out().split("\t")[0];
        CliRunner.Run show = cli.run("show", id);

        for (String out : new String[] {list.out(), show.out()}) {
            assertThat(out).contains("Budget slated for vote on Friday");
            assertThat(out.chars().filter(c -> BIDI.indexOf(c) >= 0)).isEmpty();
        }
    }
}
