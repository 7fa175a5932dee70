package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One ArticleImporter shared by several threads gives each of them the same drafts as a single thread does. */
class ConcurrentImportTest {
    private static final List<String> PAGES = List.of("wire-report.html", "cluttered-news.html", "broken-tags.html",
            "legacy-table-layout.html", "japanese-shift-jis.html", "windows-1252.html");

    @Test
    void aSharedImporterIsSafeAcrossThreads() throws Exception {
        ArticleImporter importer = new ArticleImporter();
        List<ArticleDraft> expected = new ArrayList<>();
        for (String page : PAGES) {
            expected.add(importer.importFile(Fixtures.path(page)).draft());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ArticleDraft>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<ArticleDraft> drafts = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        drafts.clear();
                        for (String page : PAGES) {
                            Path path = Fixtures.path(page);
                            drafts.add(importer.importFile(path).draft());
                        }
                    }
                    return drafts;
                }));
            }
            for (Future<List<ArticleDraft>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
