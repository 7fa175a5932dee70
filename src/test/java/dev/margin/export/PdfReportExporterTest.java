package dev.margin.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PDF report opened again with PDFBox and its text read back. */
class PdfReportExporterTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void helveticaReportMatchesGoldenTextWithPlaceholdersForWhatLatin1Lacks() throws IOException {
        byte[] pdf = export(new PdfReportExporter(List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            GoldenFiles.assertMatches("report-helvetica.txt", text);
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Annotated notes: 2 articles");
            assertThat(text).contains("Rail link to open in March, minister says ?")
                    .contains("“We have laid 312 kilometres of track and we will not stop,”")
                    .contains("MISLEADING · statistic")
                    .contains("Page 1 of 3").contains("Page 3 of 3");
        }
    }

    @Test
    void systemFontPrintsArabicAndShowsASquareForEmoji() throws IOException {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu Sans (Debian package fonts-dejavu-core) is not installed");
        byte[] pdf = export(new PdfReportExporter(List.<Path[]>of(new Path[] {DEJAVU, DEJAVU.resolveSibling("DejaVuSans-Bold.ttf")})));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("minister says " + PdfFonts.PLACEHOLDER)
                    .contains("Evidence, refutes: https://data.example.gov/rail/progress.csv")
                    .contains("Claimant: Adaeze Okafor")
                    .contains("Tags: arabic, رحلة");
            // Drawn in visual order, the Arabic comes back in reading order from the text extractor.
            assertThat(text).contains("مارس");
        }
    }

    @Test
    void longWordsAndManyAnnotationsWrapOntoMorePagesWithoutLosingText() throws IOException {
        ExportBundle big = BundleGenerator.generate(3, 120, 42);
        byte[] pdf = export(new PdfReportExporter());

        try (PDDocument document = Loader.loadPDF(pdf);
             PDDocument bigDocument = Loader.loadPDF(exportBundle(new PdfReportExporter(), big))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(bigDocument);
            assertThat(bigDocument.getNumberOfPages()).isGreaterThan(3);
            assertThat(text).contains("Page " + bigDocument.getNumberOfPages() + " of " + bigDocument.getNumberOfPages());
            big.annotations().stream().limit(20).forEach(a -> assertThat(text.replace("\n", " ")).contains(a.note().split(" ")[0]));
        }
    }

    private static byte[] export(PdfReportExporter exporter) throws IOException {
        return exportBundle(exporter, ExportFixtures.bundle());
    }

    private static byte[] exportBundle(PdfReportExporter exporter, ExportBundle bundle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(bundle, out);
        return out.toByteArray();
    }
}
