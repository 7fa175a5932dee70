package dev.margin.store.sqlite;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Original wire-style article text and annotations on it, shared by the store and service tests. */
public final class StoreFixtures {
    /** A made-up wire story: curly quotes, a dateline, figures, an emoji (outside the BMP), a heading. */
    public static final String RAIL_TEXT = String.join("\n",
            "Rail plan faces first test in parliament",
            "LAGOS, March 3 (Margin Wire) – Nigeria’s transport minister said on Tuesday the government would spend "
                    + "₦1.2 trillion on new rail links by 2028, a figure opposition lawmakers called “a promise on paper.”",
            "“We are not going to wait for the next budget cycle,” Adaeze Okafor told reporters in Abuja. “The trains will run.”",
            "Okafor said the first line, between Lagos and Ibadan, would carry 40,000 passengers a day 🚆 once complete.",
            "The Federal Ministry of Finance declined to comment on the cost.");

    public static final Instant T0 = Instant.parse("2026-03-03T09:15:30.123456789Z");

    private StoreFixtures() {
    }

    public static ArticleDraft railDraft() {
        return new ArticleDraft("Rail plan faces first test in parliament", "By Tunde Bakare", "Margin Wire",
                "https://wire.example/2026/03/03/rail-plan", LocalDate.of(2026, 3, 3), "en", RAIL_TEXT, List.of(0));
    }

    /** A second, unrelated story, for tests that need more than one article. */
    public static ArticleDraft portDraft() {
        String text = String.join("\n",
                "ACCRA, March 4 (Margin Wire) – Ghana’s ports authority said container traffic at Tema rose 12% in February.",
                "“The new terminal has halved the waiting time for ships,” harbour master Kofi Mensah said.",
                "Shipping lines said freight rates had not yet come down.");
        return new ArticleDraft("Tema container traffic rises 12%", "By Ama Owusu", "Margin Wire",
                "https://wire.example/2026/03/04/tema-ports", LocalDate.of(2026, 3, 4), "en", text, List.of());
    }

    public static Anchor anchorOn(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in the text");
        }
        return Anchor.of(text, start, start + words.length());
    }

    public static Actor okafor() {
        return new Actor(0, "Adaeze Okafor", List.of("Okafor", "the transport minister"), ActorType.PERSON,
                "Nigerian transport minister", "Q000001", null,
                List.of(new ActorRole("transport minister", LocalDate.of(2026, 3, 3), null)));
    }

    /** A quote with every optional field filled. */
    public static Annotation quote(long articleId, Long speakerId) {
        String text = RAIL_TEXT;
        Anchor anchor = anchorOn(text, "We are not going to wait for the next budget cycle");
        int speaker = text.indexOf("Adaeze Okafor");
        int cue = text.indexOf("told reporters");
        QuoteDetails details = new QuoteDetails(speakerId, new Span(speaker, speaker + 13), "told",
                new Span(cue, cue + 4), QuoteType.DIRECT, SpeakerResolution.EXPLICIT);
        return new Annotation(UUID.randomUUID(), articleId, 1, anchor, AnchorState.OK, details,
                "Second time she has said this; check the **budget** speech.", List.of("rail", "budget"), "#ffcc00", T0, T0.plusSeconds(60));
    }

    /** A claim with a claimant, evidence and a link to a quote. */
    public static Annotation claim(long articleId, Long claimantId, UUID quoteId) {
        Anchor anchor = anchorOn(RAIL_TEXT, "would carry 40,000 passengers a day 🚆");
        ClaimDetails details = new ClaimDetails("The Lagos–Ibadan line will carry 40,000 passengers a day", claimantId, false,
                ClaimKind.STATISTIC, ClaimStatus.DISPUTED,
                List.of(new Evidence("https://stats.example/rail-2025", "https://archive.example/rail-2025", EvidenceStance.REFUTES,
                                "Ridership in 2025 was 9,000 a day."),
                        new Evidence("https://ministry.example/plan", null, EvidenceStance.CONTEXT, "")),
                quoteId);
        return new Annotation(UUID.randomUUID(), articleId, 1, anchor, AnchorState.OK, details,
                "", List.of("rail", "figures"), null, T0, T0);
    }

    public static Annotation mention(long articleId, long actorId) {
        return Annotation.actorMention(articleId, 1, anchorOn(RAIL_TEXT, "Adaeze Okafor"), actorId, T0);
    }

    public static Annotation highlight(long articleId, String words) {
        return Annotation.highlight(articleId, 1, anchorOn(RAIL_TEXT, words), T0);
    }
}
