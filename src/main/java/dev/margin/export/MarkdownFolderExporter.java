package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One Markdown note per article into a folder (an Obsidian vault, say): files named
 * {@link FileNames#forArticle} ({@code wirenews-2026-11-20-rail-link-to-open-in-march.md}), made unique against each other and against files already in the
 * folder, so an export never overwrites an unrelated note. A note this exporter wrote earlier for
 * the same article (its front matter names the article id) is replaced, so exporting again
 * updates the vault instead of filling it with copies. With wiki-links, every actor gets a note too
 * ({@link ActorNotes}), so no [[link]] points nowhere. Each file is written atomically.
 */
public final class MarkdownFolderExporter {
    private final boolean wikiLinks;
    private final ProtectedFiles protectedFiles;

    /** @param protectedFiles files no note may replace (the library and its companions) */
    public MarkdownFolderExporter(boolean wikiLinks, ProtectedFiles protectedFiles) {
        this.wikiLinks = wikiLinks;
        this.protectedFiles = protectedFiles;
    }

    /**
     * Writes the notes and returns the files written: the article notes in article order, then (with
     * wiki-links) the note of every actor of the bundle, in {@value ActorNotes#FOLDER}/, so that every
     * [[link]] in the article notes opens a note.
     */
    public List<Path> write(ExportBundle bundle, Path folder) throws IOException {
        Files.createDirectories(folder);
        Set<String> taken = FileNames.newTakenSet();
        try (var existing = Files.list(folder)) {
            existing.forEach(p -> taken.add(p.getFileName().toString().toLowerCase(Locale.ROOT)));
        }
        ActorNotes actorNotes = wikiLinks ? new ActorNotes(bundle.actors(), folder) : null;
        MarkdownNoteWriter notes = new MarkdownNoteWriter(bundle.actorsById(), actorNotes);
        List<Path> written = new ArrayList<>();
        Map<Article, List<Annotation>> byArticle = new LinkedHashMap<>();
        Map<Article, String> noteNames = new HashMap<>();
        Map<Long, Article> articlesById = bundle.articlesById();
        for (Map.Entry<Long, List<Annotation>> entry : bundle.annotationsByArticle().entrySet()) {
            Article article = articlesById.get(entry.getKey());
            Path file = chooseFile(folder, FileNames.forArticle(article, "md"), article, taken);
            AtomicFileWriter.write(file, protectedFiles, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                notes.write(article, bundle.assessmentOf(article.id()), entry.getValue(), writer);
                writer.flush();
            });
            written.add(file);
            byArticle.put(article, entry.getValue());
            String fileName = file.getFileName().toString();
            noteNames.put(article, fileName.substring(0, fileName.length() - ".md".length()));
        }
        if (actorNotes != null) {
            written.addAll(writeActorNotes(bundle, folder, actorNotes, byArticle, noteNames));
        }
        return written;
    }

    private List<Path> writeActorNotes(ExportBundle bundle, Path folder, ActorNotes actorNotes, Map<Article, List<Annotation>> byArticle,
                                       Map<Article, String> noteNames) throws IOException {
        if (bundle.actors().isEmpty()) {
            return List.of();
        }
        Files.createDirectories(folder.resolve(ActorNotes.FOLDER));
        Map<Long, Map<String, EnumMap<AnnotationKind, Integer>>> appearances = ActorNotes.appearances(byArticle, noteNames);
        Map<String, String> titles = new HashMap<>();
        noteNames.forEach((article, name) -> titles.put(name, article.displayTitle()));
        AnnotationText text = new AnnotationText(bundle.actorsById());
        List<Path> written = new ArrayList<>();
        for (Actor actor : bundle.actors()) {
            Path file = actorNotes.file(folder, actor.id());
            AtomicFileWriter.write(file, protectedFiles, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                actorNotes.write(actor, appearances.getOrDefault(actor.id(), Map.of()), titles, text, writer);
                writer.flush();
            });
            written.add(file);
        }
        return written;
    }

    /** The first of name, name-2, name-3, ... that is this article's earlier note or not yet taken. */
    private static Path chooseFile(Path folder, String preferred, Article article, Set<String> taken) throws IOException {
        String stem = preferred.substring(0, preferred.length() - ".md".length());
        for (int n = 1; ; n++) {
            String name = n == 1 ? preferred : stem + "-" + n + ".md";
            String key = name.toLowerCase(Locale.ROOT);
            boolean ours = isEarlierNoteOf(folder.resolve(name), article);
            if (ours || !taken.contains(key)) {
                taken.add(key);
                return folder.resolve(name);
            }
        }
    }

    private static boolean isEarlierNoteOf(Path file, Article article) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String marker = "margin-article-id: " + article.id();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(40).anyMatch(marker::equals);
        } catch (UncheckedIOException notUtf8) {
            return false;
        }
    }
}
