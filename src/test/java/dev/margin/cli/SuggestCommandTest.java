package dev.margin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin suggest}: JSON lines over files and stored articles, the table, and what must fail. */
class SuggestCommandTest {
    private static final Set<String> FIELDS = Set.of("source", "id", "kind", "start", "end", "exact", "speaker", "cue", "quoteType",
            "resolution", "partOf", "actor", "actorType", "role", "claimant", "claimKind", "confidence");

    @TempDir
    Path dir;
    private Path dataDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = CliRunner.in(dir);
        dataDir = cli.dataDir();
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.lines().toList()) {
            JsonNode node = json.readTree(line);
            assertThat(node.isObject()).as(line).isTrue();
            lines.add(node);
        }
        return lines;
    }

    /** Every line is a suggestion of the source whose span holds its exact words, with only the fields that apply. */
    private static void assertWellFormed(List<JsonNode> lines, String source, String text) {
        assertThat(lines).isNotEmpty().allSatisfy(node -> {
            assertThat(node.get("source").asText()).isEqualTo(source);
            assertThat(node.get("kind").asText()).isIn("quote", "actor", "claim");
            int start = node.get("start").asInt();
            int end = node.get("end").asInt();
            assertThat(node.get("exact").asText()).isEqualTo(text.substring(start, end));
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            assertThat(FIELDS).containsAll(names);
            switch (node.get("kind").asText()) {
                case "quote" -> assertThat(names).contains("quoteType").doesNotContain("actorType", "claimKind");
                case "actor" -> assertThat(names).contains("actor", "actorType").doesNotContain("quoteType", "speaker", "claimant");
                default -> assertThat(names).contains("claimKind").doesNotContain("quoteType", "actorType", "speaker");
            }
        });
    }

    @Test
    void jsonOverAFixtureFileStoresNothing() throws IOException, ImportException {
        Path file = AnnotatedLibrary.copyFixture(dir, "/suggest/fixtures/01-wire-fuel-subsidy.txt");

        CliRunner.Run run = cli.run("suggest", "--json", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = jsonLines(run.out());
        String readingText = new ArticleImporter().importFile(file).draft().text();
        assertWellFormed(lines, file.toString(), readingText);
        assertThat(lines).anySatisfy(node -> {
            assertThat(node.get("kind").asText()).isEqualTo("quote");
            assertThat(node.get("quoteType").asText()).isEqualTo("direct");
            assertThat(node.get("exact").asText()).contains("The subsidy has become a tax on the poor");
            assertThat(node.get("speaker").asText()).isEqualTo("Ngozi Adeyemi");
            assertThat(node.get("cue").asText()).isEqualTo("told");
        });
        assertThat(lines).anySatisfy(node -> {
            assertThat(node.get("kind").asText()).isEqualTo("actor");
            assertThat(node.get("actor").asText()).isEqualTo("Nigeria");
            assertThat(node.get("actorType").asText()).isEqualTo("state");
        });
        assertThat(lines).anySatisfy(node -> assertThat(node.get("kind").asText()).isEqualTo("claim"));
        assertThat(dataDir.resolve(DataDirectory.FILE_NAME)).as("files alone never open the library").doesNotExist();
    }

    @Test
    void jsonOverAStoredArticleByNumberOrArticleOption() throws IOException {
        CliRunner.Run imported = cli.run("import", AnnotatedLibrary.importerFixture(dir, "wire-report.html").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        String id = imported.out().split("\\s+")[1];
        String text;
        try (SqliteStore store = SqliteStore.open(dataDir.resolve(DataDirectory.FILE_NAME))) {
            text = store.articles().find(Long.parseLong(id)).orElseThrow().text();
        }

        CliRunner.Run run = cli.run("suggest", "--json", id);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> lines = jsonLines(run.out());
        assertWellFormed(lines, id, text);
        assertThat(lines).anySatisfy(node -> {
            assertThat(node.get("exact").asText()).startsWith("We have listened to the carriers");
            assertThat(node.get("speaker").asText()).isEqualTo("Ingrid Halvorsen");
        });
        assertThat(cli.run("suggest", "--json", "--article", id).out()).isEqualTo(run.out());
        Path file = AnnotatedLibrary.copyFixture(dir, "/suggest/fixtures/01-wire-fuel-subsidy.txt");
        List<JsonNode> both = jsonLines(cli.run("suggest", "--json", id, file.toString()).out());
        assertThat(both.get(0).get("source").asText()).as("sources in the order given").isEqualTo(id);
        assertThat(both.get(both.size() - 1).get("source").asText()).isEqualTo(file.toString());
        assertThat(cli.run("list").out()).contains("\t0 annotations");
    }

    @Test
    void withoutJsonATableOfSuggestionsPerSource() throws IOException {
        Path html = AnnotatedLibrary.importerFixture(dir, "wire-report.html");

        CliRunner.Run run = cli.run("suggest", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("== " + html + ": ").contains("kind   span", "Ingrid Halvorsen");
        assertThat(run.out().lines().filter(line -> line.startsWith("quote "))).anySatisfy(line ->
                assertThat(line).contains("direct", "Ingrid Halvorsen", "«We have listened to the carriers"));
    }

    @Test
    void aMissingFileOrArticleFailsButTheOthersAreStillSuggested() throws IOException {
        Path good = AnnotatedLibrary.copyFixture(dir, "/suggest/fixtures/01-wire-fuel-subsidy.txt");
        String missing = dir.resolve("gone.txt").toString();

        CliRunner.Run run = cli.run("suggest", "--json", missing, good.toString(), "4711");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("gone.txt", "there is no article 4711", "2 of 3 sources failed");
        assertThat(jsonLines(run.out())).isNotEmpty().allSatisfy(node -> assertThat(node.get("source").asText()).isEqualTo(good.toString()));
    }

    @Test
    void usageErrorsExitTwo() {
        CliRunner.Run nothing = cli.run("suggest", "--json");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("at least one FILE or article ID");
        assertThat(cli.run("suggest", "--article", "seven").exitCode()).isEqualTo(2);
        assertThat(cli.run("suggest", "--jsn", "1").exitCode()).isEqualTo(2);
    }
}
