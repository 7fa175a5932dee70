package dev.margin.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person handed an export reads about its maker and times: the real version, times to the second. */
class ReadableStampsTest {

    @Test
    void timesAreWrittenToTheSecondAndTheGeneratorCarriesItsVersion() {
        assertThat(ExportInfo.readable(Instant.parse("2026-12-04T19:45:12.123456789Z"))).isEqualTo("2026-12-04T19:45:12Z");
        assertThat(new ExportInfo("Margin", "0.1.0", "", Instant.EPOCH).generator()).isEqualTo("Margin 0.1.0");
        assertThat(new ExportInfo("Margin", "", "", Instant.EPOCH).generator()).isEqualTo("Margin");
    }

    @Test
    void theHtmlFooterNamesTheVersionAndASecondsTime() throws Exception {
        ExportBundle bundle = ExportFixtures.bundle();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().write(bundle, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).contains("content=\"Margin 0.1.0\"").contains("Exported by Margin 0.1.0 on ");
        assertThat(html).doesNotContainPattern("Exported by [^<]* on [^<]*\\.\\d+Z");
    }
}
