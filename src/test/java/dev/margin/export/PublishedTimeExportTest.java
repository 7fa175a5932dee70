package dev.margin.export;

import dev.margin.domain.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article published at 23:30 in New York keeps its date, time and offset in every export, and through Margin's
 * own JSON-LD and back; an article with only a date keeps writing only the date.
 */
class PublishedTimeExportTest {
    private static final OffsetTime EVENING = OffsetTime.of(23, 30, 0, 0, ZoneOffset.ofHours(-5));

    private static ExportBundle timedBundle() {
        ExportBundle plain = ExportFixtures.bundle();
        Article rail = plain.articles().get(0);
        Article timed = new Article(rail.id(), rail.title(), rail.byline(), rail.outlet(), rail.url(), rail.publishedDate(),
                rail.importedAt(), rail.language(), rail.text(), rail.headings(), rail.contentHash(), rail.revision(), EVENING);
        return new ExportBundle(List.of(timed, plain.articles().get(1)), plain.actors(), plain.annotations(),
                plain.olderRevisions(), plain.info());
    }

    private static String export(Exporter exporter, ExportBundle bundle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(bundle, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFormatWritesTheTimeWithItsOffset() throws IOException {
        ExportBundle bundle = timedBundle();
        assertThat(export(new JsonLdExporter(false), bundle)).contains("\"datePublished\":\"2026-11-20T23:30:00-05:00\"");
        assertThat(export(new MarkdownExporter(false), bundle)).contains("2026-11-20 23:30 -05:00");
        assertThat(export(new HtmlExporter(), bundle))
                .contains("<time datetime=\"2026-11-20T23:30:00-05:00\">2026-11-20 23:30 -05:00</time>");
        assertThat(export(new CsvExporter(false), bundle)).contains("2026-11-20T23:30:00-05:00");
    }

    @Test
    void theTimeAndOffsetComeBackFromMargin_sOwnJsonLd() throws IOException {
        ExportBundle bundle = timedBundle();
        byte[] json = export(new JsonLdExporter(false), bundle).getBytes(StandardCharsets.UTF_8);
        Article restored = new JsonLdReader().read(new ByteArrayInputStream(json)).articles().get(0);
        assertThat(restored).isEqualTo(bundle.articles().get(0));
        assertThat(restored.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T23:30:00-05:00"));
    }

    @Test
    void aDateOnlyArticleStillWritesADateOnly() throws IOException {
        String json = export(new JsonLdExporter(false), ExportFixtures.bundle());
        assertThat(json).contains("\"datePublished\":\"2026-11-20\"");
    }
}
