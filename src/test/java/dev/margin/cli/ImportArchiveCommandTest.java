package dev.margin.cli;

import dev.margin.importer.WebArchiveFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.margin.importer.WebArchiveFixtures.BUDGET;
import static dev.margin.importer.WebArchiveFixtures.BUDGET_MOBILE;
import static dev.margin.importer.WebArchiveFixtures.BUDGET_SHORT;
import static dev.margin.importer.WebArchiveFixtures.FERRY;
import static dev.margin.importer.WebArchiveFixtures.SHIPYARD;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin import ARCHIVE --list | --page URL | --all-pages} over WARC and WACZ files written in the test. */
class ImportArchiveCommandTest {
    @TempDir
    Path dir;

    @Test
    void listPrintsAddressCaptureTimeAndTitleOfEachArticlePage() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        CliRunner cli = CliRunner.in(dir);

        CliRunner.Run run = cli.run("import", warc.toString(), "--list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                BUDGET + "\t2026-12-01T07:40:00Z\tLandtag beschließt Haushalt 2027 | Nordkurier Beispiel",
                SHIPYARD + "\t2026-11-30T08:15:00Z\tWerft erhält Großauftrag für drei Fähren",
                FERRY + "\t2026-11-30T08:15:00Z\tFähre fällt bis Montag aus",
                BUDGET_MOBILE + "\t2026-12-01T07:40:00Z\tLandtag beschließt Haushalt 2027 | Nordkurier Beispiel");
        assertThat(cli.run("list").out()).isBlank();
    }

    @Test
    void anArchiveWithSeveralPagesNeedsAChoiceAndPagesAreImportedByAddress() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        CliRunner cli = CliRunner.in(dir);

        CliRunner.Run refused = cli.run("import", warc.toString());
        CliRunner.Run chosen = cli.run("import", warc.toString(), "--page", BUDGET_SHORT, "--page", FERRY);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("failed  " + warc + ": The web archive " + warc + " holds 4 article pages: name the ones"
                + " to import with --page URL (--list shows them), or import them all with --all-pages.")
                .contains("margin import: the import of " + warc + " failed (the reason is above).");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.out().lines()).hasSize(2);
        assertThat(chosen.out().lines().toList().get(0)).startsWith("new ").contains("Landtag beschließt Haushalt 2027")
                .contains("(" + BUDGET_SHORT + " (" + warc + "); ").endsWith(" words kept, 0 blocks dropped)");
        assertThat(chosen.out().lines().toList().get(1)).startsWith("new ").contains("Fähre fällt bis Montag aus");
    }

    @Test
    void allPagesImportsEveryPageAndRecognisesTheMobileTwinAsADuplicate() throws Exception {
        Path wacz = WebArchiveFixtures.newsWacz(dir.resolve("collection.wacz"), false);
        CliRunner cli = CliRunner.in(dir);

        CliRunner.Run run = cli.run("import", wacz.toString(), "--all-pages");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().map(line -> line.split(" ")[0]).toList()).containsExactly("new", "new", "new", "duplicate");
        assertThat(cli.run("list").out().lines()).hasSize(3);
    }

    @Test
    void anArchiveWithOnePageImportsItAndAMissingPageIsAFailureNamingTheArchive() throws Exception {
        Path one = WebArchiveFixtures.singlePage(dir.resolve("one.warc"));
        CliRunner cli = CliRunner.in(dir);

        CliRunner.Run single = cli.run("import", one.toString());
        CliRunner.Run missing = cli.run("import", one.toString(), "--page", "https://news.example.org/fehlt");

        assertThat(single.exitCode()).as(single.err()).isZero();
        assertThat(single.out()).startsWith("new ").contains("Fähre fällt bis Montag aus");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("Cannot import https://news.example.org/fehlt from the web archive " + one
                + ": the archive holds no capture of that address (it holds 1 article page).");
    }

    @Test
    void pageOptionsWithoutAnArchiveOrCombinedWronglyAreUsageErrors() throws Exception {
        Path text = Files.writeString(dir.resolve("note.txt"), "Title\nSome text of an article.");
        Path a = WebArchiveFixtures.singlePage(dir.resolve("a.warc"));
        Path b = WebArchiveFixtures.singlePage(dir.resolve("b.warc"));
        CliRunner cli = CliRunner.in(dir);

        assertThat(cli.run("import", text.toString(), "--all-pages").err())
                .contains("--list, --page and --all-pages are for web archives (.warc, .warc.gz, .wacz), and none is named.");
        assertThat(cli.run("import", a.toString(), b.toString(), "--page", FERRY).exitCode()).isEqualTo(2);
        assertThat(cli.run("import", a.toString(), "--list", "--all-pages").exitCode()).isEqualTo(2);
        CliRunner.Run listText = cli.run("import", a.toString(), text.toString(), "--list");
        assertThat(listText.exitCode()).isEqualTo(1);
        assertThat(listText.out()).contains("a.warc: 1 article page");
        assertThat(listText.err()).contains(text + " is not a web archive");
    }
}
