package dev.margin.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code margin edit}: a plain-text article arrives titled by its first line (so {@code list} never prints "-"),
 * and the title, byline, outlet, date, address, language, note, tags and verdict can be set, cleared and are
 * checked as in the window.
 */
class EditCommandTest {
    private static final String WIRE = """
            OSTHAVEN, June 2 (Northern Wire) - The harbour authority said on Tuesday it would ration water from next week, citing a dry winter.

            "We have no other choice," harbour master Lena Berg said.
            """;

    @TempDir
    Path dir;
    private CliRunner cli;
    private String id;

    @BeforeEach
    void importWireStory() throws IOException {
        cli = CliRunner.in(dir);
        Path file = Files.writeString(dir.resolve("wire.txt"), WIRE);
        CliRunner.Run run = cli.run("import", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        id = run.out().split("\\s+")[1];
    }

    @Test
    void aTextFileIsListedWithItsFirstLineAsTitleNeverADash() {
        assertThat(cli.run("list").out()).contains("\t-\tOSTHAVEN, June 2 (Northern Wire) - The harbour authority said on Tuesday it\u2026\t");
    }

    @Test
    void everyFieldIsSetAndShownAndAnEmptyValueClearsOne() {
        CliRunner.Run edit = cli.run("edit", id, "--title", "Osthaven to ration water", "--byline", "Lena Berg", "--outlet", "Northern Wire",
                "--date", "2026-06-02", "--url", "https://wire.example/osthaven-water", "--language", "en",
                "--note", "Check the **reservoir** figures.", "--tag", "water", "--tag", "drought", "--verdict", "mostly-reliable");

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out()).contains("Title: Osthaven to ration water", "Byline: Lena Berg", "Outlet: Northern Wire",
                "Published: 2026-06-02", "URL: https://wire.example/osthaven-water", "Language: en", "Verdict: mostly-reliable",
                "Tags: water, drought", "Note: Check the **reservoir** figures.");
        assertThat(cli.run("list").out()).contains(id + "\t2026-06-02\tNorthern Wire\tOsthaven to ration water\t0 annotations");
        assertThat(cli.run("show", id).out()).startsWith("Osthaven to ration water\n").contains("Verdict: mostly-reliable", "Tags: water, drought");

        CliRunner.Run cleared = cli.run("edit", id, "--byline", "", "--tag", "", "--verdict", "none");
        assertThat(cleared.exitCode()).as(cleared.err()).isZero();
        assertThat(cleared.out()).contains("Title: Osthaven to ration water", "Outlet: Northern Wire").doesNotContain("Byline", "Tags", "Verdict");
    }

    @Test
    void wrongValuesAreRefusedNamingTheProblemAndNothingChanges() throws IOException {
        String before = cli.run("show", id).out();

        assertThat(cli.run("edit", id).exitCode()).isEqualTo(2);
        CliRunner.Run date = cli.run("edit", id, "--date", "2 June 2026");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--date \"2 June 2026\" is not a date written as YYYY-MM-DD");
        CliRunner.Run url = cli.run("edit", id, "--title", "New", "--url", "wire.example/x");
        assertThat(url.exitCode()).isEqualTo(2);
        assertThat(url.err()).contains("\u201cwire.example/x\u201d is not a web address");
        assertThat(cli.run("edit", id, "--title", "  ").err()).contains("needs a title");
        assertThat(cli.run("edit", id, "--verdict", "fake").err()).contains("--verdict \"fake\" is none of reliable, mostly-reliable");
        assertThat(cli.run("edit", "999", "--title", "x").err()).contains("there is no article 999");

        Path other = Files.writeString(dir.resolve("other.txt"), "Second story\n\nWith its own text.\n");
        String otherId = cli.run("import", other.toString()).out().split("\\s+")[1];
        assertThat(cli.run("edit", otherId, "--url", "https://wire.example/taken").exitCode()).isZero();
        CliRunner.Run taken = cli.run("edit", id, "--url", "https://wire.example/taken");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("https://wire.example/taken", "Second story");

        assertThat(cli.run("show", id).out()).isEqualTo(before);
    }
}
