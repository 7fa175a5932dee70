package dev.margin.store.postgres;

import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.read.SearchHit;
import dev.margin.domain.read.SearchQuery;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team library's search in the article's own language: an inflected form finds its stem in that language
 * (which SQLite's search does not), exact words and accents removed still match, and the review window's query
 * language (words, "phrases", prefix*) keeps its meaning; a phrase matches its words as written, next to each other.
 */
class LanguageAwareSearchTest {
    private static final String GERMAN = "Die Regierung plant neue Bahnstrecken.\n"
            + "„Wir bauen die Häuser schneller als geplant“, sagte die Ministerin in Köln.";

    @Test
    void wordsMatchAsWrittenAndAsStemmedInTheArticlesLanguage() {
        PostgresTestServer server = PostgresTestServer.get();
        try (PostgresStore store = PostgresStore.open(server.address(server.freshDatabase(), PostgresTestServer.SUPERUSER), () -> null)) {
            Article german = store.articles().insert(new ArticleDraft("Bahnausbau in NRW", "", "Wire", null,
                    LocalDate.of(2026, 3, 3), "de-DE", GERMAN, List.of()), StoreFixtures.T0);
            String words = "Wir bauen die Häuser schneller als geplant";
            int start = GERMAN.indexOf(words);
            Annotation quote = Annotation.highlight(german.id(), 1, Anchor.of(GERMAN, start, start + words.length()), StoreFixtures.T0);
            store.annotations().insert(quote);
            Article english = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            store.annotations().insert(StoreFixtures.highlight(english.id(), "the government would spend"));

            assertThat(ids(store, "Haus")).as("German stem: Häuser -> haus").containsExactly(quote.id().toString());
            assertThat(ids(store, "hauser")).as("accents removed").containsExactly(quote.id().toString());
            assertThat(ids(store, "\"bauen die\"")).containsExactly(quote.id().toString());
            assertThat(ids(store, "\"die bauen\"")).isEmpty();
            assertThat(ids(store, "schnell*")).containsExactly(quote.id().toString());
            assertThat(ids(store, "governments")).as("English stem").hasSize(1);
            assertThat(ids(store, "bauen governments")).isEmpty();
            List<SearchHit> hits = store.search().search(SearchQuery.fromUserInput("Häuser"), 5);
            assertThat(hits.get(0).matches()).isNotEmpty();
            assertThatThrownBy(() -> store.search().search("\"unclosed", 5)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not a valid full-text query");
        }
    }

    private static List<String> ids(PostgresStore store, String typed) {
        return store.search().search(SearchQuery.fromUserInput(typed), 10).stream().map(hit -> hit.annotationId().toString()).toList();
    }
}
