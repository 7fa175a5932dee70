package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.export.ExportBundle;
import dev.margin.export.JsonLdFormatException;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestoreServiceTest {
    @TempDir
    Path dir;
    private SqliteStore original;
    private ExportLibraryFixture fixture;
    private Path exported;

    @BeforeEach
    void exportALibrary() throws IOException {
        original = SqliteStore.open(dir.resolve("original.db"));
        fixture = new ExportLibraryFixture(original);
        exported = dir.resolve("library.jsonld");
        exportService(original).export(new ExportScope.Everything(), ExportFormat.JSONLD, exported, ExportProgress.NONE, new Cancellation());
    }

    @AfterEach
    void close() {
        original.close();
    }

    @Test
    void intoAnEmptyLibraryEverythingComesBackAsItWas() throws IOException {
        Annotation orphan = original.annotations().find(fixture.orphan.id()).orElseThrow();
        assertThat(orphan.anchorState()).isEqualTo(AnchorState.ORPHANED);
        assertThat(orphan.revision()).isLessThan(fixture.rail.revision());

        try (SqliteStore empty = SqliteStore.open(dir.resolve("empty.db"))) {
            RestoreService.RestoreReport report = new RestoreService(empty).restore(exported);

            assertThat(report.articlesAdded()).isEqualTo(3);
            assertThat(report.actorsAdded()).isEqualTo(2);
            assertThat(report.annotationsAdded()).isEqualTo(original.annotations().count());
            LibraryComparison expected = LibraryComparison.of(everything(original));
            assertThat(expected.olderRevisions()).hasSize(1);
            assertThat(expected.annotations()).hasSize(8);
            assertThat(LibraryComparison.of(everything(empty))).isEqualTo(expected);
        }
    }

    @Test
    void restoringAgainDuplicatesNothing() throws IOException {
        try (SqliteStore copy = SqliteStore.open(dir.resolve("copy.db"))) {
            RestoreService restore = new RestoreService(copy);
            restore.restore(exported);
            LibraryComparison once = LibraryComparison.of(everything(copy));

            RestoreService.RestoreReport again = restore.restore(exported);

            assertThat(again.articlesAdded()).isZero();
            assertThat(again.articlesMatched()).isEqualTo(3);
            assertThat(again.actorsAdded()).isZero();
            assertThat(again.annotationsAdded()).isZero();
            assertThat(again.annotationsAlreadyPresent()).isEqualTo(copy.annotations().count());
            assertThat(LibraryComparison.of(everything(copy))).isEqualTo(once);
        }
    }

    @Test
    void intoTheLibraryItCameFromNothingChanges() throws IOException {
        LibraryComparison before = LibraryComparison.of(everything(original));

        RestoreService.RestoreReport report = new RestoreService(original).restore(exported);

        assertThat(report.annotationsAdded()).isZero();
        assertThat(report.actorsMatched()).isEqualTo(2);
        assertThat(LibraryComparison.of(everything(original))).isEqualTo(before);
    }

    @Test
    void anActorKnownUnderAnAliasIsMatchedNotCopied() throws IOException {
        try (SqliteStore other = SqliteStore.open(dir.resolve("other.db"))) {
            other.actors().insert(Actor.named("Okafor", ActorType.PERSON));

            RestoreService.RestoreReport report = new RestoreService(other).restore(exported);

            assertThat(report.actorsMatched()).isEqualTo(1);
            assertThat(other.actors().list()).extracting(Actor::name)
                    .containsExactlyInAnyOrder("Okafor", "Federal Ministry of Transport");
        }
    }

    @Test
    void anArticleUpdatedSinceIsMatchedByUrlAndTheAnnotationsAreReanchoredOnItsText() throws IOException {
        try (SqliteStore other = SqliteStore.open(dir.resolve("updated.db"))) {
            String updatedText = fixture.rail.text().replace("Rail plan faces first test in parliament\n",
                    "Rail plan faces first test in parliament\n(Adds finance ministry comment)\n");
            new LibraryService(other, new TickingClock(Instant.parse("2026-03-06T08:00:00Z"))).importDraft(new ArticleDraft(
                    fixture.rail.title(), fixture.rail.byline(), fixture.rail.outlet(), fixture.rail.url(), fixture.rail.publishedDate(),
                    fixture.rail.language(), updatedText, fixture.rail.headings()));

            RestoreService.RestoreReport report = new RestoreService(other).restore(exported);

            assertThat(report.articlesMatched()).isEqualTo(1);
            assertThat(report.annotationsReanchored()).isEqualTo(5);
            assertThat(report.textsKept()).as("the older text the orphan points into").isEqualTo(1);
            Article stored = other.articles().findByUrl(fixture.rail.url()).orElseThrow();
            assertThat(stored.text()).isEqualTo(updatedText);
            List<Annotation> placed = other.annotations().forArticle(stored.id());
            assertThat(placed).hasSize(5);
            for (Annotation annotation : placed) {
                // Every annotation stands on its own words in the text of the revision it names: nothing points at other words.
                String text = other.articles().revisionText(stored.id(), annotation.revision()).orElseThrow();
                assertThat(text.substring(annotation.start(), annotation.end())).isEqualTo(annotation.exact());
                assertThat(annotation.revision() == stored.revision()).isEqualTo(annotation.anchorState() != AnchorState.ORPHANED);
            }
            assertThat(placed).filteredOn(a -> a.anchorState() == AnchorState.MOVED).hasSize(4);
            Annotation orphan = other.annotations().find(fixture.orphan.id()).orElseThrow();
            assertThat(orphan.anchorState()).isEqualTo(AnchorState.ORPHANED);
            assertThat(orphan.anchor()).isEqualTo(fixture.orphan.anchor());
            assertThat(HtmlMarks.of(exportHtml(other))).as("an HTML export marks only words of annotations on the current text").isNotEmpty()
                    .allSatisfy(mark -> assertThat(mark.annotationWords()).allSatisfy(words -> assertThat(words).contains(mark.words())))
                    .noneMatch(mark -> mark.words().contains("declined to comment"));
        }
    }

    @Test
    void restoringTheSameFileAgainAfterItKeptATextChangesNothing() throws IOException {
        try (SqliteStore other = SqliteStore.open(dir.resolve("updated2.db"))) {
            String updatedText = fixture.rail.text().replace("Rail plan faces first test in parliament\n",
                    "Rail plan faces first test in parliament\n(Adds finance ministry comment)\n");
            new LibraryService(other, new TickingClock(Instant.parse("2026-03-06T08:00:00Z"))).importDraft(new ArticleDraft(
                    fixture.rail.title(), fixture.rail.byline(), fixture.rail.outlet(), fixture.rail.url(), fixture.rail.publishedDate(),
                    fixture.rail.language(), updatedText, fixture.rail.headings()));
            RestoreService restore = new RestoreService(other);
            restore.restore(exported);
            LibraryComparison once = LibraryComparison.of(everything(other));

            RestoreService.RestoreReport again = restore.restore(exported);

            assertThat(again.annotationsAdded()).isZero();
            assertThat(again.textsKept()).isZero();
            assertThat(LibraryComparison.of(everything(other))).isEqualTo(once);
        }
    }

    @Test
    void aFileThatIsNotOursIsRefusedByNameAndNothingIsStored() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.jsonld"), "{\"type\": \"AnnotationPage\", \"items\": []}");
        try (SqliteStore empty = SqliteStore.open(dir.resolve("empty2.db"))) {
            assertThatThrownBy(() -> new RestoreService(empty).restore(notes))
                    .isInstanceOf(JsonLdFormatException.class)
                    .hasMessageContaining(notes.toString())
                    .hasMessageContaining("AnnotationCollection");
            assertThat(empty.articles().count()).isZero();
        }
    }

    @Test
    void aDamagedExportStoresNothing() throws IOException {
        String text = Files.readString(exported).replace("\"start\":", "\"start\":-5000,\"was\":");
        Path damaged = Files.writeString(dir.resolve("damaged.jsonld"), text);
        try (SqliteStore empty = SqliteStore.open(dir.resolve("empty3.db"))) {
            assertThatThrownBy(() -> new RestoreService(empty).restore(damaged))
                    .isInstanceOf(JsonLdFormatException.class)
                    .hasMessageContaining("'start' is -5000");
            assertThat(empty.articles().count()).isZero();
            assertThat(empty.actors().list()).isEmpty();
        }
    }

    private String exportHtml(SqliteStore store) throws IOException {
        Path html = dir.resolve("export-" + System.nanoTime() + ".html");
        exportService(store).export(new ExportScope.Everything(), ExportFormat.HTML, html, ExportProgress.NONE, new Cancellation());
        return Files.readString(html);
    }

    private static ExportService exportService(SqliteStore store) {
        return new ExportService(store, new TickingClock(Instant.parse("2026-03-05T12:00:00Z")), "0.1.0", "Ruth Mensah");
    }

    private static ExportBundle everything(SqliteStore store) {
        return exportService(store).bundle(new ExportScope.Everything(), ExportProgress.NONE, new Cancellation());
    }
}
