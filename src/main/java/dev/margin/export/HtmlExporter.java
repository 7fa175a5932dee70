package dev.margin.export;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A standalone HTML page: every article with its annotations marked in the text, coloured by kind,
 * and the numbered notes beside the text (below it on narrow screens and in print). No script and
 * no external resource: the stylesheet is inline, so the file opens anywhere and offline.
 * Everything from the user or the article is escaped; only http(s) URLs become links.
 */
public final class HtmlExporter implements Exporter {
    private static final String STYLESHEET = loadStylesheet();

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void write(ExportBundle bundle, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new UnclosableOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
        String title = bundle.articles().size() == 1 ? bundle.articles().get(0).displayTitle()
                : "Margin export: " + bundle.articles().size() + " articles";
        String language = bundle.articles().size() == 1 && !bundle.articles().get(0).language().isBlank()
                ? bundle.articles().get(0).language() : "und";
        writer.write("<!DOCTYPE html>\n<html lang=\"" + Html.escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.write("<meta name=\"generator\" content=\"" + Html.escape(bundle.info().generator()) + "\">\n");
        writer.write("<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLESHEET + "</style>\n</head>\n<body>\n");
        writer.write("<p class=\"legend\">Marks: <span class=\"m m-highlight\">highlight</span> <span class=\"m m-quote\">quote</span> "
                + "<span class=\"m m-actor\">actor</span> <span class=\"m m-claim\">claim</span></p>\n");
        HtmlArticleWriter articles = new HtmlArticleWriter(bundle.actorsById(), writer);
        int number = 1;
        for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
            Article article = bundle.article(entry.getKey()).orElseThrow();
            articles.write(article, entry.getValue(), "a" + number++);
        }
        writer.write("<footer>Exported by " + Html.escape(bundle.info().generator()) + " on "
                + Html.escape(ExportInfo.readable(bundle.info().exportedAt())) + "</footer>\n</body>\n</html>\n");
        writer.flush();
        out.flush();
    }

    private static String loadStylesheet() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("export.css")) {
            if (in == null) {
                throw new IllegalStateException("export.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read export.css", e);
        }
    }
}
