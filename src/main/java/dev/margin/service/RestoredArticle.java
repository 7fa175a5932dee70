package dev.margin.service;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ContentHash;
import dev.margin.export.JsonLdFormatException;
import dev.margin.export.RevisionText;
import dev.margin.service.AnnotationPlacement.Revision;
import dev.margin.store.ArticleRevision;
import dev.margin.store.Store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One article of a JSON-LD file and its counterpart in the library, while {@link RestoreService} places the file's
 * annotations on it. The file's content hash is not trusted: the article is matched by URL, then by the hash of the
 * text the file actually holds, and each text of the file is paired with the library revision holding the same text.
 *
 * <p>Every annotation is placed by {@link AnnotationPlacement} on the library's current text. The file's offsets count
 * only where the annotation's words (with their context) stand at them in the file's text of the revision it names;
 * then that is the text it was made on. An annotation left orphaned keeps its offsets, so it must name a library
 * revision whose text holds its words there: the library's own revision with that text, or, when the library lacks
 * it, the file's text kept as a revision ({@link #keepTexts}). An orphan whose words stand in no text of the file or
 * the library has no place at all, and the restore is refused naming it.
 */
final class RestoredArticle {
    private final Store store;
    private final Article fileArticle;
    private final Map<Integer, Revision> fileTexts = new HashMap<>();
    /** The file's revision numbers of texts the library holds, to the library's revision holding the same text. */
    private final Map<Integer, Integer> libraryRevisionOf = new HashMap<>();
    private final List<Revision> libraryTexts = new ArrayList<>();
    private final boolean added;
    private Article library;
    private Revision current;
    /** The file's texts the library lacks that orphans need, by hash, and the orphans waiting for their number. */
    private final Map<String, Revision> textsToKeep = new LinkedHashMap<>();
    private final Map<Annotation, String> waitingForText = new LinkedHashMap<>();
    private final List<Annotation> placed = new ArrayList<>();
    private int reanchored;
    private int textsKept;

    private RestoredArticle(Store store, Article fileArticle, List<RevisionText> olderRevisions, boolean added) {
        this.store = store;
        this.fileArticle = fileArticle;
        this.added = added;
        olderRevisions.forEach(r -> fileTexts.put(r.revision(), new Revision(r.revision(), r.text())));
        fileTexts.put(fileArticle.revision(), new Revision(fileArticle.revision(), fileArticle.text()));
    }

    /**
     * The library's article for {@code fileArticle}: matched by URL, then by its text's hash (computed here), or else
     * added with the file's older revisions first, so that every text its orphans point into is there too.
     */
    static RestoredArticle restore(Store store, Article fileArticle, List<RevisionText> olderRevisions) {
        String hash = ContentHash.of(fileArticle.text());
        Optional<Article> existing = fileArticle.url() == null ? Optional.empty() : store.articles().findByUrl(fileArticle.url());
        if (existing.isEmpty()) {
            existing = store.articles().findByContentHash(hash);
        }
        RestoredArticle restored = new RestoredArticle(store, fileArticle, olderRevisions, existing.isEmpty());
        if (existing.isPresent()) {
            restored.matched(existing.get());
        } else {
            restored.insert(olderRevisions);
        }
        return restored;
    }

    private void matched(Article found) {
        library = found;
        Map<String, Integer> libraryRevisionByHash = new HashMap<>();
        for (ArticleRevision revision : store.articles().revisions(found.id())) {
            // later revisions win: the same text twice in a history is best found at its newest number
            libraryRevisionByHash.put(revision.contentHash(), revision.revision());
            libraryTexts.add(new Revision(revision.revision(), revision.text()));
        }
        current = new Revision(found.revision(), found.text());
        fileTexts.forEach((number, text) -> {
            Integer same = libraryRevisionByHash.get(text.hash());
            if (same != null) {
                libraryRevisionOf.put(number, same);
            }
        });
    }

    private void insert(List<RevisionText> olderRevisions) {
        Article stored = null;
        for (RevisionText revision : olderRevisions.stream().sorted(Comparator.comparingInt(RevisionText::revision)).toList()) {
            ArticleDraft draft = draft(fileArticle, revision.text(), fileArticle.headings());
            stored = stored == null ? store.articles().insert(draft, fileArticle.importedAt())
                    : store.articles().saveRevision(stored.id(), draft, fileArticle.importedAt());
            libraryRevisionOf.put(revision.revision(), stored.revision());
            libraryTexts.add(fileTexts.get(revision.revision()).numbered(stored.revision()));
        }
        ArticleDraft draft = draft(fileArticle, fileArticle.text(), fileArticle.headings());
        library = stored == null ? store.articles().insert(draft, fileArticle.importedAt())
                : store.articles().saveRevision(stored.id(), draft, fileArticle.importedAt());
        libraryRevisionOf.put(fileArticle.revision(), library.revision());
        current = fileTexts.get(fileArticle.revision()).numbered(library.revision());
        libraryTexts.add(current);
    }

