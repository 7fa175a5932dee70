package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodingTest {
    private static final String ARTICLE = "Grid operator warns of winter shortfall\n“We’re short by 1.2 GW — that’s two plants,” she said.";

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        assertThat(importText("plain.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("“We’re short by 1.2 GW — that’s two plants,” she said.");
        ArticleDraft withBom = importText("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ARTICLE.getBytes(StandardCharsets.UTF_8)));
        assertThat(withBom.title()).isEqualTo("Grid operator warns of winter shortfall");
        assertThat(withBom.text()).isEqualTo("“We’re short by 1.2 GW — that’s two plants,” she said.");
    }

    @Test
    void utf16LittleAndBigEndianWithByteOrderMark() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE));

        assertThat(importText("le.txt", le).title()).isEqualTo("Grid operator warns of winter shortfall");
        assertThat(importText("be.txt", be).text()).isEqualTo("“We’re short by 1.2 GW — that’s two plants,” she said.");
    }

    @Test
    void htmlMetaCharsetIsHonouredForIso88591() throws Exception {
        String html = "<html><head><meta charset=\"ISO-8859-1\"><title>Café à Zürich</title></head><body><article><p>"
                + "Der Stadtrat von Zürich hat am Dienstag beschlossen, die Öffnungszeiten der Cafés zu verlängern. ".repeat(4)
                + "</p></article></body></html>";
        Path file = Files.write(dir.resolve("latin1.html"), html.getBytes(StandardCharsets.ISO_8859_1));
        ArticleDraft draft = importer.importFile(file).draft();

        assertThat(draft.title()).isEqualTo("Café à Zürich");
        assertThat(draft.text()).startsWith("Der Stadtrat von Zürich hat am Dienstag beschlossen, die Öffnungszeiten");
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheFileAndTheByteOffset() throws Exception {
        byte[] bytes = concat("Headline\nThe minister said".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94});
        Path file = Files.write(dir.resolve("legacy.txt"), bytes);

        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("offset 26")
                .hasMessageContaining("0x93");
    }

    @Test
    void bytesInvalidInTheDeclaredCharsetAreAnErrorToo() throws Exception {
        byte[] head = "<html><head><meta charset=\"Shift_JIS\"></head><body><p>".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = concat(head, new byte[] {(byte) 0x82, (byte) 0xFF});
        Path file = Files.write(dir.resolve("bad-sjis.html"), bytes);

        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not valid Shift_JIS")
                .hasMessageContaining("offset " + head.length);
    }

    @Test
    void anUnknownDeclaredCharsetFallsBackToUtf8WithAWarning() throws Exception {
        String html = "<html><head><meta charset=\"x-no-such-charset\"><title>Test</title></head><body><article><p>"
                + "Ein ganz normaler Absatz über die Sitzung des Gemeinderats am Montagabend. ".repeat(4)
                + "</p></article></body></html>";
        Path file = Files.write(dir.resolve("odd.html"), html.getBytes(StandardCharsets.UTF_8));
        ImportResult result = importer.importFile(file);

        assertThat(result.draft().text()).startsWith("Ein ganz normaler Absatz über");
        assertThat(result.warnings()).singleElement().asString()
                .contains("x-no-such-charset").contains("UTF-8").contains(file.toString());
    }

    @Test
    void theMetaSnifferReadsBothDeclarationForms() {
        assertThat(TextDecoder.metaCharset("<meta charset='windows-1252'>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("windows-1252");
        assertThat(TextDecoder.metaCharset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">"
                .getBytes(StandardCharsets.US_ASCII))).isEqualTo("Shift_JIS");
        assertThat(TextDecoder.metaCharset("<p>no declaration</p>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Charset.isSupported("Shift_JIS")).isTrue();
    }

    private ArticleDraft importText(String name, byte[] bytes) throws Exception {
        return importer.importFile(Files.write(dir.resolve(name), bytes)).draft();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
