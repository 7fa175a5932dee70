package dev.margin.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim the outlet itself makes, in an article with no outlet name (the pasted one of the fixtures), is "claimed by
 * the outlet" in every export, never by "the article" (issue 16, item 8); each file is parsed as its reader would.
 */
class OutletClaimantWordingTest {
    private final ExportBundle bundle = ExportFixtures.bundle();

    @Test
    void htmlSaysTheOutlet() throws IOException {
        Document page = Jsoup.parse(new String(export(new HtmlExporter()), StandardCharsets.UTF_8));
        String claims = page.select("li.k-claim").text();
        assertThat(claims).contains("claimed by the outlet").doesNotContain("the article");
    }

    @Test
    void markdownSaysTheOutlet() throws IOException {
        String markdown = new String(export(new MarkdownExporter(true)), StandardCharsets.UTF_8);
        assertThat(markdown).contains("- **Claimant:** the outlet").doesNotContain("**Claimant:** the article");
    }

    @Test
    void csvSaysTheOutlet() throws IOException {
        String csv = new String(export(new CsvExporter(false)), StandardCharsets.UTF_8);
        String claimRow = csv.lines().filter(line -> line.contains("The levy doubles traders' costs")).findFirst().orElseThrow();
        assertThat(claimRow.split(",")).contains("the outlet").doesNotContain("the article");
    }

    @Test
    void pdfSaysTheOutlet() throws IOException {
        try (PDDocument document = Loader.loadPDF(export(new PdfReportExporter(java.util.List.of())))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Claimant: the outlet").doesNotContain("Claimant: the article");
        }
    }

    private byte[] export(Exporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(bundle, out);
        return out.toByteArray();
    }
}