    private static ArticleDraft draft(Article article, String text, List<Integer> headings) {
        return new ArticleDraft(article.title(), article.byline(), article.outlet(), article.url(), article.publishedDate(),
                article.language(), text, headings, article.publishedTime());
    }

    boolean added() {
        return added;
    }

    long libraryId() {
        return library.id();
    }

    /** Annotations placed on another text than the one they name in the file (the library's, or found elsewhere). */
    int reanchored() {
        return reanchored;
    }

    /**
     * Places the file's annotation (ids already the library's, revision still the file's) on the library's current
     * text; an orphan that needs a text the library lacks waits for {@link #finish} to keep that text.
     */
    void place(Annotation annotation) {
        Revision named = fileTexts.get(annotation.revision());
        boolean standsInNamed = named.holds(annotation.anchor());
        Integer libraryRevision = standsInNamed ? libraryRevisionOf.get(annotation.revision()) : null;
        if (libraryRevision == null) {
            reanchored++;
        }
        Annotation placed = AnnotationPlacement.place(annotation, standsInNamed ? named : null, current, annotation.modified());
        if (placed.anchorState() != AnchorState.ORPHANED) {
            this.placed.add(placed);
        } else if (libraryRevision != null) {
            this.placed.add(renumbered(placed, libraryRevision));
        } else {
            Optional<Revision> inLibrary = libraryTexts.stream().filter(text -> text.holds(placed.anchor())).findFirst();
            if (inLibrary.isPresent()) {
                this.placed.add(renumbered(placed, inLibrary.get().number()));
                return;
            }
            Revision home = standsInNamed ? named : fileTexts.values().stream().filter(text -> text.holds(placed.anchor()))
                    .findFirst().orElseThrow(() -> homeless(annotation, named));
            textsToKeep.putIfAbsent(home.hash(), home);
            waitingForText.put(placed, home.hash());
        }
    }

    private static Annotation renumbered(Annotation orphan, int revision) {
        return orphan.reanchored(revision, orphan.anchor(), AnchorState.ORPHANED, orphan.modified());
    }

    private JsonLdFormatException homeless(Annotation annotation, Revision named) {
        return new JsonLdFormatException("annotation urn:uuid:" + annotation.id() + " on \u201c" + fileArticle.displayTitle()
                + "\u201d: its words \u201c" + excerpt(annotation.exact()) + "\u201d stand neither at its offsets in revision "
                + named.number() + " of the file's text nor in any text of the article in the file or the library, so they"
                + " cannot be kept even as an orphan. The file was edited, or written by a Margin that mis-placed orphans;"
                + " remove that annotation from the file, or re-attach it in the library it came from and export again");
    }

    private static String excerpt(String words) {
        return words.length() <= 60 ? words : words.substring(0, 59) + "\u2026";
    }

    /**
     * The annotations placed, ready to insert. When orphans need texts the library lacks, these are kept first as
     * revisions of the library's article, and the library's current text is stored again as the newest revision, so
     * the article reads as before; the annotations on the old current revision (the library's and this restore's) move
     * to the new number unchanged.
     */
    List<Annotation> finish(Instant now) {
        if (textsToKeep.isEmpty()) {
            return placed;
        }
        Map<String, Integer> keptAs = new HashMap<>();
        Instant keptAt = fileArticle.importedAt() == null ? now : fileArticle.importedAt();
        for (Map.Entry<String, Revision> text : textsToKeep.entrySet()) {
            Article kept = store.articles().saveRevision(library.id(), draft(library, text.getValue().text(), List.of()), keptAt);
            keptAs.put(text.getKey(), kept.revision());
        }
        Instant currentImportedAt = store.articles().revisions(library.id()).stream()
                .filter(r -> r.revision() == library.revision()).map(ArticleRevision::importedAt).findFirst().orElse(now);
        Article again = store.articles().saveRevision(library.id(), draft(library, library.text(), library.headings()), currentImportedAt);
        Revision newCurrent = current.numbered(again.revision());
        for (Annotation existing : store.annotations().forArticle(library.id())) {
            if (existing.revision() == current.number()) {
                store.annotations().update(AnnotationPlacement.place(existing, current, newCurrent, existing.modified()));
            }
        }
        List<Annotation> all = new ArrayList<>();
        for (Annotation annotation : placed) {
            all.add(annotation.revision() == current.number()
                    ? AnnotationPlacement.place(annotation, current, newCurrent, annotation.modified()) : annotation);
        }
        waitingForText.forEach((orphan, hash) -> all.add(renumbered(orphan, keptAs.get(hash))));
        textsKept = textsToKeep.size();
        library = again;
        current = newCurrent;
        textsToKeep.clear();
        waitingForText.clear();
        placed.clear();
        return all;
    }

    /** How many of the file's texts were kept as revisions for orphans that point into them. */
    int textsKept() {
        return textsKept;
    }
}
