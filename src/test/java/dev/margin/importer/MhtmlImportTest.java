package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages saved by a browser as one MHTML file, written here the way Chrome and Internet Explorer write them. */
class MhtmlImportTest {
    private static final String BOUNDARY = "----MultipartBoundary--Qx7fK2mLw9Rt4Vb8Nc3Hd6Jp1Sz5Gy0Ae----";
    private static final String ADDRESS = "https://news.example.org/2026/12/04/kommune-baut-radwege";
    private static final String ARTICLE = "<!DOCTYPE html><html lang=\"de\"><head>"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            + "<title>Kommune baut drei neue Radwege – Stadtanzeiger</title>"
            + "<meta property=\"og:title\" content=\"Kommune baut drei neue Radwege\"></head><body>"
            + "<nav><a href=\"/\">Start</a> <a href=\"/lokales\">Lokales</a></nav>"
            + "<article><h1 class=\"headline\">Kommune baut drei neue Radwege</h1>"
            + "<p>Der Gemeinderat hat am Dienstagabend beschlossen, bis zum Sommer drei neue Radwege zu bauen. Die Kosten liegen bei 1,4 Millionen Euro.</p>"
            + "<p>„Wir schließen damit die größten Lücken im Netz“, sagte Bürgermeisterin Jana Özdemir. Die Straße am Güterbahnhof wird dafür einspurig.</p>"
            + "<p>Die Opposition kritisierte die Pläne: Der Radweg an der Uferstraße koste Parkplätze, die Händler bräuchten.</p>"
            + "<p style=\"margin:0\" class=\"note\">Baubeginn ist im März; die Arbeiten sollen bis Juli dauern.</p>"
            + "</article><footer>© Stadtanzeiger</footer></body></html>";

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void chromesQuotedPrintablePageWithSoftLineBreaksAndImagesIsImportedAsTheArticle() throws Exception {
        String frame = "<html><body><p>Anzeige: Jetzt das Abo testen und 30 Tage gratis lesen, ohne Verpflichtung.</p></body></html>";
        String mhtml = header("Kommune baut drei neue Radwege", "\r\n")
                + part("text/html", null, "quoted-printable", "https://ads.example.net/frame.html",
                        quotedPrintable(frame, StandardCharsets.UTF_8, "\r\n"), "\r\n")
                + part("text/html", null, "quoted-printable", ADDRESS, quotedPrintable(ARTICLE, StandardCharsets.UTF_8, "\r\n"), "\r\n")
                + part("image/png", null, "base64", "https://news.example.org/img/radweg.png",
                        Base64.getMimeEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}), "\r\n")
                + "--" + BOUNDARY + "--\r\n";
        assertThat(mhtml).contains("=3D").contains("=\r\n");

        ArticleDraft draft = importFile("radwege.mhtml", mhtml.getBytes(StandardCharsets.US_ASCII));

        assertThat(draft.title()).isEqualTo("Kommune baut drei neue Radwege");
        assertThat(draft.url()).isEqualTo(ADDRESS);
        assertThat(draft.text()).startsWith("Der Gemeinderat hat am Dienstagabend beschlossen, bis zum Sommer drei neue Radwege zu bauen.")
                .contains("„Wir schließen damit die größten Lücken im Netz“, sagte Bürgermeisterin Jana Özdemir.")
                .contains("Baubeginn ist im März; die Arbeiten sollen bis Juli dauern.")
                .doesNotContain("Anzeige").doesNotContain("=3D").doesNotContain("= ").doesNotContain("PNG");
    }

    @Test
    void unixLineEndingsAndTheMhtExtensionWork() throws Exception {
        String mhtml = header("Radwege", "\n")
                + part("text/html", "utf-8", "quoted-printable", ADDRESS, quotedPrintable(ARTICLE, StandardCharsets.UTF_8, "\n"), "\n")
                + "--" + BOUNDARY + "--\n";

        ArticleDraft draft = importFile("radwege.mht", mhtml.getBytes(StandardCharsets.US_ASCII));

        assertThat(draft.text()).contains("Bürgermeisterin Jana Özdemir").contains("Die Straße am Güterbahnhof wird dafür einspurig.");
    }

    @Test
    void windows1252PartCharsetFromTheHeadersIsUsed() throws Exception {
        String html = "<html><head><title>Caf\u00e9 owners sue over \u201cterrace tax\u201d</title></head><body><article>"
                + "<p>Owners of twelve caf\u00e9s in the old town have gone to court over what they call a \u201cterrace tax\u201d. "
                + "The fee rose from \u20ac40 to \u20ac95 a square metre this year.</p>"
                + "<p>\u201cIt\u2019s a tax on sunshine,\u201d said Ren\u00e9e Fran\u00e7ois, who runs a bistro near the cathedral square.</p>"
                + "<p>The council says the fee had not changed for eleven years and pays for the street cleaning after markets.</p>"
                + "</article></body></html>";
        String mhtml = "From: <Saved by Windows Internet Explorer 11>\r\nSubject: Cafe owners\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + BOUNDARY + "\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n\r\n"
                + part("text/html", "windows-1252", "quoted-printable", "http://city.example.com/cafes.htm",
                        quotedPrintable(html, Charset.forName("windows-1252"), "\r\n"), "\r\n")
                + "--" + BOUNDARY + "--\r\n";

        ArticleDraft draft = importFile("cafes.mht", mhtml.getBytes(StandardCharsets.US_ASCII));

        assertThat(draft.title()).isEqualTo("Café owners sue over “terrace tax”");
        assertThat(draft.url()).isEqualTo("http://city.example.com/cafes.htm");
        assertThat(draft.text()).contains("The fee rose from €40 to €95 a square metre this year.")
                .contains("“It’s a tax on sunshine,” said Renée François");
    }

    @Test
    void base64HtmlPartAndAnEncodedSubjectAsTheTitleWhenThePageHasNone() throws Exception {
        String html = "<html><body><div class=\"story\">"
                + "<p>Die Stadtwerke erhöhen den Strompreis zum 1. Januar um 4,2 Cent je Kilowattstunde. Betroffen sind rund 40.000 Haushalte.</p>"
                + "<p>Grund seien die gestiegenen Netzentgelte, teilte das Unternehmen mit. Kunden können bis Ende Dezember kündigen.</p>"
                + "<p>Die Verbraucherzentrale rät, Angebote zu vergleichen und den Zählerstand am Stichtag zu notieren.</p>"
                + "</div></body></html>";
        String mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.de/strom\r\n"
                + "Subject: =?utf-8?Q?Strompreis_steigt_zum_Jahreswechsel_=E2=80=93_Stadtwerke?=\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + BOUNDARY + "\"\r\n\r\n\r\n"
                + part("text/html", "utf-8", "base64", "https://example.de/strom",
                        Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)), "\r\n")
                + "--" + BOUNDARY + "--\r\n";

        ArticleDraft draft = importFile("strom.mhtml", mhtml.getBytes(StandardCharsets.US_ASCII));

        assertThat(draft.title()).isEqualTo("Strompreis steigt zum Jahreswechsel – Stadtwerke");
        assertThat(draft.url()).isEqualTo("https://example.de/strom");
        assertThat(draft.text()).startsWith("Die Stadtwerke erhöhen den Strompreis zum 1. Januar um 4,2 Cent je Kilowattstunde.");
    }

    @Test
    void anMhtmlFileWithOnlyImagesOrNoMimeAtAllIsRefusedWithAReason() throws Exception {
        String imagesOnly = header("Bilder", "\r\n")
                + part("image/jpeg", null, "base64", "https://example.org/a.jpg", "/9j/4AAQSkZJRgABAQ==", "\r\n")
                + "--" + BOUNDARY + "--\r\n";
        Path images = Files.write(dir.resolve("images.mhtml"), imagesOnly.getBytes(StandardCharsets.US_ASCII));
        Path notMime = Files.writeString(dir.resolve("notes.mhtml"), "Just some notes\nthat someone named .mhtml\n");

        assertThatThrownBy(() -> importer.importFile(images)).isInstanceOf(ImportException.class)
                .hasMessage("Cannot import the file " + images + ": this MHTML file holds no HTML page, only other parts (images, style sheets).");
        assertThatThrownBy(() -> importer.importFile(notMime)).isInstanceOf(ImportException.class)
                .hasMessageContaining(notMime.toString()).hasMessageContaining("it is not an MHTML file");
    }

    @Test
    void invalidBytesInTheDeclaredCharsetAreNamedNotGuessed() throws Exception {
        byte[] latin1 = ARTICLE.getBytes(StandardCharsets.ISO_8859_1);
        String mhtml = header("Radwege", "\r\n")
                + part("text/html", "utf-8", "base64", ADDRESS, Base64.getMimeEncoder().encodeToString(latin1), "\r\n")
                + "--" + BOUNDARY + "--\r\n";
        Path file = Files.write(dir.resolve("broken.mhtml"), mhtml.getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("UTF-8");
    }

    private ArticleDraft importFile(String name, byte[] bytes) throws Exception {
        return importer.importFile(Files.write(dir.resolve(name), bytes)).draft();
    }

    private static String header(String subject, String eol) {
        return "From: <Saved by Blink>" + eol + "Snapshot-Content-Location: " + ADDRESS + eol + "Subject: " + subject + eol
                + "Date: Fri, 4 Dec 2026 09:12:44 +0100" + eol + "MIME-Version: 1.0" + eol
                + "Content-Type: multipart/related;" + eol + "\ttype=\"text/html\";" + eol + "\tboundary=\"" + BOUNDARY + "\"" + eol
                + eol + eol;
    }

    private static String part(String type, String charset, String encoding, String location, String body, String eol) {
        return "--" + BOUNDARY + eol + "Content-Type: " + type + (charset == null ? "" : "; charset=\"" + charset + "\"") + eol
                + "Content-ID: <frame-" + Math.abs(location.hashCode()) + "@mhtml.blink>" + eol
                + "Content-Transfer-Encoding: " + encoding + eol + "Content-Location: " + location + eol + eol + body + eol + eol;
    }

    /** Quoted-printable as browsers write it: lines of at most 76 characters ending in a soft break "=". */
    static String quotedPrintable(String text, Charset charset, String eol) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (byte b : text.getBytes(charset)) {
            int value = b & 0xFF;
            String token = value >= 33 && value <= 126 && value != '=' || value == ' ' ? String.valueOf((char) value)
                    : String.format("=%02X", value);
            if (lineLength + token.length() > 75) {
                out.append('=').append(eol);
                lineLength = 0;
            }
            out.append(token);
            lineLength += token.length();
        }
        return out.toString();
    }
}
