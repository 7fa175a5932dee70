package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.margin.importer.WebArchiveFixtures.BUDGET;
import static dev.margin.importer.WebArchiveFixtures.BUDGET_MOBILE;
import static dev.margin.importer.WebArchiveFixtures.BUDGET_SHORT;
import static dev.margin.importer.WebArchiveFixtures.FERRY;
import static dev.margin.importer.WebArchiveFixtures.FIRST_CRAWL;
import static dev.margin.importer.WebArchiveFixtures.SECOND_CRAWL;
import static dev.margin.importer.WebArchiveFixtures.SHIPYARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WARC and WACZ files written with jwarc in the test: which pages are listed, and what importing one gives. */
class WebArchiveImportTest {
    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void theArticlePagesOfAGzippedWarcAreListedWithoutAssetsFramesErrorsRedirectsOrRepeats() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        List<Double> progress = new ArrayList<>();

        List<ArchivedPage> pages = importer.archivePages(warc, () -> false, progress::add);

        assertThat(pages).extracting(ArchivedPage::url).containsExactly(BUDGET, SHIPYARD, FERRY, BUDGET_MOBILE);
        assertThat(pages).extracting(ArchivedPage::title).containsExactly("Landtag beschließt Haushalt 2027 | Nordkurier Beispiel",
                "Werft erhält Großauftrag für drei Fähren", "Fähre fällt bis Montag aus", "Landtag beschließt Haushalt 2027 | Nordkurier Beispiel");
        // The budget page was revisited the next day: listed once, with its latest capture.
        assertThat(pages.get(0).captured()).isEqualTo(SECOND_CRAWL);
        assertThat(pages.get(1).captured()).isEqualTo(FIRST_CRAWL);
        assertThat(pages).allMatch(page -> page.offset() >= 0);
        assertThat(progress).isNotEmpty().isSorted().allMatch(fraction -> fraction >= 0 && fraction <= 1);
    }

    @Test
    void anUncompressedWarcListsTheSamePages() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc"), WarcCompression.NONE);

        assertThat(importer.archivePages(warc, () -> false, fraction -> { })).extracting(ArchivedPage::url)
                .containsExactly(BUDGET, SHIPYARD, FERRY, BUDGET_MOBILE);
    }

    @Test
    void aListedPageIsReadAtItsOffsetAndImportedThroughTheHtmlPath() throws Exception {
        for (WarcCompression compression : WarcCompression.values()) {
            Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl-" + compression + ".warc" + (compression == WarcCompression.GZIP ? ".gz" : "")), compression);
            List<ArchivedPage> pages = importer.archivePages(warc, () -> false, fraction -> { });
            for (ArchivedPage page : pages.subList(0, 3)) {
                assertThat(WebArchives.atOffset(warc, page, CancelCheck.NEVER)).as("read at its offset: " + page).isNotNull();
            }
            // The mobile twin is a revisit of the budget page: its offset is the budget page's record, found by a scan.
            assertThat(WebArchives.atOffset(warc, pages.get(3), CancelCheck.NEVER)).isNull();
            assertThat(WebArchives.read(warc, pages.get(3), CancelCheck.NEVER).url()).hasToString(BUDGET_MOBILE);

            ArticleDraft budget = importer.importArchivedPage(warc, pages.get(0), () -> false).draft();

            assertThat(budget.title()).isEqualTo("Landtag beschließt Haushalt 2027");
            assertThat(budget.url()).isEqualTo(BUDGET);
            assertThat(budget.text()).startsWith("Der Landtag hat am Donnerstag den Haushalt für 2027 beschlossen.")
                    .contains("„Wir investieren in Schulen und Straßen, ohne neue Schulden zu machen“").doesNotContain("Mehr aus der Politik");
        }
    }

    @Test
    void aPageNamedByAddressOnlyIsFoundThroughRedirectsRevisitsAndContentEncoding() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);

        ArticleDraft redirected = importer.importArchivedPage(warc, ArchivedPage.at(BUDGET_SHORT), () -> false).draft();
        ArticleDraft mobile = importer.importArchivedPage(warc, ArchivedPage.at(BUDGET_MOBILE), () -> false).draft();
        ArticleDraft shipyard = importer.importArchivedPage(warc, ArchivedPage.at(SHIPYARD), () -> false).draft();

        assertThat(redirected.url()).isEqualTo(BUDGET);
        assertThat(redirected.text()).startsWith("Der Landtag hat am Donnerstag");
        assertThat(mobile.text()).isEqualTo(redirected.text());
        // gzip content encoding undone, windows-1252 from the HTTP header
        assertThat(shipyard.title()).isEqualTo("Werft erhält Großauftrag für drei Fähren");
        assertThat(shipyard.text()).contains("„Das sichert 400 Arbeitsplätze für vier Jahre“, sagte Betriebsratschef Jörg Dänzer.");
    }

    @Test
    void aWaczListsThePagesItsPagesJsonlNamesAndImportsFromItsWarc() throws Exception {
        Path wacz = WebArchiveFixtures.newsWacz(dir.resolve("collection.wacz"), true);

        List<ArchivedPage> pages = importer.archivePages(wacz, () -> false, fraction -> { });

        assertThat(pages).extracting(ArchivedPage::url).containsExactly(BUDGET, FERRY);
        assertThat(pages).extracting(ArchivedPage::title).containsExactly("Landtag beschließt Haushalt 2027", "Fähre fällt bis Montag aus");
        assertThat(pages.get(1).captured()).isEqualTo(FIRST_CRAWL);
        ArticleDraft ferry = importer.importArchivedPage(wacz, pages.get(1), () -> false).draft();
        assertThat(ferry.title()).isEqualTo("Fähre fällt bis Montag aus");
        assertThat(ferry.url()).isEqualTo(FERRY);
        assertThat(ferry.text()).startsWith("Die Fähre zwischen Stralsund und Altefähr fällt bis einschließlich Montag aus.");
    }

    @Test
    void aWaczWithoutPagesJsonlIsScannedAndItsPagesReadAtTheirOffsets() throws Exception {
        Path wacz = WebArchiveFixtures.newsWacz(dir.resolve("bare.wacz"), false);

        List<ArchivedPage> pages = importer.archivePages(wacz, () -> false, fraction -> { });

        assertThat(pages).extracting(ArchivedPage::url).containsExactly(BUDGET, SHIPYARD, FERRY, BUDGET_MOBILE);
        assertThat(pages).allMatch(page -> "archive/data.warc.gz".equals(page.entry()));
        for (ArchivedPage page : pages.subList(0, 3)) {
            assertThat(WebArchives.atOffset(wacz, page, CancelCheck.NEVER).url()).hasToString(page.url());
        }
        assertThat(importer.importArchivedPage(wacz, pages.get(1), () -> false).draft().text()).contains("Jörg Dänzer");
    }

    @Test
    void importingTheArchiveAsAFileTakesItsOnlyPageOrAsksForAChoice() throws Exception {
        Path single = WebArchiveFixtures.singlePage(dir.resolve("one.warc"));
        Path crawl = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);

        assertThat(importer.importFile(single).draft().title()).isEqualTo("Fähre fällt bis Montag aus");
        assertThatThrownBy(() -> importer.importFile(crawl)).isInstanceOf(ImportException.class)
                .hasMessage("Cannot import the web archive " + crawl + " as one article: it holds 4 article pages; choose the ones to import.");
    }

    @Test
    void missingPagesErrorPagesImagesAndDamagedArchivesGetMessagesNamingTheArchive() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        Path garbage = Files.writeString(dir.resolve("notes.warc"), "This is not a web archive.\nJust text.\n");
        Path emptyZip = dir.resolve("empty.wacz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(emptyZip))) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write("{}".getBytes());
        }
        Path notZip = Files.writeString(dir.resolve("broken.wacz"), "PK but not really");

        assertThatThrownBy(() -> importer.importArchivedPage(warc, ArchivedPage.at("https://news.example.org/nie-da"), () -> false))
                .hasMessage("Cannot import https://news.example.org/nie-da from the web archive " + warc
                        + ": the archive holds no capture of that address (it holds 4 article pages).");
        assertThatThrownBy(() -> importer.importArchivedPage(warc, ArchivedPage.at(WebArchiveFixtures.MISSING), () -> false))
                .hasMessageEndingWith(": its capture is not a page but the server's answer 404.");
        assertThatThrownBy(() -> importer.importArchivedPage(warc, ArchivedPage.at(WebArchiveFixtures.LOGO), () -> false))
                .hasMessageEndingWith(": its capture is not a web page (HTML) but another kind of file.");
        assertThatThrownBy(() -> importer.archivePages(garbage, () -> false, fraction -> { })).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Cannot import the web archive " + garbage + ": it is not a readable WARC file");
        assertThatThrownBy(() -> importer.archivePages(emptyZip, () -> false, fraction -> { }))
                .hasMessage("Cannot import the web archive " + emptyZip + ": it is not a WACZ package of web pages; it holds no"
                        + " archive/*.warc or archive/*.warc.gz file.");
        assertThatThrownBy(() -> importer.archivePages(notZip, () -> false, fraction -> { }))
                .hasMessageStartingWith("Cannot import the web archive " + notZip + ": it is not a WACZ package (a zip file)");
        assertThatThrownBy(() -> importer.archivePages(dir.resolve("gone.warc"), () -> false, fraction -> { }))
                .hasMessage("Cannot import the web archive " + dir.resolve("gone.warc") + ": there is no such file.");
    }

    @Test
    void aWarcGzippedAsOneStreamIsReadAndItsPagesImportedThoughTheirOffsetsCannotBeEntered() throws Exception {
        Path plain = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc"), WarcCompression.NONE);
        Path whole = dir.resolve("whole.warc.gz");
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(whole))) {
            gzip.write(Files.readAllBytes(plain));
        }

        List<ArchivedPage> pages = importer.archivePages(whole, () -> false, fraction -> { });

        assertThat(pages).extracting(ArchivedPage::url).containsExactly(BUDGET, SHIPYARD, FERRY, BUDGET_MOBILE);
        assertThat(importer.importArchivedPage(whole, pages.get(2), () -> false).draft().title()).isEqualTo("Fähre fällt bis Montag aus");
    }

    @Test
    void listingStopsWhenCancelled() throws Exception {
        Path warc = WebArchiveFixtures.newsCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        int[] asked = {0};

        assertThatThrownBy(() -> importer.archivePages(warc, () -> ++asked[0] > 3, fraction -> { }))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(asked[0]).isEqualTo(4);
    }
}
