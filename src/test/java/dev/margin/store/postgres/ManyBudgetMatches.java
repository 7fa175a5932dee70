package dev.margin.store.postgres;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.store.Store;
import dev.margin.store.sqlite.StoreFixtures;

import java.util.ArrayList;
import java.util.List;

/**
 * A library where "budget" matches more annotations than a team library ranks ({@link PgSearchDao#RANKED} + 20):
 * the oldest has the word in its marked words, which weigh most, and every newer one only in its note.
 */
record ManyBudgetMatches(Annotation oldestAndBest, List<Annotation> newer) {
    static ManyBudgetMatches addTo(Store store) {
        Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        Annotation oldestAndBest = StoreFixtures.highlight(rail.id(), "budget");
        store.annotations().insert(oldestAndBest);
        List<Annotation> newer = new ArrayList<>();
        for (int i = 0; i < PgSearchDao.RANKED + 20; i++) {
            newer.add(StoreFixtures.highlight(rail.id(), "declined to comment").withNote("budget note " + i, StoreFixtures.T0));
        }
        store.annotations().insertAll(newer);
        return new ManyBudgetMatches(oldestAndBest, newer);
    }
}
