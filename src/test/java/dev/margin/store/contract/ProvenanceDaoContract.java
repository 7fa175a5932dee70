package dev.margin.store.contract;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.Provenance;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.store.Store;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who made each article, actor and annotation, who changed it last and its version, in both stores alike: the
 * store records its own user, raises the version on each change, and a copy may record other makers.
 */
public abstract class ProvenanceDaoContract {
    /** Opens the library kept at {@code file} (the same file opens the same library again). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private Store store;
    private Article rail;
    private Actor okafor;
    private Annotation quote;
    private Annotation highlight;
    private String me;

    @BeforeEach
    void open() {
        store = openStore(dir.resolve("margin.db"));
        me = store.provenance().currentUser();
        rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        okafor = store.actors().insert(StoreFixtures.okafor());
        quote = StoreFixtures.quote(rail.id(), okafor.id());
        highlight = StoreFixtures.highlight(rail.id(), "Lagos");
        store.annotations().insertAll(List.of(quote, highlight));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void whatTheStoreSavesNamesItsUserAtVersionOne() {
        assertThat(me).isNotBlank();
        assertThat(store.provenance().article(rail.id())).contains(Provenance.madeBy(me));
        assertThat(store.provenance().actor(okafor.id())).contains(Provenance.madeBy(me));
        assertThat(store.provenance().annotations(rail.id()))
                .containsEntry(quote.id(), Provenance.madeBy(me))
                .containsEntry(highlight.id(), Provenance.madeBy(me));
        assertThat(store.provenance().annotators()).containsExactly(me);
    }

    @Test
    void eachChangeRaisesTheVersionAndKeepsTheMaker() {
        Instant later = StoreFixtures.T0.plusSeconds(60);
        store.annotations().update(quote.withNote("checked against the minutes", later));
        store.annotations().update(store.annotations().find(quote.id()).orElseThrow().withNote("checked twice", later));
        store.actors().update(okafor.withAliases(List.of("A. Okafor")));
        store.articles().saveRevision(rail.id(), StoreFixtures.portDraft(), later);

        assertThat(store.provenance().annotations(rail.id()).get(quote.id())).isEqualTo(new Provenance(me, me, 3));
        assertThat(store.provenance().actor(okafor.id())).contains(new Provenance(me, me, 2));
        assertThat(store.provenance().article(rail.id()).orElseThrow().version()).isGreaterThan(1);
    }

    @Test
    void aCopyRecordsWhoMadeItAndTheReviewFiltersByThem() {
        assertThat(store.provenance().mayRecordOthersWork()).isTrue();
        store.provenance().stampAnnotations(Map.of(quote.id(), new Provenance("tomas", "ana", 4)));
        store.provenance().stampArticle(rail.id(), new Provenance("ana", "ana", 2));
        store.provenance().stampActor(okafor.id(), new Provenance("tomas", "tomas", 1));

        assertThat(store.provenance().annotations(rail.id())).containsEntry(quote.id(), new Provenance("tomas", "ana", 4))
                .containsEntry(highlight.id(), Provenance.madeBy(me));
        assertThat(store.provenance().article(rail.id())).contains(new Provenance("ana", "ana", 2));
        assertThat(store.provenance().actor(okafor.id())).contains(Provenance.madeBy("tomas"));
        assertThat(store.provenance().annotators()).containsExactlyElementsOf(
                List.of(me, "tomas").stream().sorted().toList());

        AnnotationFilter tomas = AnnotationFilter.none().withAnnotators(List.of("tomas"));
        assertThat(store.review().rows(tomas, ReviewOrder.byDefault(), 0, 10)).extracting(ReviewRow::annotationId)
                .containsExactly(quote.id());
        assertThat(store.review().count(tomas)).isEqualTo(1);
        assertThat(store.review().count(AnnotationFilter.none().withAnnotators(List.of("tomas", me)))).isEqualTo(2);
        assertThat(store.review().count(AnnotationFilter.none().withAnnotators(List.of("nobody-here")))).isZero();
        assertThat(store.review().count(tomas.withText("Lagos"))).isZero();
    }

    @Test
    void aSavedFilterKeepsItsAnnotators() {
        AnnotationFilter filter = AnnotationFilter.none().withAnnotators(List.of("ana", "tomas"));
        store.review().saveFilter("Two coders", filter, StoreFixtures.T0);
        assertThat(store.review().savedFilter("Two coders").orElseThrow().filter()).isEqualTo(filter);
    }

    @Test
    void stampingAMissingRecordFailsAndRecordsNothing() {
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> store.provenance().stampAnnotations(Map.of(missing, Provenance.madeBy("ana"))))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.provenance().stampArticle(rail.id() + 1000, Provenance.madeBy("ana")))
                .isInstanceOf(StoreException.class);
        assertThat(store.provenance().annotators()).containsExactly(me);
    }
}
