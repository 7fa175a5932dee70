package dev.margin.store.sqlite;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.store.Store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small library for the review queries: four articles from three outlets (one undated), three actors,
 * and annotations of every kind, quote type and several claim statuses, each created one minute after the
 * one before (so "newest first" is known). Every annotation is kept in a field by a name that says what it is.
 */
public final class ReviewFixtures {
    public static final String TARIFF_TEXT = String.join("\n",
            "U.S. tariffs weigh on cocoa exports",
            "ABIDJAN, April 15 (Harbour Post) – Cocoa exports fell 5% in the first quarter after the U.S. raised tariffs, "
                    + "trade figures showed on Wednesday.",
            "Okafor, speaking at a regional summit, called the levy a “5% tax on farmers” and urged a joint response.",
            "Also read: Port congestion eases in Tema");
    public static final String BULLETIN_TEXT = String.join("\n",
            "Residents question ferry timetable",
            "Harbour master Kofi Mensah said the ferry would run every twenty minutes from May, though residents said "
                    + "sanctions on fuel imports made that unlikely.",
            "The council has not published the new timetable.");

    public final Article rail;
    public final Article port;
    public final Article tariffs;
    public final Article bulletin;
    public final Actor okafor;
    public final Actor mensah;
    public final Actor finance;

    public final Annotation budgetQuote;
    public final Annotation trainsQuote;
    public final Annotation passengersIndirect;
    public final Annotation trillionClaim;
    public final Annotation okaforMention;
    public final Annotation financeMention;
    public final Annotation promiseHighlight;
    public final Annotation terminalQuote;
    public final Annotation trafficClaimByOutlet;
    public final Annotation mensahMention;
    public final Annotation farmersPartial;
    public final Annotation exportsClaim;
    public final Annotation tariffHighlight;
    public final Annotation ferryClaim;
    public final Annotation orphanedHighlight;
    /** Every annotation, oldest first. */
    public final List<Annotation> all;

    private Instant next = StoreFixtures.T0;

    public ReviewFixtures(Store store) {
        rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
        port = store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0);
        tariffs = store.articles().insert(new ArticleDraft("U.S. tariffs weigh on cocoa exports", "By Awa Traoré", "Harbour Post",
                "https://harbour.example/cocoa-tariffs", LocalDate.of(2026, 4, 15), "en", TARIFF_TEXT, List.of(0)), StoreFixtures.T0);
        bulletin = store.articles().insert(new ArticleDraft("Residents question ferry timetable", "", "Community Bulletin",
                null, null, "en", BULLETIN_TEXT, List.of(0)), StoreFixtures.T0);

        okafor = store.actors().insert(new Actor(0, "Adaeze Okafor", List.of("Okafor"), ActorType.PERSON, "", null, null,
                List.of(new ActorRole("trade envoy", LocalDate.of(2026, 4, 15), tariffs.id()),
                        new ActorRole("transport minister", LocalDate.of(2026, 3, 3), rail.id()))));
        mensah = store.actors().insert(Actor.named("Kofi Mensah", ActorType.PERSON));
        finance = store.actors().insert(Actor.named("Federal Ministry of Finance", ActorType.ORGANISATION));

        String r = StoreFixtures.RAIL_TEXT;
        budgetQuote = quote(rail, r, "We are not going to wait for the next budget cycle", okafor, QuoteType.DIRECT)
                .withNote("Check the budget speech.", next).withTags(List.of("rail", "budget"), next);
        trainsQuote = quote(rail, r, "The trains will run.", okafor, QuoteType.DIRECT);
        passengersIndirect = quote(rail, r, "the first line, between Lagos and Ibadan, would carry 40,000 passengers a day",
                okafor, QuoteType.INDIRECT);
        trillionClaim = claim(rail, r, "₦1.2 trillion on new rail links by 2028", okafor.id(), false, ClaimStatus.UNVERIFIED)
                .withTags(List.of("budget"), next);
        okaforMention = mention(rail, r, "Adaeze Okafor", okafor);
        financeMention = mention(rail, r, "The Federal Ministry of Finance", finance);
        promiseHighlight = highlight(rail, r, "a promise on paper").withNote("Opposition soundbite; sanctions not mentioned.", next);

        String p = port.text();
        terminalQuote = quote(port, p, "The new terminal has halved the waiting time for ships", mensah, QuoteType.DIRECT);
        trafficClaimByOutlet = claim(port, p, "container traffic at Tema rose 12% in February", null, true, ClaimStatus.SUPPORTED);
        mensahMention = mention(port, p, "Kofi Mensah", mensah);

        farmersPartial = quote(tariffs, TARIFF_TEXT, "5% tax on farmers", okafor, QuoteType.PARTIAL).withTags(List.of("trade"), next);
        exportsClaim = claim(tariffs, TARIFF_TEXT, "Cocoa exports fell 5% in the first quarter", okafor.id(), false, ClaimStatus.REFUTED)
                .withNote("Customs data show a 2% fall.", next);
        tariffHighlight = highlight(tariffs, TARIFF_TEXT, "the U.S. raised tariffs").withTags(List.of("trade"), next);

        ferryClaim = claim(bulletin, BULLETIN_TEXT, "the ferry would run every twenty minutes from May", mensah.id(), false,
                ClaimStatus.DISPUTED).withNote("Résumé of the council meeting says every half hour.", next);
        Annotation timetable = highlight(bulletin, BULLETIN_TEXT, "has not published the new timetable");
        orphanedHighlight = timetable.reanchored(1, timetable.anchor(), AnchorState.ORPHANED, timetable.modified());

        all = List.of(budgetQuote, trainsQuote, passengersIndirect, trillionClaim, okaforMention, financeMention, promiseHighlight,
                terminalQuote, trafficClaimByOutlet, mensahMention, farmersPartial, exportsClaim, tariffHighlight, ferryClaim,
                orphanedHighlight);
        store.annotations().insertAll(all);
    }

    /** The annotations' ids in the order given. */
    public static List<UUID> ids(List<Annotation> annotations) {
        List<UUID> ids = new ArrayList<>();
        for (Annotation annotation : annotations) {
            ids.add(annotation.id());
        }
        return ids;
    }

    private Instant tick() {
        next = next.plusSeconds(60);
        return next;
    }

    private Annotation quote(Article article, String text, String words, Actor speaker, QuoteType type) {
        QuoteDetails details = new QuoteDetails(speaker.id(), null, "said", null, type, null);
        return Annotation.quote(article.id(), 1, StoreFixtures.anchorOn(text, words), details, tick());
    }

    private Annotation claim(Article article, String text, String words, Long claimant, boolean outlet, ClaimStatus status) {
        ClaimDetails details = new ClaimDetails(words, claimant, outlet, ClaimKind.STATISTIC, status, List.of(), null);
        return Annotation.claim(article.id(), 1, StoreFixtures.anchorOn(text, words), details, tick());
    }

    private Annotation mention(Article article, String text, String words, Actor actor) {
        return Annotation.actorMention(article.id(), 1, StoreFixtures.anchorOn(text, words), actor.id(), tick());
    }

    private Annotation highlight(Article article, String text, String words) {
        return Annotation.highlight(article.id(), 1, StoreFixtures.anchorOn(text, words), tick());
    }

    /** The annotations of {@code kind}, oldest first. */
    public List<Annotation> ofKind(AnnotationKind kind) {
        return all.stream().filter(annotation -> annotation.kind() == kind).toList();
    }
}
