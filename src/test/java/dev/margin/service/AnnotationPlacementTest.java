package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.Span;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one placing rule, seen from the three places that use it: a re-import that makes a revision, a JSON-LD restore
 * onto a library that already has the newer text, and a re-attach by hand. The first two must store the same
 * placement for the same annotations and texts.
 */
class AnnotationPlacementTest {
    private static final String TEXT = StoreFixtures.RAIL_TEXT;
    private static final String UPDATED = TEXT
            .replace("Rail plan faces first test in parliament\n", "Rail plan faces first test in parliament\n(Updated)\n")
            .replace("declined to comment on the cost.", "said the cost would be met from the 2027 budget.");

    @TempDir
    Path dir;

    @Test
    void aRevisionAndARestoreOntoTheNewerTextPlaceEveryAnnotationAlike() throws IOException {
        TickingClock clock = new TickingClock(Instant.parse("2026-03-05T10:00:00Z"));
        Path exported = dir.resolve("before.jsonld");
        List<Annotation> revised;
        try (SqliteStore library = SqliteStore.open(dir.resolve("revised.db"))) {
            Article article = new LibraryService(library, clock).importDraft(rail(TEXT)).article();
            Actor okafor = library.actors().insert(StoreFixtures.okafor());
            Annotation quote = StoreFixtures.quote(article.id(), okafor.id());
            library.annotations().insertAll(List.of(quote, StoreFixtures.claim(article.id(), okafor.id(), quote.id()),
                    StoreFixtures.mention(article.id(), okafor.id()), StoreFixtures.highlight(article.id(), "declined to comment"),
                    StoreFixtures.highlight(article.id(), "the")));
            new ExportService(library, clock, "0.1.0", "").export(new ExportScope.Everything(), ExportFormat.JSONLD, exported,
                    ExportProgress.NONE, new Cancellation());
            new LibraryService(library, clock).importDraft(rail(UPDATED));
            revised = library.annotations().forArticle(article.id());
        }
        List<Annotation> restored;
        try (SqliteStore library = SqliteStore.open(dir.resolve("restored.db"))) {
            Article article = new LibraryService(library, clock).importDraft(rail(UPDATED)).article();
            new RestoreService(library, clock).restore(exported);
            restored = library.annotations().forArticle(article.id());
        }

        assertThat(placements(restored)).isEqualTo(placements(revised));
        assertThat(revised).extracting(Annotation::anchorState).contains(AnchorState.MOVED, AnchorState.ORPHANED);
        Annotation quote = revised.stream().filter(a -> a.quote() != null).findFirst().orElseThrow();
        Span speaker = quote.quote().speakerSpan();
        assertThat(UPDATED.substring(speaker.start(), speaker.end())).isEqualTo("Adaeze Okafor");
    }

    /** What a placement decides, without the ids a library gives: state, offsets, words and the quote's spans. */
    private static List<String> placements(List<Annotation> annotations) {
        Function<Annotation, String> placement = a -> a.exact() + " " + a.anchorState() + " [" + a.start() + ", " + a.end() + ") "
                + (a.anchorState() == AnchorState.ORPHANED ? "on an older text" : "on the current text")
                + (a.quote() == null ? "" : " speaker " + a.quote().speakerSpan() + " cue " + a.quote().cueSpan());
        return annotations.stream().sorted(Comparator.comparing(Annotation::exact)).map(placement).toList();
    }

    @Test
    void reattachingAQuoteMadeOnAnOlderTextKeepsItsSpeakerWhereItsWordsAreFoundAgain() {
        TickingClock clock = new TickingClock(Instant.parse("2026-03-05T10:00:00Z"));
        try (SqliteStore library = SqliteStore.open(dir.resolve("reattach.db"))) {
            LibraryService service = new LibraryService(library, clock);
            Article article = service.importDraft(rail(TEXT)).article();
            Annotation quote = StoreFixtures.quote(article.id(), library.actors().insert(StoreFixtures.okafor()).id());
            library.annotations().insert(quote);
            String rewritten = UPDATED.replace("“We are not going to wait for the next budget cycle,”", "“We will not wait,”");
            service.importDraft(rail(rewritten));
            assertThat(library.annotations().find(quote.id()).orElseThrow().anchorState()).isEqualTo(AnchorState.ORPHANED);

            int start = rewritten.indexOf("We will not wait");
            Annotation attached = service.reattach(quote.id(), start, start + "We will not wait".length());

            assertThat(attached.anchorState()).isEqualTo(AnchorState.OK);
            Span speaker = attached.quote().speakerSpan();
            assertThat(rewritten.substring(speaker.start(), speaker.end())).isEqualTo("Adaeze Okafor");
            Span cue = attached.quote().cueSpan();
            assertThat(rewritten.substring(cue.start(), cue.end())).isEqualTo("told");
        }
    }

    private static ArticleDraft rail(String text) {
        ArticleDraft draft = StoreFixtures.railDraft();
        return new ArticleDraft(draft.title(), draft.byline(), draft.outlet(), draft.url(), draft.publishedDate(), draft.language(),
                text, draft.headings());
    }
}
