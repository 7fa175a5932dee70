package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.store.Store;
import dev.margin.store.sqlite.StoreFixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A small library with everything an export must carry: three articles (one revised, so one
 * annotation stays orphaned on the older revision; one pasted Arabic text without URL), actors
 * with aliases, roles and a parent, and annotations of every kind with notes, tags and evidence.
 */
final class ExportLibraryFixture {
    static final String ARABIC_TEXT = String.join("\n",
            "الوزيرة تعد بخط القطار في مارس",
            "قالت الوزيرة أدايزي أوكافور إن الخط سيفتح في مارس 🚆 وإن الأسعار ستبقى معقولة.");

    final Article rail;
    final Article port;
    final Article arabic;
    final Actor okafor;
    final Actor ministry;
    final Annotation orphan;

    ExportLibraryFixture(Store store) {
        TickingClock clock = new TickingClock(Instant.parse("2026-03-03T10:00:00Z"));
        LibraryService library = new LibraryService(store, clock);
        ministry = store.actors().insert(new Actor(0, "Federal Ministry of Transport", List.of("the ministry"), ActorType.STATE,
                "", null, null, List.of()));
        Article railV1 = library.importDraft(StoreFixtures.railDraft()).article();
        Actor inserted = store.actors().insert(StoreFixtures.okafor());
        okafor = new Actor(inserted.id(), inserted.name(), inserted.aliases(), inserted.type(), inserted.description(),
                inserted.externalId(), ministry.id(), List.of(new ActorRole("transport minister", LocalDate.of(2026, 3, 3), railV1.id())));
        store.actors().update(okafor);

        Annotation quote = StoreFixtures.quote(railV1.id(), okafor.id());
        store.annotations().insert(quote);
        store.annotations().insert(StoreFixtures.claim(railV1.id(), okafor.id(), quote.id()));
        store.annotations().insert(StoreFixtures.mention(railV1.id(), okafor.id()));
        store.annotations().insert(StoreFixtures.highlight(railV1.id(), "₦1.2 trillion")
                .withNote("Check against the 2026 budget 🙂", StoreFixtures.T0).withTags(List.of("budget", "ميزانية"), StoreFixtures.T0));
        orphan = StoreFixtures.highlight(railV1.id(), "declined to comment on the cost.").withNote("Follow up", StoreFixtures.T0);
        store.annotations().insert(orphan);

        ArticleDraft revised = StoreFixtures.railDraft();
        revised = new ArticleDraft(revised.title(), revised.byline(), revised.outlet(), revised.url(), revised.publishedDate(),
                revised.language(), revised.text().replace("declined to comment on the cost.", "said the cost would be met from the 2027 budget."),
                revised.headings());
        rail = library.importDraft(revised).article();

        port = library.importDraft(StoreFixtures.portDraft()).article();
        store.annotations().insert(Annotation.highlight(port.id(), 1, StoreFixtures.anchorOn(port.text(), "rose 12% in February"), StoreFixtures.T0));

        arabic = library.importDraft(new ArticleDraft("", "", "", null, null, "ar", ARABIC_TEXT, List.of(0))).article();
        store.annotations().insert(Annotation.actorMention(arabic.id(), 1, StoreFixtures.anchorOn(ARABIC_TEXT, "أدايزي أوكافور"),
                okafor.id(), StoreFixtures.T0));
        store.annotations().insert(Annotation.highlight(arabic.id(), 1, StoreFixtures.anchorOn(ARABIC_TEXT, "الخط سيفتح في مارس 🚆"),
                StoreFixtures.T0).withColour("lightgreen", StoreFixtures.T0));
    }
}
