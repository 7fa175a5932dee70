package dev.margin.suggest.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateSuggestionsCommandTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateSuggestionsCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int code = command.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTheQualityTableForTheShippedOrAGivenFolder() throws IOException {
        Run shipped = run();
        assertThat(shipped.exitCode()).as(shipped.err()).isZero();
        assertThat(shipped.out()).contains("Suggestion quality over", "precision", "recall", "F1", "direct quotes", "indirect quotes",
                "speaker accuracy", "actors", "claims");

        Path folder = Files.createDirectories(dir.resolve("mine"));
        copy("/suggest/fixtures/01-wire-fuel-subsidy.txt", folder);
        copy("/suggest/fixtures/01-wire-fuel-subsidy.json", folder);
        Run mine = run(folder.toString());
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.out()).contains("01-wire-fuel-subsidy", "Suggestion quality over 1 fixtures");

        Run empty = run(dir.resolve("data-that-is-not-there").toString());
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).contains("no fixture directory");
    }

    @Test
    void scoresTheLanguageSetPerLanguage() throws IOException {
        Run languages = run("--languages");
        assertThat(languages.exitCode()).as(languages.err()).isZero();
        assertThat(languages.out()).contains("Suggestion quality per language", "quotes P/R", "speakers", "in marks", "indirect P/R",
                "actors P/R", "claims P/R", "non-persons");
        for (String language : new String[] {"en", "de", "fr", "es", "it", "pt", "nl"}) {
            assertThat(languages.out()).containsPattern("(?m)^" + language + " +\\d+ ");
        }

        Path folder = Files.createDirectories(dir.resolve("set").resolve("en"));
        copy("/suggest/languages/en/01-senate-water-bill.txt", folder);
        copy("/suggest/languages/en/01-senate-water-bill.json", folder);
        Run mine = run(dir.resolve("set").toString());
        assertThat(mine.exitCode()).as(mine.err()).isZero();
        assertThat(mine.out()).contains("[en]", "01-senate-water-bill").containsPattern("(?m)^all +1 ");
    }

    private static void copy(String resource, Path folder) throws IOException {
        try (InputStream in = EvaluateSuggestionsCommandTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, folder.resolve(resource.substring(resource.lastIndexOf('/') + 1)));
        }
    }
}
