package dev.margin.service;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.Anchor;
import dev.margin.domain.ContentHash;
import dev.margin.export.BundleGenerator;
import dev.margin.export.ExportBundle;
import dev.margin.export.ExportInfo;
import dev.margin.export.JsonLdExporter;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A 20-million-character article exported to JSON-LD comes back into a fresh library, annotation on its words. */
class LargeJsonLdRestoreTest {
    @TempDir
    Path dir;

    @Test
    void aTwentyMillionCharacterArticleIsExportedAndImportedAgain() throws IOException {
        // Past Jackson's default limit of 20,000,000 characters for one string, which refused this file before.
        String text = BundleGenerator.longText(20_000_123);
        Instant at = Instant.parse("2026-05-01T08:00:00Z");
        Article article = new Article(7, "A very long report", "", "", "https://wire.example/long", null, at, "en", text, List.of(),
                ContentHash.of(text), 1);
        Annotation highlight = Annotation.highlight(7, 1, Anchor.of(text, text.length() - 40, text.length() - 3), at);
        Path jsonLd = dir.resolve("long.jsonld");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonLd))) {
            new JsonLdExporter(false).write(new ExportBundle(List.of(article), List.of(), List.of(highlight),
                    new ExportInfo("Margin", "0.1.0", "", at)), out);
        }

        try (SqliteStore fresh = SqliteStore.open(dir.resolve("fresh.db"))) {
            RestoreService.RestoreReport report = new RestoreService(fresh).restore(jsonLd);

            assertThat(report.articlesAdded()).isEqualTo(1);
            Article restored = fresh.articles().findByUrl("https://wire.example/long").orElseThrow();
            assertThat(restored.text()).isEqualTo(text);
            Annotation back = fresh.annotations().find(highlight.id()).orElseThrow();
            assertThat(back.anchor()).isEqualTo(highlight.anchor());
            assertThat(back.anchorState()).isEqualTo(AnchorState.OK);
        }
    }
}
