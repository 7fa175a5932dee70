package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.QuoteType;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Marking by typed names on a real library: the window's rules, in one transaction, nothing saved when refused. */
class MarkServiceTest {
    private static final String TEXT = "Adaeze Okafor spoke.\n“We will keep fares low,” Okafor said, adding that “nobody” would pay more.";

    @TempDir
    Path dir;
    private SqliteStore store;
    private LibraryServices library;
    private Article article;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("margin.db"));
        library = LibraryServices.over(store, Clock.fixed(Instant.parse("2026-06-12T10:00:00Z"), ZoneOffset.UTC));
        store.actors().insert(Actor.named("Adaeze Okafor", ActorType.PERSON));
        article = store.articles().insert(new ArticleDraft("Fares", "", "", null, LocalDate.of(2026, 6, 12), "en", TEXT, List.of()),
                Instant.parse("2026-06-12T09:00:00Z"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static MarkService.Request quoteBy(String speaker) {
        return new MarkService.Request(AnnotationKind.QUOTE, speaker, null, null, null, null, null, null, null, "check", List.of("fares"));
    }

    @Test
    void aSurnameLinksTheExistingActorAndTheTypeComesFromTheMarks() {
        int start = TEXT.indexOf("We will");
        int end = start + "We will keep fares low".length();

        Annotation quote = library.marks().mark(article.id(), start, end, "We will keep fares low", quoteBy("Okafor"));

        assertThat(store.actors().list()).extracting(Actor::name).containsExactly("Adaeze Okafor");
        assertThat(quote.quote().speakerActorId()).isEqualTo(store.actors().list().get(0).id());
        assertThat(quote.quote().type()).isEqualTo(QuoteType.DIRECT);
        assertThat(store.annotations().find(quote.id()).orElseThrow().note()).isEqualTo("check");
        assertThat(store.annotations().find(quote.id()).orElseThrow().tags()).containsExactly("fares");
    }

    @Test
    void wordsThatChangedAreRefusedAndNothingIsSaved() {
        int start = TEXT.indexOf("We will");

        assertThatThrownBy(() -> library.marks().mark(article.id(), start, start + 7, "We shall", quoteBy("Kofi Mensah")))
                .isInstanceOf(StoreException.class).hasMessageContaining("changed");
        assertThat(store.actors().list()).hasSize(1);
        assertThat(store.annotations().forArticle(article.id())).isEmpty();
    }
}
