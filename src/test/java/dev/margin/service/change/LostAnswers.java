package dev.margin.service.change;

import dev.margin.store.ActorDao;
import dev.margin.store.AnnotationDao;
import dev.margin.store.ArticleDao;
import dev.margin.store.LibraryChanges;
import dev.margin.store.LibraryFiles;
import dev.margin.store.ProvenanceDao;
import dev.margin.store.RejectedSuggestionDao;
import dev.margin.store.ReviewDao;
import dev.margin.store.SearchDao;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.store.TagDao;

import java.nio.file.Path;
import java.util.function.Supplier;

/** The real store, whose next outermost transaction can commit and then throw, or throw before it commits. */
final class LostAnswers implements Store {
    private final Store real;
    private int depth;
    private boolean loseAnswer;
    private boolean failCommit;

    LostAnswers(Store real) {
        this.real = real;
    }

    void loseNextAnswer() {
        loseAnswer = true;
    }

    void failNextCommit() {
        failCommit = true;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        depth++;
        try {
            if (depth > 1) {
                return real.inTransaction(work);
            }
            T result = real.inTransaction(() -> {
                T done = work.get();
                if (failCommit) {
                    failCommit = false;
                    throw new StoreException("The connection was lost before the commit.");
                }
                return done;
            });
            if (loseAnswer) {
                loseAnswer = false;
                throw new StoreException("The connection was lost; the commit's answer never came.");
            }
            return result;
        } finally {
            depth--;
        }
    }

    @Override public ArticleDao articles() { return real.articles(); }
    @Override public AnnotationDao annotations() { return real.annotations(); }
    @Override public ActorDao actors() { return real.actors(); }
    @Override public TagDao tags() { return real.tags(); }
    @Override public SearchDao search() { return real.search(); }
    @Override public ReviewDao review() { return real.review(); }
    @Override public RejectedSuggestionDao rejectedSuggestions() { return real.rejectedSuggestions(); }
    @Override public ProvenanceDao provenance() { return real.provenance(); }
    @Override public Path file() { return real.file(); }
    @Override public LibraryFiles libraryFiles() { return real.libraryFiles(); }
    @Override public LibraryChanges libraryChanges() { return real.libraryChanges(); }
    @Override public String integrityCheck() { return real.integrityCheck(); }
    @Override public void close() { real.close(); }
}
