package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.Store;
import dev.margin.store.contract.SearchDaoContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SearchDao contract on a team library in a real PostgreSQL server (see {@link PostgresTestServer}). */
class PostgresSearchDaoTest extends SearchDaoContract {
    @TempDir
    Path teamDir;

    @Override
    protected Store openStore(Path file) {
        return TestTeamLibraries.open(file);
    }

    /**
     * A team library ranks only the newest {@link PgSearchDao#RANKED} matches of a query (docs/TEAM.md, Search): the
     * oldest annotation, the only one with the word in its marked words (the heaviest weight), is outranked by
     * nothing, yet is left out while more than that many newer annotations match; once fewer match, it comes first.
     */
    @Test
    void ranksOnlyTheNewestMatchesOfAVeryCommonWord() {
        try (Store store = openStore(teamDir.resolve("team.db"))) {
            ManyBudgetMatches library = ManyBudgetMatches.addTo(store);
            Annotation oldestAndBest = library.oldestAndBest();
            List<Annotation> newer = library.newer();

            List<SearchHit> many = store.search().search("budget", 10);
            assertThat(many).hasSize(10).extracting(SearchHit::annotationId).doesNotContain(oldestAndBest.id());

            for (Annotation gone : newer.subList(0, 40)) {
                store.annotations().delete(gone.id());
            }
            List<SearchHit> fewer = store.search().search("budget", 10);
            assertThat(fewer.getFirst().annotationId()).isEqualTo(oldestAndBest.id());
        }
    }
}
