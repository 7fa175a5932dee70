package dev.margin.cli;

import dev.margin.store.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin export --format jsonld} then {@code margin import-annotations}: into a fresh library, and again. */
class ImportAnnotationsCommandTest {
    @TempDir
    Path dir;
    private CliRunner original;
    private CliRunner fresh;
    private Path jsonLd;

    @BeforeEach
    void setUp() throws IOException {
        original = CliRunner.in(dir);
        new AnnotatedLibrary(original, dir);
        fresh = new CliRunner(dir.resolve("fresh"), dir.resolve("home"));
        jsonLd = dir.resolve("library.jsonld");
        CliRunner.Run export = original.run("export", "--format", "jsonld", "--all", "--output", jsonLd.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
    }

    /** `margin show` of every article, by title, without the line naming the library's own article id. */
    private static Map<String, String> shown(CliRunner cli) {
        Map<String, String> byTitle = new LinkedHashMap<>();
        for (String line : cli.run("list").out().lines().toList()) {
            String[] fields = line.split("\t");
            CliRunner.Run show = cli.run("show", fields[0]);
            assertThat(show.exitCode()).as(show.err()).isZero();
            byTitle.put(fields[3], show.out().replaceFirst("(?m)^Article: \\d+, ", "Article: ?, "));
        }
        return byTitle;
    }

    @Test
    void intoAFreshLibraryEverythingComesBackAsShowPrintsIt() {
        CliRunner.Run run = fresh.run("import-annotations", jsonLd.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles:    2 added, 0 already present", "actors:      3 added, 0 already present",
                "annotations: 5 added, 0 already present");
        Map<String, String> before = shown(original);
        assertThat(before).hasSize(2);
        assertThat(shown(fresh)).isEqualTo(before);
        assertThat(before.values()).anyMatch(show -> show.contains("[Q2:" + AnnotatedLibrary.WIRE_QUOTE.substring(0, 20)));
    }

    @Test
    void importingAgainDuplicatesNothing() {
        assertThat(fresh.run("import-annotations", jsonLd.toString()).exitCode()).isZero();
        Map<String, String> once = shown(fresh);

        CliRunner.Run again = fresh.run("import-annotations", jsonLd.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("articles:    0 added, 2 already present", "actors:      0 added, 3 already present",
                "annotations: 0 added, 5 already present");
        assertThat(shown(fresh)).isEqualTo(once);
        CliRunner.Run intoOriginal = original.run("import-annotations", jsonLd.toString());
        assertThat(intoOriginal.out()).contains("annotations: 0 added, 5 already present");
    }

    @Test
    void aFileThatIsNotOurJsonLdChangesNothingAndIsNamed() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.jsonld"), "{\"these\": \"are not annotations\"}");

        CliRunner.Run run = fresh.run("import-annotations", notes.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("margin import-annotations: ").contains(notes.toString());
        assertThat(fresh.run("list").out()).isEmpty();

        CliRunner.Run missing = fresh.run("import-annotations", dir.resolve("nowhere.jsonld").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.jsonld");
        assertThat(fresh.run("import-annotations").exitCode()).isEqualTo(2);
        assertThat(dir.resolve("fresh").resolve(DataDirectory.FILE_NAME)).exists();
    }

    @Test
    void anOffsetPastTwoToTheThirtyTwoIsRefusedNamingTheAnnotationAndNothingIsImported() throws IOException {
        String json = Files.readString(jsonLd);
        java.util.regex.Matcher start = java.util.regex.Pattern.compile("\"start\":(\\d+)").matcher(json);
        assertThat(start.find()).isTrue();
        long wrapped = (1L << 32) + Long.parseLong(start.group(1));
        Path edited = Files.writeString(dir.resolve("edited.jsonld"), json.substring(0, start.start()) + "\"start\":" + wrapped
                + json.substring(start.end()));

        CliRunner.Run run = fresh.run("import-annotations", edited.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("margin import-annotations: ").contains(edited.toString(), "annotation urn:uuid:",
                "'start' is " + wrapped);
        assertThat(fresh.run("list").out()).isEmpty();
    }
}
