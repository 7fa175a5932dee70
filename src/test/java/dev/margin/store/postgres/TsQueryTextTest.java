package dev.margin.store.postgres;

import dev.margin.domain.read.SearchQuery;
import dev.margin.store.StoreException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review window's query language written as tsquery text: every word quoted, nothing typed becomes syntax. */
class TsQueryTextTest {
    @Test
    void wordsPhrasesPrefixesAndOperators() {
        assertThat(TsQueryText.of(SearchQuery.fromUserInput("budget speech"))).isEqualTo("'budget' & 'speech'");
        assertThat(TsQueryText.of(SearchQuery.fromUserInput("\"waiting time\" termin*")))
                .isEqualTo("('waiting' <-> 'time') & 'termin':*");
        assertThat(TsQueryText.of("rail OR port NOT budget")).isEqualTo("'rail' | 'port' & ! 'budget'");
        assertThat(TsQueryText.of("(rail OR port) budget")).isEqualTo("( 'rail' | 'port' ) & 'budget'");
        assertThat(TsQueryText.of("note : budget* title:rail")).isEqualTo("'budget':*B & 'rail':C");
    }

    @Test
    void whatAUserTypesNeverBecomesSyntax() {
        assertThat(TsQueryText.of(SearchQuery.fromUserInput("O'Brien's 5% & !|")))
                .isEqualTo("(('O' <-> 'Brien' <-> 's') | 'O''Brien''s') & '5'");
        assertThat(TsQueryText.of(SearchQuery.fromUserInput("U.S."))).isEqualTo("(('U' <-> 'S') | 'U.S')");
        assertThat(TsQueryText.of(SearchQuery.fromUserInput("\"…\" ,"))).isEmpty();
    }

    @Test
    void badSyntaxIsAStoreExceptionNamingTheQuery() {
        assertThatThrownBy(() -> TsQueryText.of("\"open")).isInstanceOf(StoreException.class).hasMessageContaining("\"open");
        assertThatThrownBy(() -> TsQueryText.of("rail OR")).isInstanceOf(StoreException.class).hasMessageContaining("nothing after");
        assertThatThrownBy(() -> TsQueryText.of("(rail")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> TsQueryText.of("author : x")).isInstanceOf(StoreException.class).hasMessageContaining("column filters");
    }
}
