package dev.margin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin export} end to end: every format read back, the scopes, failing targets and usage errors. */
class ExportCommandTest {
    @TempDir
    Path dir;
    private CliRunner cli;
    private AnnotatedLibrary library;

    @BeforeEach
    void setUp() throws IOException {
        cli = CliRunner.in(dir);
        library = new AnnotatedLibrary(cli, dir);
    }

    private Path export(String... args) {
        Path output = dir.resolve("out-" + String.join("-", args).replaceAll("[^a-z0-9]+", "") + ".export");
        List<String> all = new ArrayList<>(List.of("export", "--output", output.toString()));
        all.addAll(List.of(args));
        CliRunner.Run run = cli.run(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Exported ").contains(output.toAbsolutePath().toString());
        return output;
    }

    @Test
    void csvHasOneRowPerAnnotationAndParsesBack() throws IOException {
        Path csv = export("--format", "csv", "--all");

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF");
        List<CSVRecord> rows = parseCsv(text);
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(row -> row.get("kind")).containsExactlyInAnyOrder("quote", "claim", "actor", "highlight", "quote");
        assertThat(rows).extracting(row -> row.get("exact")).contains(AnnotatedLibrary.WIRE_QUOTE, AnnotatedLibrary.EMOJI_QUOTE);
        assertThat(rows).filteredOn(row -> row.get("kind").equals("highlight")).singleElement()
                .satisfies(row -> assertThat(row.get("note")).isEqualTo("Check the **date**"));
        assertThat(rows).filteredOn(row -> row.get("kind").equals("claim")).singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("disputed"));
    }

    private static List<CSVRecord> parseCsv(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void csvWithBomStartsWithTheByteOrderMark() throws IOException {
        byte[] bytes = Files.readAllBytes(export("--format", "csv", "--bom", "--article", Long.toString(library.emojiArticle)));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("🥶").doesNotContain("Ingrid Halvorsen");
    }

    @Test
    void jsonLdHasTheW3cFieldsWithCodePointPositions() throws IOException {
        JsonNode root = new ObjectMapper().readTree(export("--format", "jsonld", "--all").toFile());

        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(root.get("total").asInt()).isEqualTo(5);
        List<JsonNode> items = new ArrayList<>();
        root.get("pages").forEach(page -> {
            assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
            page.get("items").forEach(items::add);
        });
        assertThat(items).hasSize(5).allSatisfy(item -> {
            assertThat(item.get("id").asText()).startsWith("urn:uuid:");
            assertThat(item.get("type").asText()).isEqualTo("Annotation");
            assertThat(item.get("created").asText()).endsWith("Z");
            assertThat(item.has("motivation")).isTrue();
            assertThat(item.get("target").get("type").asText()).isEqualTo("SpecificResource");
            assertThat(item.get("target").get("selector").findValuesAsText("type")).contains("TextQuoteSelector", "TextPositionSelector");
        });
        JsonNode emojiSelectors = items.stream().map(item -> item.get("target").get("selector"))
                .filter(selector -> selector.get(0).get("exact").asText().equals(AnnotatedLibrary.EMOJI_QUOTE)).findFirst().orElseThrow();
        JsonNode position = emojiSelectors.get(1);
        assertThat(position.get("end").asInt() - position.get("start").asInt())
                .as("code points: the emoji counts one").isEqualTo(AnnotatedLibrary.EMOJI_QUOTE.codePointCount(0, AnnotatedLibrary.EMOJI_QUOTE.length()));
    }

    @Test
    void claimReviewNamesTheClaimItsClaimantAndStatus() throws IOException {
        String text = Files.readString(export("--format", "claimreview", "--all"));

        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.findValuesAsText("@type")).contains("ClaimReview");
        assertThat(text).contains(AnnotatedLibrary.WIRE_CLAIM, "Ingrid Halvorsen", "isputed");
    }

