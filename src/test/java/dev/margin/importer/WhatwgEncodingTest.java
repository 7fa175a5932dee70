package dev.margin.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Declared charsets are read as browsers read them, by the WHATWG Encoding Standard's labels. */
class WhatwgEncodingTest {
    /** "“Yes” – she said" in windows-1252: 0x93 and 0x94 are curly quotes, 0x96 an en dash. */
    private static final byte[] CP1252_QUOTE = {(byte) 0x93, 'Y', 'e', 's', (byte) 0x94, ' ', (byte) 0x96, ' ', 's', 'h', 'e'};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"iso-8859-1", "ISO-8859-1", "latin1", "us-ascii", "ascii", "l1", "iso_8859-1:1987", "cp819",
            "ansi_x3.4-1968", " windows-1252 ", "x-cp1252"})
    void labelsTheStandardMapsToWindows1252GiveCurlyQuotesAndDashes(String label) throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode(CP1252_QUOTE, "the page", label, false);

        assertThat(decoded.text()).isEqualTo("“Yes” – she said".substring(0, 11));
        assertThat(decoded.text()).doesNotContain("\u0093", "\u0094", "\u0096");
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void aPageLabelledIso88591InItsMetaElementIsReadAsWindows1252() throws Exception {
        byte[] head = ("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 council</title></head><body><article><p>"
                + "The council of the town met on Tuesday evening and argued about the caf\u00e9 terraces for hours. ".repeat(3))
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "</p></article></body></html>".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("legacy.html"), concat(head, CP1252_QUOTE, tail));

        String text = new ArticleImporter().importFile(file).draft().text();

        assertThat(text).contains("café terraces").endsWith("“Yes” – she");
        assertThat(text.chars().filter(c -> c >= 0x80 && c < 0xA0)).isEmpty();
    }

    @Test
    void theFiveBytesWindows1252LeavesUndefinedDecodeAsTheStandardSaysInsteadOfFailing() throws ImportException {
        byte[] bytes = {'a', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, (byte) 0x80, (byte) 0xFF};

        assertThat(TextDecoder.decode(bytes, "the page", "latin1", false).text())
                .isEqualTo("a\u0081\u008D\u008F\u0090\u009D€ÿ");
    }

    @Test
    void otherLegacyLabelsFollowTheStandardToo() throws ImportException {
        // ISO-8859-9 means windows-1254: 0x93 is a curly quote there as well.
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x93, (byte) 0xD0, (byte) 0x94}, "p", "iso-8859-9", false).text())
                .isEqualTo("“Ğ”");
        // Shift_JIS means windows-31j, which has the circled digits that plain Shift_JIS lacks.
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x87, 0x40}, "p", "shift_jis", false).text()).isEqualTo("①");
        // GB2312 means GBK (read by the GB18030 decoder): 0x81 0x40 is outside GB2312 but in GBK.
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x81, 0x40}, "p", "gb2312", false).text())
                .isEqualTo(new String(new byte[] {(byte) 0x81, 0x40}, Charset.forName("GBK")));
        // EUC-KR means windows-949, whose extra Hangul syllables plain EUC-KR lacks.
        byte[] uhc = "똠".getBytes(Charset.forName("x-windows-949"));
        assertThat(TextDecoder.decode(uhc, "p", "euc-kr", false).text()).isEqualTo("똠");
        // TIS-620 means windows-874, which has the euro sign.
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x80}, "p", "tis-620", false).text()).isEqualTo("€");
    }

    @Test
    void labelsOfTheReplacementEncodingAreRefusedWithTheLabelNamed() {
        assertThatThrownBy(() -> TextDecoder.decode("abc".getBytes(StandardCharsets.US_ASCII), "the page x.html", "ISO-2022-KR", true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the page x.html").hasMessageContaining("ISO-2022-KR").hasMessageContaining("UTF-8");
    }

    @Test
    void aNameJavaKnowsButTheStandardDoesNotIsUnknownAsInABrowser() throws ImportException {
        TextDecoder.Decoded decoded = TextDecoder.decode("plain".getBytes(StandardCharsets.US_ASCII), "the page", "IBM037", false);

        assertThat(decoded.text()).isEqualTo("plain");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.warnings()).singleElement().asString().contains("IBM037");
    }

    @Test
    void everyLabelResolvesToACharsetTheRuntimeHasOrIsMarkedUnknown() {
        for (String label : new String[] {"koi8-ru", "x-mac-ukrainian", "iso-8859-8-i", "big5", "euc-jp", "iso-2022-jp",
                "iso-8859-16", "866", "macintosh", "windows-1258", "utf8", "unicode-1-1-utf-8"}) {
            assertThat(EncodingLabels.resolve(label).kind()).as(label).isEqualTo(EncodingLabels.Kind.CHARSET);
        }
        assertThat(EncodingLabels.resolve("iso-8859-10").kind()).isEqualTo(EncodingLabels.Kind.UNKNOWN);
        assertThat(EncodingLabels.resolve("utf-16le").kind()).isEqualTo(EncodingLabels.Kind.UTF_16);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
