package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.export.AnnotationActors;
import dev.margin.export.AtomicFileWriter;
import dev.margin.export.ExportBundle;
import dev.margin.export.ExportInfo;
import dev.margin.export.MarkdownFolderExporter;
import dev.margin.export.ProtectedFiles;
import dev.margin.export.RevisionText;
import dev.margin.store.Store;
import dev.margin.store.StoreException;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Exports part or all of the library: builds an {@link ExportBundle} for a scope in one read
 * transaction, then writes it in a format through {@link AtomicFileWriter}, so a failed or
 * cancelled export leaves any earlier file at the target untouched.
 */
public final class ExportService {
    private final Store store;
    private final Clock clock;
    private final String version;
    private final String creator;

    /**
     * @param version the application version, written as the generator's version
     * @param creator the user's name for the W3C "creator", or empty
     */
    public ExportService(Store store, Clock clock, String version, String creator) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.version = Objects.requireNonNull(version, "version");
        this.creator = Objects.requireNonNull(creator, "creator");
    }

    /** What an export wrote. */
    public record ExportResult(List<Path> files, int articles, int annotations, int actors) {
    }

    /**
     * Exports {@code scope} as {@code format} to {@code target} (a file, or a folder for
     * {@link ExportFormat#MARKDOWN_FOLDER}). Throws CancellationException when cancelled, IOException
     * naming the file when it cannot be written, StoreException when the library cannot be read or
     * names an article or annotation that is not there.
     */
    public ExportResult export(ExportScope scope, ExportFormat format, Path target, ExportProgress progress, Cancellation cancellation)
            throws IOException {
        return export(scope, format, ExportOptions.DEFAULT, target, progress, cancellation);
    }

    /**
     * Exports as {@link #export(ExportScope, ExportFormat, Path, ExportProgress, Cancellation)} does, with
     * {@code options} (the PDF's article text, the ClaimReview's reviewing organisation). Throws
     * IllegalArgumentException, before anything is read or written, when the reviewer's addresses are not web addresses.
     */
    public ExportResult export(ExportScope scope, ExportFormat format, ExportOptions options, Path target, ExportProgress progress,
                               Cancellation cancellation) throws IOException {
        Objects.requireNonNull(options, "options");
        if (format == ExportFormat.CLAIMREVIEW && !options.reviewer().problem().isEmpty()) {
            throw new IllegalArgumentException("Cannot export ClaimReview: " + options.reviewer().problem() + ".");
        }
        ExportBundle bundle = bundle(scope, progress, cancellation);
        cancellation.check();
        List<Path> files;
        ProtectedFiles library = BackupService.protectedFilesOf(store);
        if (format.writesFolder()) {
            files = new MarkdownFolderExporter(true, library).write(bundle, target);
        } else {
            AtomicFileWriter.write(target, library, out -> format.exporter(options).write(bundle, new WatchedStream(out, progress, cancellation)));
            files = List.of(target.toAbsolutePath().normalize());
        }
        return new ExportResult(files, bundle.articles().size(), bundle.annotations().size(), bundle.actors().size());
    }

    /** The ids of every annotation {@code filter} matches, in the review's default order: what "Export these…" exports. */
    public List<UUID> annotationIds(AnnotationFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return store.inTransaction(() -> {
            int count = store.review().count(filter);
            return count == 0 ? List.<UUID>of()
                    : store.review().rows(filter, ReviewOrder.byDefault(), 0, count).stream().map(ReviewRow::annotationId).toList();
        });
    }

    /** The bundle of a scope: its articles, annotations, the actors they name (with parents) and older revision texts needed. */
    public ExportBundle bundle(ExportScope scope, ExportProgress progress, Cancellation cancellation) {
        return store.inTransaction(() -> {
            Map<Long, List<Annotation>> byArticle = selectAnnotations(scope, progress, cancellation);
            List<Article> articles = new ArrayList<>();
            List<Annotation> annotations = new ArrayList<>();
            List<RevisionText> olderRevisions = new ArrayList<>();
            Map<Long, ArticleAssessment> assessments = new HashMap<>();
            int done = 0;
            for (Map.Entry<Long, List<Annotation>> entry : byArticle.entrySet()) {
                cancellation.check();
                Article article = store.articles().find(entry.getKey())
                        .orElseThrow(() -> new StoreException("There is no article " + entry.getKey() + " in " + store.file() + " to export."));
                articles.add(article);
                ArticleAssessment assessment = store.articles().assessment(article.id());
                if (!assessment.isEmpty()) {
                    assessments.put(article.id(), assessment);
                }
                annotations.addAll(entry.getValue());
                entry.getValue().stream().map(Annotation::revision).filter(r -> r != article.revision()).distinct().sorted()
                        .forEach(r -> olderRevisions.add(new RevisionText(article.id(), r, store.articles().revisionText(article.id(), r)
                                .orElseThrow(() -> new StoreException("Revision " + r + " of article " + article.id() + " is missing from "
                                        + store.file() + "; an orphaned annotation still points into it.")))));
                progress.update(ExportProgress.Stage.READING, ++done, byArticle.size());
            }
            List<Actor> actors = actorsFor(annotations, scope instanceof ExportScope.Everything);
            return new ExportBundle(articles, actors, annotations, olderRevisions, new ExportInfo("Margin", version, creator, clock.instant()),
                    assessments);
        });
    }

    private Map<Long, List<Annotation>> selectAnnotations(ExportScope scope, ExportProgress progress, Cancellation cancellation) {
        Map<Long, List<Annotation>> byArticle = new LinkedHashMap<>();
        List<Long> articleIds;
        if (scope instanceof ExportScope.OneArticle one) {
            articleIds = List.of(one.articleId());
        } else if (scope instanceof ExportScope.Articles some) {
            articleIds = some.articleIds();
        } else if (scope instanceof ExportScope.Everything) {
            // Oldest import first, so an export reads in the order the library grew.
            articleIds = store.articles().listSummaries().stream().map(ArticleSummary::id).sorted().toList();
        } else {
            articleIds = List.of();
        }
        for (long articleId : new LinkedHashSet<>(articleIds)) {
            cancellation.check();
            byArticle.put(articleId, store.annotations().forArticle(articleId));
        }
        if (scope instanceof ExportScope.Annotations chosen) {
            for (UUID id : new LinkedHashSet<>(chosen.annotationIds())) {
                cancellation.check();
                Annotation annotation = store.annotations().find(id)
                        .orElseThrow(() -> new StoreException("There is no annotation " + id + " in " + store.file() + " to export."));
                byArticle.computeIfAbsent(annotation.articleId(), k -> new ArrayList<>()).add(annotation);
            }
        }
        progress.update(ExportProgress.Stage.READING, 0, byArticle.size());
        return byArticle;
    }

    /** The actors the annotations name, and their parents; every actor of the library for a whole-library export. */
    private List<Actor> actorsFor(List<Annotation> annotations, boolean everyActor) {
        Map<Long, Actor> actors = new LinkedHashMap<>();
        if (everyActor) {
            store.actors().list().forEach(actor -> actors.put(actor.id(), actor));
        }
        Deque<Long> wanted = new ArrayDeque<>();
        annotations.forEach(a -> wanted.addAll(AnnotationActors.named(a)));
        actors.values().forEach(actor -> {
            if (actor.parentId() != null) {
                wanted.add(actor.parentId());
            }
        });
        Set<Long> seen = new LinkedHashSet<>(actors.keySet());
        while (!wanted.isEmpty()) {
            long id = wanted.pop();
            if (!seen.add(id)) {
                continue;
            }
            Actor actor = store.actors().find(id)
                    .orElseThrow(() -> new StoreException("Actor " + id + " is named by an annotation but missing from " + store.file() + "."));
            actors.put(id, actor);
            if (actor.parentId() != null) {
                wanted.add(actor.parentId());
            }
        }
        return List.copyOf(actors.values());
    }

    /** Counts bytes for the progress callback and stops the write when the export is cancelled. */
    private static final class WatchedStream extends FilterOutputStream {
        private static final long REPORT_EVERY = 1 << 20;
        private final ExportProgress progress;
        private final Cancellation cancellation;
        private long written;
        private long nextReport = REPORT_EVERY;

        WatchedStream(OutputStream out, ExportProgress progress, Cancellation cancellation) {
            super(out);
            this.progress = progress;
            this.cancellation = cancellation;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count(length);
        }

        private void count(int bytes) {
            written += bytes;
            if (written >= nextReport) {
                nextReport = written + REPORT_EVERY;
                cancellation.check();
                progress.update(ExportProgress.Stage.WRITING, written, -1);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
