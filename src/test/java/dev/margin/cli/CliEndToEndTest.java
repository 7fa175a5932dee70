package dev.margin.cli;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The command line end to end: real picocli parsing, a real SQLite library in a temporary data
 * directory, real HTML fixtures through the importer.
 */
class CliEndToEndTest {
    private static final String QUOTE = "“We have listened to the carriers and to the dockworkers, and this is the fairest deal we could find,”";

    @TempDir
    Path dir;
    private Path dataDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = CliRunner.in(dir);
        dataDir = cli.dataDir();
    }

    private long importWireReport() throws IOException {
        CliRunner.Run run = cli.run("import", AnnotatedLibrary.importerFixture(dir, "wire-report.html").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Long.parseLong(cli.run("list").out().lines().findFirst().orElseThrow().split("\t")[0]);
    }

    private List<Annotation> annotations(long articleId) {
        try (SqliteStore store = SqliteStore.open(dataDir.resolve(DataDirectory.FILE_NAME))) {
            return store.annotations().forArticle(articleId);
        }
    }

    private List<Actor> actors() {
        try (SqliteStore store = SqliteStore.open(dataDir.resolve(DataDirectory.FILE_NAME))) {
            return store.actors().list();
        }
    }

    @Test
    void versionNamesMarginAndThePomVersion() {
        CliRunner.Run run = cli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("Margin \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void helpListsEverySubcommand() {
        CliRunner.Run run = cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("import", "list", "show", "annotate", "--data-dir", "--self-check", "--version",
                "suggest", "export", "import-annotations", "backup", "restore-backup");
        assertThat(run.out()).as("the suggester's evaluation is a developer's tool, outside the product").doesNotContain("evaluate-suggestions");
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        assertThat(cli.run("frobnicate").exitCode()).isEqualTo(2);
        CliRunner.Run missingId = cli.run("show");
        assertThat(missingId.exitCode()).isEqualTo(2);
        assertThat(missingId.err()).contains("Missing required parameter", "ID");
        CliRunner.Run badId = cli.run("show", "twelve");
        assertThat(badId.exitCode()).isEqualTo(2);
        assertThat(badId.err()).contains("twelve");
        CliRunner.Run twoKinds = cli.run("annotate", "1", "--quote", "a", "--claim", "b");
        assertThat(twoKinds.exitCode()).isEqualTo(2);
        assertThat(twoKinds.err()).contains("mutually exclusive");
        CliRunner.Run misplaced = cli.run("annotate", "1", "--highlight", "a", "--speaker", "Someone");
        assertThat(misplaced.exitCode()).isEqualTo(2);
        assertThat(misplaced.err()).contains("--speaker cannot be used with --highlight");
        CliRunner.Run badStatus = cli.run("annotate", "1", "--claim", "a", "--status", "probably");
        assertThat(badStatus.exitCode()).isEqualTo(2);
        assertThat(badStatus.err()).contains("probably", "unverified");
        assertThat(cli.run("import").exitCode()).isEqualTo(2);
    }

    @Test
    void noSubcommandOpensTheWindowOnTheResolvedLibrary() {
        CliRunner.Run run = cli.run();
        assertThat(run.exitCode()).isZero();
        assertThat(cli.windowsOpened).containsExactly(dataDir.toAbsolutePath().resolve(DataDirectory.FILE_NAME));
        assertThat(cli.filesPassedToWindow).isEmpty();
    }

    @Test
    void filesNamedWithoutASubcommandAreHandedToTheWindowToImport() {
        // What a desktop's "Open with Margin" runs: Margin FILE...
        Path story = write("story.html", "<html><body><article><p>Words.</p></article></body></html>");
        Path notes = write("notes.md", "# Notes\n\nMore words.");
        CliRunner.Run run = cli.run(story.toString(), notes.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(cli.windowsOpened).hasSize(1);
        assertThat(cli.filesPassedToWindow).containsExactly(story, notes);

        CliRunner.Run mistyped = cli.run("lsit");
        assertThat(mistyped.exitCode()).isEqualTo(2);
        assertThat(mistyped.err()).contains("'lsit' is neither a command nor a file", "list");
        assertThat(cli.windowsOpened).hasSize(1);
    }

    @Test
    void theDataDirOptionWinsOverTheEnvironmentBeforeOrAfterTheSubcommand() throws IOException {
        importWireReport();
        Path other = dir.resolve("other");
        assertThat(cli.run("--data-dir", other.toString(), "list").out()).isEmpty();
        assertThat(cli.run("list", "--data-dir", other.toString()).out()).isEmpty();
        assertThat(Files.exists(other.resolve(DataDirectory.FILE_NAME))).isTrue();
        assertThat(cli.run("list").out().lines()).hasSize(1);
    }

    @Test
    void listPrintsOneArticleALineWithItsIdFirst() throws IOException {
        importWireReport();
        assertThat(cli.run("import", AnnotatedLibrary.importerFixture(dir, "cluttered-news.html").toString()).exitCode()).isZero();

        CliRunner.Run run = cli.run("list");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allMatch(line -> line.matches("\\d+\t.*\t.*\t.*\t\\d+ annotations?"));
        assertThat(lines).anyMatch(line -> line.contains("\t2026-03-14\tNorthern Wire\tPort authority cuts harbour fees by 12% after strike talks\t0 annotations"));
    }

    @Test
    void annotateAddsEachKindAndShowMarksThemNested() throws IOException {
        long id = importWireReport();
        String article = Long.toString(id);

        CliRunner.Run quote = cli.run("annotate", article, "--quote", QUOTE, "--speaker", "Ingrid Halvorsen", "--cue", "told reporters");
        assertThat(quote.exitCode()).as(quote.err()).isZero();
        assertThat(quote.out()).startsWith("Added quote ");
        assertThat(cli.run("annotate", article, "--claim", "this is the fairest deal we could find", "--claimant", "Ingrid Halvorsen",
                "--status", "disputed", "--claim-kind", "characterisation").exitCode()).isZero();
        assertThat(cli.run("annotate", article, "--actor", "Ingrid Halvorsen", "--actor-type", "person").exitCode()).isZero();
        assertThat(cli.run("annotate", article, "--actor", "port authority", "--actor-name", "Bergholm Port Authority",
                "--actor-type", "organisation").exitCode()).isZero();
        CliRunner.Run highlight = cli.run("annotate", article, "--highlight", "we could find,” port director", "--note", "Check the **date**",
                "--tag", "follow-up", "--tag", "fees");
        assertThat(highlight.exitCode()).as(highlight.err()).isZero();

        List<Annotation> saved = annotations(id);
        assertThat(saved).extracting(Annotation::kind).containsExactlyInAnyOrder(
                AnnotationKind.QUOTE, AnnotationKind.CLAIM, AnnotationKind.ACTOR, AnnotationKind.ACTOR, AnnotationKind.HIGHLIGHT);
        Annotation savedQuote = saved.stream().filter(a -> a.kind() == AnnotationKind.QUOTE).findFirst().orElseThrow();
        assertThat(savedQuote.exact()).isEqualTo(QUOTE);
        assertThat(savedQuote.quote().cue()).isEqualTo("told reporters");
        assertThat(savedQuote.quote().type()).isEqualTo(QuoteType.DIRECT);
        Annotation claim = saved.stream().filter(a -> a.kind() == AnnotationKind.CLAIM).findFirst().orElseThrow();
        assertThat(claim.claim().status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(claim.claim().claimantActorId()).isEqualTo(savedQuote.quote().speakerActorId());
        Annotation highlighted = saved.stream().filter(a -> a.kind() == AnnotationKind.HIGHLIGHT).findFirst().orElseThrow();
        assertThat(highlighted.note()).isEqualTo("Check the **date**");
        assertThat(highlighted.tags()).containsExactlyInAnyOrder("follow-up", "fees");
        assertThat(actors()).extracting(Actor::name, Actor::type).containsExactlyInAnyOrder(
                tuple("Ingrid Halvorsen", ActorType.PERSON),
                tuple("Bergholm Port Authority", ActorType.ORGANISATION));
        assertThat(actors()).filteredOn(actor -> actor.name().startsWith("Bergholm")).singleElement()
                .satisfies(actor -> assertThat(actor.aliases()).containsExactly("port authority"));

        CliRunner.Run show = cli.run("show", article);

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).startsWith("Port authority cuts harbour fees by 12% after strike talks\n");
        assertThat(show.out()).contains("Outlet: Northern Wire", "Published: 2026-03-14", "revision 1, 5 annotations");
        assertThat(show.out()).contains("The Bergholm [A1:port authority] will cut harbour fees");
        // the highlight crosses the claim's end and the quote's end: it is cut there and reopened
        assertThat(show.out()).contains("[Q2:“We have listened to the carriers and to the dockworkers, and [C3:this is the fairest deal"
                + " [H4:we could find]][H4:,”]][H4: port director] [A5:Ingrid Halvorsen] told reporters.");
        assertThat(show.out()).contains("Legend: [Q…] quote",
                "  A1 actor «port authority» — Bergholm Port Authority (organisation)",
                "  Q2 quote «“We have listened to the carriers and to the dockworkers, a…» — speaker Ingrid Halvorsen, cue «told reporters», direct",
                "  C3 claim «this is the fairest deal we could find» — claimant Ingrid Halvorsen, disputed",
                "  H4 highlight «we could find,” port director»; tags follow-up, fees; note: Check the **date**",
                "  A5 actor «Ingrid Halvorsen» — Ingrid Halvorsen (person)");
    }

    @Test
    void emojiAndFlagsKeepTheirOffsetsThroughAnnotateAndShow() throws IOException {
        assertThat(cli.run("import", AnnotatedLibrary.importerFixture(dir, "emoji-community.html").toString()).exitCode()).isZero();
        String article = cli.run("list").out().split("\t")[0];
        String quote = "“I’ve done it nine years running and the water’s never been this cold 🥶,”";

        CliRunner.Run added = cli.run("annotate", article, "--quote", quote, "--speaker", "Gwen Pascoe", "--cue", "said");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(cli.run("annotate", article, "--highlight", "Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿").exitCode()).isZero();
        assertThat(cli.run("annotate", article, "--actor", "🇮🇪", "--actor-name", "Ireland", "--actor-type", "state").exitCode()).isZero();

        Annotation saved = annotations(Long.parseLong(article)).stream().filter(a -> a.kind() == AnnotationKind.QUOTE).findFirst().orElseThrow();
        assertThat(saved.exact()).isEqualTo(quote);
        assertThat(saved.end() - saved.start()).as("UTF-16 units: the emoji counts two").isEqualTo(quote.length());
        String show = cli.run("show", article).out();
        assertThat(show).contains("[Q1:" + quote + "] said Gwen Pascoe", "Teams from Ireland [A2:🇮🇪], Brittany 🇫🇷 and [H3:Wales 🏴󠁧󠁢󠁷󠁬󠁳󠁿] joined");
    }

    @Test
    void ambiguousTextNeedsAnOccurrenceAndMissingTextIsNamed() throws IOException {
        String article = Long.toString(importWireReport());

        CliRunner.Run ambiguous = cli.run("annotate", article, "--highlight", "said");
        assertThat(ambiguous.exitCode()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("«said» occurs 4 times", "--occurrence 1..4", "  2: ");

        CliRunner.Run second = cli.run("annotate", article, "--highlight", "said", "--occurrence", "2");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("[said]");
        assertThat(cli.run("annotate", article, "--highlight", "said", "--occurrence", "9").err()).contains("occurs 4 times");

        CliRunner.Run missing = cli.run("annotate", article, "--quote", "words nobody wrote");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("«words nobody wrote» does not occur in article " + article);

        CliRunner.Run noArticle = cli.run("annotate", "999", "--highlight", "said");
        assertThat(noArticle.exitCode()).isEqualTo(1);
        assertThat(noArticle.err()).contains("there is no article 999");
        assertThat(cli.run("show", "999").err()).contains("there is no article 999");
        assertThat(annotations(Long.parseLong(article))).hasSize(1);
    }

    @Test
    void selfCheckOnAGoodLibraryPrintsWhatItHoldsAndExitsZero() throws IOException {
        long id = importWireReport();
        cli.run("annotate", Long.toString(id), "--actor", "Ingrid Halvorsen");

        CliRunner.Run run = cli.run("--self-check");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Library: " + dataDir.toAbsolutePath().resolve(DataDirectory.FILE_NAME),
                "Schema version: " + SqliteStore.schemaVersion(), "Articles: 1, annotations: 1, actors: 1",
                "Integrity check: ok", "Self-check passed.");
    }

    @Test
    void selfCheckOnAFileThatIsNotALibraryFailsAndLeavesItAlone() throws IOException {
        Files.createDirectories(dataDir);
        Path file = Files.writeString(dataDir.resolve(DataDirectory.FILE_NAME), "These are my notes, not a database.\n");

        CliRunner.Run run = cli.run("--self-check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("self-check failed", file.toString(), "not an SQLite database");
        assertThat(Files.readString(file)).isEqualTo("These are my notes, not a database.\n");
    }

    @Test
    void selfCheckOnALibraryWithOverwrittenPagesFailsAndLeavesItAlone() throws IOException {
        importWireReport();
        importAll("cluttered-news.html", "liveblog.html", "emoji-community.html", "arabic-rtl.html", "chinese.html");
        Path file = dataDir.resolve(DataDirectory.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(4096 * 4);
        byte[] noise = new byte[4096 * 2];
        new Random(5).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, 4096 * 2, noise.length);
        Files.write(file, bytes);

        CliRunner.Run run = cli.run("--self-check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("self-check failed", "damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    private void importAll(String... names) throws IOException {
        for (String name : names) {
            CliRunner.Run run = cli.run("import", AnnotatedLibrary.importerFixture(dir, name).toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
