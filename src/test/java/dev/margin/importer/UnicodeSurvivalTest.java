package dev.margin.importer;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typographic quotes, dashes, NBSP, right-to-left scripts, CJK and emoji (joiner sequences, skin tones, flags,
 * tag sequences) come out of every import path exactly as they went in.
 */
class UnicodeSurvivalTest {
    /** One paragraph holding every character class that must survive; NBSPs sit inside, never at an edge. */
    static final String SAMPLE = "‘Single’ and “double” quotes, it’s – en — em, 10\u00A0km and «\u00A0oui\u00A0», "
            + "عربي: «قال الوزير» · עברית: ”אמר השר” · 中文：“他说。” · 日本語「発表した」 · 한국어 "
            + "😀 👩\u200D💻 👨\u200D👩\u200D👧\u200D👦 🇺🇦🇯🇵 🏳\uFE0F\u200D🌈 ❤\uFE0F 👍🏾 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u200Fend";
    private static final String TITLE = "Minister’s “last word” — 大臣 🇯🇵";

    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void pastedText() throws ImportException {
        ImportResult result = importer.importPasted(TITLE + "\r\n\r\n" + SAMPLE + "\r\n", null);
        assertThat(result.draft().title()).isEqualTo(TITLE);
        assertThat(result.draft().text()).isEqualTo(SAMPLE);
    }

    @Test
    void textFile() throws Exception {
        Path file = Files.writeString(dir.resolve("u.txt"), TITLE + "\n\n" + SAMPLE + "\n" + SAMPLE);
        assertThat(importer.importFile(file).draft().text()).isEqualTo(SAMPLE + "\n" + SAMPLE);
    }

    @Test
    void markdownFile() throws Exception {
        Path file = Files.writeString(dir.resolve("u.md"), "# " + TITLE + "\n\n" + SAMPLE + "\n\n## " + SAMPLE + "\n");
        ImportResult result = importer.importFile(file);
        assertThat(result.draft().title()).isEqualTo(TITLE);
        assertThat(result.draft().text()).isEqualTo(SAMPLE + "\n" + SAMPLE);
    }

    @Test
    void htmlFileAndHtmlString() throws Exception {
        Path file = Files.writeString(dir.resolve("u.html"), page());
        assertThat(importer.importFile(file).draft().title()).isEqualTo(TITLE);
        assertThat(importer.importFile(file).draft().text()).isEqualTo(SAMPLE + "\n" + SAMPLE);
        assertThat(importer.importHtml(page(), null).draft().text()).isEqualTo(SAMPLE + "\n" + SAMPLE);
    }

    @Test
    void htmlEntitiesBecomeTheSameCharacters() throws ImportException {
        String html = "<html><head><title>t</title></head><body><article><p>“Entities” &ldquo;a&rdquo; &lsquo;b&rsquo;"
                + " 10&nbsp;km &ndash; &mdash; &#x1F600; &#128077;&#127998;</p><p>" + "Filler sentence for length. ".repeat(10)
                + "</p></article></body></html>";
        assertThat(importer.importHtml(html, null).draft().text())
                .startsWith("“Entities” “a” ‘b’ 10\u00A0km – — 😀 👍🏾\n");
    }

    @Test
    void webPage() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = page().getBytes(StandardCharsets.UTF_8);
        server.createContext("/u", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            ImportResult result = importer.importUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/u"));
            assertThat(result.draft().title()).isEqualTo(TITLE);
            assertThat(result.draft().text()).isEqualTo(SAMPLE + "\n" + SAMPLE);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void utf16FileKeepsAstralCharacters() throws IOException, ImportException {
        byte[] text = (TITLE + "\n" + SAMPLE).getBytes(StandardCharsets.UTF_16);
        Path file = Files.write(dir.resolve("u16.txt"), text);
        assertThat(importer.importFile(file).draft().text()).isEqualTo(SAMPLE);
    }

    private static String page() {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + TITLE + " | Outlet</title></head><body>"
                + "<article><h1>" + TITLE + "</h1><p>" + SAMPLE + "</p>\n<p>\n  " + SAMPLE + "\n</p></article></body></html>";
    }
}