    @Test
    void claimReviewNamesTheReviewingOrganisationAndTheReviewPage() throws IOException {
        JsonNode review = new ObjectMapper().readTree(Files.readString(export("--format", "claimreview", "--all",
                "--organisation", "Harbour Facts", "--organisation-url", "https://facts.example.net",
                "--review-url", "https://facts.example.net/harbour-fees"))).path("@graph").get(0);

        assertThat(review.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(review.path("author").path("name").asText()).isEqualTo("Harbour Facts");
        assertThat(review.path("author").path("url").asText()).isEqualTo("https://facts.example.net");
        assertThat(review.path("url").asText()).isEqualTo("https://facts.example.net/harbour-fees");
        assertThat(review.path("itemReviewed").path("author").path("name").asText()).isEqualTo("Ingrid Halvorsen");
    }

    @Test
    void pdfWithTextPrintsTheArticleBeforeItsNotes() throws IOException {
        Path with = export("--format", "pdf", "--with-text", "--article", Long.toString(library.wireReport));
        Path without = export("--format", "pdf", "--article", Long.toString(library.wireReport));

        try (PDDocument withText = Loader.loadPDF(with.toFile()); PDDocument notesOnly = Loader.loadPDF(without.toFile())) {
            String text = new PDFTextStripper().getText(withText).replaceAll("\\s+", " ");
            assertThat(text).contains("Article text");
            assertThat(new PDFTextStripper().getText(notesOnly)).doesNotContain("Article text");
            assertThat(withText.getDocumentInformation().getCreator()).isEqualTo("Margin " + VersionProvider.version());
        }
    }

    @Test
    void htmlIsOneStandalonePage() throws IOException {
        String html = Files.readString(export("--format", "html", "--article", Long.toString(library.wireReport)));

        assertThat(html).containsIgnoringCase("<html").contains("Port authority cuts harbour fees by 12% after strike talks",
                "Ingrid Halvorsen", "Check the");
        assertThat(html).doesNotContainPattern("<(script|link|img)[^>]+(src|href)=\"https?:");
    }

    @Test
    void markdownIsOneNoteAndFolderIsOneNotePerArticle() throws IOException {
        String note = Files.readString(export("--format", "md", "--all"));
        assertThat(note).contains("Port authority cuts harbour fees", "Ingrid Halvorsen", "> ");

        Path folder = dir.resolve("vault");
        CliRunner.Run run = cli.run("export", "--format", "md", "--folder", "--all", "--output", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("[0-9]+ notes in " + java.util.regex.Pattern.quote(folder.toAbsolutePath().toString()));
        List<Path> notes;
        try (Stream<Path> files = Files.list(folder)) {
            notes = files.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertThat(notes).as("one note per article").hasSize(2);
        assertThat(folder.resolve("actors/Ingrid Halvorsen.md")).as("the actor the [[link]] names").exists();
        assertThat(cli.run("export", "--format", "md", "--folder", "--all", "--output", folder.toString()).exitCode()).isZero();
        try (Stream<Path> files = Files.walk(folder)) {
            long count = files.filter(p -> p.toString().endsWith(".md")).count();
            assertThat(count).as("exporting again updates the notes, it does not copy them").isEqualTo(run.out().replaceAll("(?s).* ([0-9]+) notes in .*", "$1")
                    .transform(Long::parseLong));
        }
    }

    @Test
    void pdfReadsBackWithTitleQuoteAndSpeaker() throws IOException {
        Path pdf = export("--format", "pdf", "--article", Long.toString(library.wireReport), "--article", Long.toString(library.emojiArticle));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Port authority cuts harbour fees", "Ingrid Halvorsen", "We have listened to the carriers", "Gwen Pascoe");
        }
    }

    @Test
    void queryExportsOnlyTheMatchingAnnotations() throws IOException {
        Path csv = export("--format", "csv", "--query", "dockworkers");

        List<CSVRecord> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows).as("the quote only: the claim's words do not hold 'dockworkers'").singleElement()
                .satisfies(row -> assertThat(row.get("exact")).isEqualTo(AnnotatedLibrary.WIRE_QUOTE));

        CliRunner.Run none = cli.run("export", "--format", "csv", "--query", "zeppelin", "--output", dir.resolve("none.csv").toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("no annotation matches \"zeppelin\"");
        assertThat(dir.resolve("none.csv")).doesNotExist();
    }

    @Test
    void queryFindsWhatAPersonSaidAndClaimedByTheirNameThoughTheirWordsDoNotHoldIt() throws IOException {
        Path csv = export("--format", "csv", "--query", "Halvorsen");

        assertThat(parseCsv(Files.readString(csv, StandardCharsets.UTF_8))).extracting(row -> row.get("exact"))
                .containsExactlyInAnyOrder(AnnotatedLibrary.WIRE_QUOTE, AnnotatedLibrary.WIRE_CLAIM);
    }

    @Test
    void aFailingExportLeavesTheOldFileIntactAndNoPartialFile() throws IOException {
        Path target = Files.writeString(dir.resolve("report.csv"), "the good export from yesterday\n");

        CliRunner.Run missingArticle = cli.run("export", "--format", "csv", "--article", "999", "--output", target.toString());
        assertThat(missingArticle.exitCode()).isEqualTo(1);
        assertThat(missingArticle.err()).startsWith("margin export: ").contains("no article 999");

        Path folder = Files.createDirectories(dir.resolve("a-folder.pdf"));
        CliRunner.Run isFolder = cli.run("export", "--format", "pdf", "--all", "--output", folder.toString());
        assertThat(isFolder.exitCode()).isEqualTo(1);
        assertThat(isFolder.err()).contains(folder.toString(), "folder");

        Path nowhere = dir.resolve("no-such-folder").resolve("out.html");
        CliRunner.Run noFolder = cli.run("export", "--format", "html", "--all", "--output", nowhere.toString());
        assertThat(noFolder.exitCode()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");

        assertThat(Files.readString(target)).isEqualTo("the good export from yesterday\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeFailsTheFolderExport() throws IOException {
        Path file = Files.writeString(dir.resolve("vault"), "not a folder");

        CliRunner.Run run = cli.run("export", "--format", "md", "--folder", "--all", "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("margin export: ").contains(file.toString(), "is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void usageErrorsExitTwo() {
        String out = dir.resolve("x").toString();
        assertThat(cli.run("export", "--format", "csv", "--output", out).err()).contains("--article", "--all", "--query");
        assertThat(cli.run("export", "--format", "csv", "--output", out).exitCode()).isEqualTo(2);
        assertThat(cli.run("export", "--format", "docx", "--all", "--output", out).err()).contains("Unknown export format \"docx\"");
        assertThat(cli.run("export", "--format", "docx", "--all", "--output", out).exitCode()).isEqualTo(2);
        assertThat(cli.run("export", "--format", "csv", "--all", "--article", "1", "--output", out).exitCode()).isEqualTo(2);
        assertThat(cli.run("export", "--format", "csv", "--folder", "--all", "--output", out).err()).contains("--folder only goes with --format md");
        assertThat(cli.run("export", "--format", "md", "--bom", "--all", "--output", out).exitCode()).isEqualTo(2);
        assertThat(cli.run("export", "--format", "csv", "--all").exitCode()).isEqualTo(2);
        assertThat(cli.run("export", "--format", "csv", "--query", "%%", "--output", out).exitCode()).isEqualTo(2);
        assertThat(cli.run("export", "--format", "csv", "--with-text", "--all", "--output", out).err()).contains("--with-text only goes with --format pdf");
        assertThat(cli.run("export", "--format", "pdf", "--organisation", "Facts", "--all", "--output", out).exitCode()).isEqualTo(2);
        CliRunner.Run badSite = cli.run("export", "--format", "claimreview", "--organisation", "Facts", "--organisation-url", "javascript:alert(1)",
                "--all", "--output", out);
        assertThat(badSite.exitCode()).isEqualTo(2);
        assertThat(badSite.err()).contains("not an http(s) address");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
