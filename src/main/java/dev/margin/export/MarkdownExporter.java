package dev.margin.export;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Markdown notes, one per article, into one stream: for a single article that is one note with
 * YAML front matter; for several, the notes follow each other, each with its own front matter
 * block (the shape Obsidian's "split note" plugins understand). {@link MarkdownFolderExporter}
 * writes one file per article instead.
 */
public final class MarkdownExporter implements Exporter {
    private final boolean wikiLinks;

    /** @param wikiLinks write actors as [[wiki-links]] (Obsidian) rather than bold names */
    public MarkdownExporter(boolean wikiLinks) {
        this.wikiLinks = wikiLinks;
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void write(ExportBundle bundle, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new UnclosableOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
        MarkdownNoteWriter notes = new MarkdownNoteWriter(bundle.actorsById(), wikiLinks ? new ActorNotes(bundle.actors()) : null);
        boolean first = true;
        Map<Long, Article> articlesById = bundle.articlesById();
        for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
            Article article = articlesById.get(entry.getKey());
            if (!first) {
                writer.write("\n");
            }
            notes.write(article, bundle.assessmentOf(article.id()), entry.getValue(), writer);
            first = false;
        }
        writer.flush();
        out.flush();
    }
}
