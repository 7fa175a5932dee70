package dev.margin.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin import} of a page saved as MHTML and of a text PDF, then {@code show}: the same text as in the window. */
class ImportDocumentCommandTest {
    @TempDir
    Path dir;

    @Test
    void anMhtmlPageAndAPdfPressReleaseAreImportedAndShown() throws Exception {
        String html = "<html><head><title>Bahnhof wird barrierefrei</title></head><body><article>"
                + "<p>Der Bahnhof in Nordheim bekommt bis 2028 zwei Aufzüge und höhere Bahnsteige. Die Bahn investiert 11 Millionen Euro.</p>"
                + "<p>Während der Bauzeit halten die Regionalzüge an einem Behelfsbahnsteig, teilte die Stadt mit.</p></article></body></html>";
        String boundary = "----MultipartBoundary--test----";
        String mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.de/bahnhof\r\nSubject: Bahnhof\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://example.de/bahnhof\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\r\n--" + boundary + "--\r\n";
        Path page = Files.writeString(dir.resolve("bahnhof.mhtml"), mhtml);
        Path pdf = dir.resolve("pm.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage sheet = new PDPage(PDRectangle.A4);
            document.addPage(sheet);
            try (PDPageContentStream stream = new PDPageContentStream(document, sheet)) {
                write(stream, Standard14Fonts.FontName.HELVETICA_BOLD, 18, 120, "Stadtbibliothek verlängert Öffnungszeiten");
                write(stream, Standard14Fonts.FontName.HELVETICA, 11, 160, "Ab Januar öffnet die Stadtbibliothek auch samstags von 10 bis");
                write(stream, Standard14Fonts.FontName.HELVETICA, 11, 174, "16 Uhr. Möglich wird das durch zwei zusätzliche Stellen.");
                write(stream, Standard14Fonts.FontName.HELVETICA, 11, 200, "Die Ausleihe bleibt kostenlos.");
                write(stream, Standard14Fonts.FontName.HELVETICA, 8, 810, "Seite 1");
            }
            document.save(pdf.toFile());
        }
        CliRunner cli = CliRunner.in(dir);

        CliRunner.Run run = cli.run("import", page.toString(), pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(2).allMatch(line -> line.startsWith("new "));
        assertThat(run.err()).contains("margin import: " + pdf + ": dropped 1: Seite 1");
        assertThat(cli.run("show", "1").out()).contains("Bahnhof wird barrierefrei", "https://example.de/bahnhof",
                "Der Bahnhof in Nordheim bekommt bis 2028 zwei Aufzüge");
        assertThat(cli.run("show", "2").out()).contains("Stadtbibliothek verlängert Öffnungszeiten",
                "Ab Januar öffnet die Stadtbibliothek auch samstags von 10 bis 16 Uhr. Möglich wird das durch zwei zusätzliche Stellen.",
                "Die Ausleihe bleibt kostenlos.").doesNotContain("Seite 1");
    }

    private static void write(PDPageContentStream stream, Standard14Fonts.FontName font, float size, float fromTop, String text)
            throws java.io.IOException {
        stream.beginText();
        stream.setFont(new PDType1Font(font), size);
        stream.newLineAtOffset(60, PDRectangle.A4.getHeight() - fromTop);
        stream.showText(text);
        stream.endText();
    }
}
