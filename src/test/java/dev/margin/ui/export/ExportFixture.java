package dev.margin.ui.export;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.service.LibraryService;
import dev.margin.store.Store;
import dev.margin.store.sqlite.StoreFixtures;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A small real library for the export UI tests: the rail story with a quote, a claim citing it and an
 * actor mention, and the port story with one highlight. Five annotations, two articles, one actor.
 */
final class ExportFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T18:30:00Z"), ZoneOffset.UTC);
    static final String QUOTE_WORDS = "We are not going to wait for the next budget cycle";

    final Article rail;
    final Article port;
    final Actor okafor;

    ExportFixture(Store store) {
        LibraryService library = new LibraryService(store, CLOCK);
        rail = library.importDraft(StoreFixtures.railDraft()).article();
        port = library.importDraft(StoreFixtures.portDraft()).article();
        okafor = store.actors().insert(StoreFixtures.okafor());
        Annotation quote = StoreFixtures.quote(rail.id(), okafor.id());
        store.annotations().insert(quote);
        store.annotations().insert(StoreFixtures.claim(rail.id(), okafor.id(), quote.id()));
        store.annotations().insert(StoreFixtures.mention(rail.id(), okafor.id()));
        store.annotations().insert(StoreFixtures.highlight(rail.id(), "₦1.2 trillion").withNote("Check the budget 🙂", StoreFixtures.T0));
        store.annotations().insert(Annotation.highlight(port.id(), 1, StoreFixtures.anchorOn(port.text(), "rose 12% in February"), StoreFixtures.T0));
    }
}
