package dev.margin.export;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimStatus;

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
 * and the numbered notes beside the text (below it on narrow screens and in print), under a legend of
 * the marks and verdict colours. The colours are {@link Palette}'s, the window's own. No script and
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
        writer.write("<meta name=\"generator\" content=\"" + Html.escape(generator(bundle.info())) + "\">\n");
        writer.write("<title>" + Html.escape(title) + "</title>\n<style>\n" + paletteVariables() + STYLESHEET + "</style>\n</head>\n<body>\n");
        writer.write(legend());
        HtmlArticleWriter articles = new HtmlArticleWriter(bundle.actorsById(), writer);
        int number = 1;
        Map<Long, Article> articlesById = bundle.articlesById();
        for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
            Article article = articlesById.get(entry.getKey());
            articles.write(article, entry.getValue(), "a" + number++);
        }
        writer.write("<footer>Exported by " + Html.escape(generator(bundle.info())) + " on <time datetime=\""
                + Timestamps.iso(bundle.info().exportedAt()) + "\">" + Timestamps.forPeople(bundle.info().exportedAt())
                + "</time></footer>\n</body>\n</html>\n");
        writer.flush();
        out.flush();
    }

    /** "Margin 0.1.0": the application and its version, as the page's generator and footer name it. */
    static String generator(ExportInfo info) {
        return (info.generatorName() + " " + info.generatorVersion()).strip();
    }

    /** The palette as CSS variables ({@code --m-quote-bg}, …), which the stylesheet's marks, notes and verdicts use. */
    static String paletteVariables() {
        StringBuilder css = new StringBuilder(":root {");
        for (Palette colour : Palette.values()) {
            css.append(" --m-").append(colour.cssName()).append(": ").append(colour.light()).append(';');
        }
        return css.append(" }\n").toString();
    }

    /** What each look means: the four kinds, drawn as the text's marks are, then the verdict colours. */
    private static String legend() {
        StringBuilder html = new StringBuilder("<div class=\"legend\" id=\"legend\">\n<p><span class=\"label\">Marks:</span>");
        for (AnnotationKind kind : List.of(AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT)) {
            html.append(" <span class=\"swatch\"><mark class=\"m m-").append(Labels.of(kind)).append("\">")
                    .append(Labels.of(kind)).append("</mark></span>");
        }
        html.append("</p>\n<p><span class=\"label\">Verdicts:</span>");
        for (ClaimStatus status : ClaimStatus.values()) {
            html.append(" <span class=\"swatch status status-").append(Labels.of(status)).append("\">")
                    .append(Labels.title(status)).append("</span>");
        }
        return html.append("</p>\n</div>\n").toString();
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
