package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.ActorMention;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
import dev.margin.domain.Highlight;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.ContentHash;
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

/**
 * Two original wire-style articles: one with emoji, an Arabic (right-to-left) paragraph and
 * overlapping annotations of every kind; one pasted text without a URL. Ids and times are fixed so
 * golden files stay stable.
 */
final class ExportFixtures {
    static final Instant EXPORTED_AT = Instant.parse("2026-11-24T18:00:00Z");
    static final Instant CREATED = Instant.parse("2026-11-21T09:15:30Z");
    static final Instant MODIFIED = Instant.parse("2026-11-22T14:02:07.250Z");

    static final String RAIL_TEXT = String.join("\n",
            "Rail link to open in March, minister says 🚆",
            "LAGOS, Nov 20 (Wirenews) - The coastal rail link will carry its first passengers in March, Transport Minister Adaeze Okafor said on Thursday, promising fares “within reach of every commuter 🙂.”",
            "“We have laid 312 kilometres of track and we will not stop,” Okafor told reporters, adding that the line would cut the journey to Ibadan by half.",
            "The opposition Coastal Alliance said the project was 40% over budget, a figure the ministry disputed.",
            "قالت الوزيرة إن الخط سيفتح في مارس 🚆 وإن الأسعار ستبقى معقولة.",
            "Also read: Port traffic falls for a third month");
    /** The first revision of the rail story: the wire corrected the day from Wednesday to Thursday. */
    static final String RAIL_TEXT_V1 = RAIL_TEXT.replace("said on Thursday", "said on Wednesday");
    static final String PASTED_TEXT = String.join("\n",
            "Council delays vote on market levy",
            "Traders said the levy would double their costs, but the council treasurer called that “simply untrue”.");

    static final Actor OKAFOR = new Actor(7, "Adaeze Okafor", List.of("Okafor", "the transport minister"), ActorType.PERSON,
            "Transport minister", "Q000123", 9L, List.of(new ActorRole("transport minister", LocalDate.of(2026, 11, 20), 1L)));
    static final Actor MINISTRY = new Actor(9, "Ministry of Transport", List.of("the ministry"), ActorType.STATE,
            "", null, null, List.of());
    static final Actor ALLIANCE = new Actor(11, "Coastal Alliance", List.of(), ActorType.ORGANISATION,
            "Opposition party [coastal] | \"CA\"", "", null, List.of());

    private ExportFixtures() {
    }

    static Article railArticle() {
        return new Article(1, "Rail link to open in March, minister says 🚆", "By Tunde Bello", "Wirenews",
                "https://news.example.org/2026/11/20/rail-link-march?src=feed&lang=en", LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-20T10:00:00Z"), "en", RAIL_TEXT, List.of(0), ContentHash.of(RAIL_TEXT), 2);
    }

    static Article pastedArticle() {
        return new Article(2, "", "", "", null, null, Instant.parse("2026-11-21T08:00:00Z"), "", PASTED_TEXT, List.of(0),
                ContentHash.of(PASTED_TEXT), 1);
    }

    static ExportBundle bundle() {
        Article rail = railArticle();
        Article pasted = pastedArticle();
        String t = RAIL_TEXT;
        UUID quoteId = UUID.fromString("00000000-0000-4000-8000-000000000002");

        Annotation fares = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000001"), 1, 2,
                anchor(t, "“within reach of every commuter 🙂.”"), AnchorState.OK,
                new QuoteDetails(7L, span(t, "Adaeze Okafor"), "promising", span(t, "promising"), QuoteType.PARTIAL, SpeakerResolution.EXPLICIT), "Compare with the **2024** fare table.\nSecond line <b>not html</b>.", List.of("fares", "promise"), null, CREATED, MODIFIED);
        Annotation track = new Annotation(quoteId, 1, 2,
                anchor(t, "“We have laid 312 kilometres of track and we will not stop,”"), AnchorState.MOVED,
                new QuoteDetails(7L, span(t, "Okafor told"), "told reporters", null, QuoteType.DIRECT, SpeakerResolution.EXPLICIT), "", List.of(), "#ffd54f", CREATED, CREATED);
        Annotation trackClaim = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000003"), 1, 2,
                anchor(t, "We have laid 312 kilometres of track"), AnchorState.OK,
                new ClaimDetails("312 km of track have been laid", 7L, false, ClaimKind.STATISTIC, ClaimStatus.MISLEADING,
                        List.of(new Evidence("https://data.example.gov/rail/progress.csv", "https://archive.example.net/2026/progress.csv",
                                        EvidenceStance.REFUTES, "Official progress sheet lists 254 km, \"laid\" vs \"planned\"."),
                                new Evidence("https://news.example.org/track-report", null, EvidenceStance.CONTEXT, "")),
                        quoteId),
                "Ask the ministry for the survey, see [report](https://news.example.org/track-report).", List.of("numbers"), null, CREATED, MODIFIED);
        Annotation budget = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000004"), 1, 2,
                anchor(t, "the project was 40% over budget"), AnchorState.OK,
                new ClaimDetails("", 11L, false, ClaimKind.STATISTIC, ClaimStatus.DISPUTED, List.of(), null),
                "", List.of(), null, CREATED, CREATED);
        Annotation okaforMention = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000005"), 1, 2,
                anchor(t, "Adaeze Okafor"), AnchorState.OK, new ActorMention(7L), "", List.of(), null, CREATED, CREATED);
        Annotation allianceMention = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000006"), 1, 2,
                anchor(t, "Coastal Alliance"), AnchorState.OK, new ActorMention(11L), "Check **party** spelling (www.example.org/parties)", List.of("party"), null, CREATED, CREATED);
        Annotation ministryMention = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000007"), 1, 2,
                anchor(t, "the ministry"), AnchorState.OK, new ActorMention(9L), "", List.of(), null, CREATED, CREATED);
        Annotation arabic = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000008"), 1, 2,
                anchor(t, "الخط سيفتح في مارس 🚆"), AnchorState.OK, Highlight.INSTANCE,
                "Arabic service: same date 🙂", List.of("arabic", "رحلة"), "lightgreen", CREATED, MODIFIED);
        Annotation headline = new Annotation(UUID.fromString("00000000-0000-4000-8000-000000000009"), 1, 2,
                anchor(t, "minister says 🚆"), AnchorState.OK, Highlight.INSTANCE, "", List.of(), null, CREATED, CREATED);
        Annotation untrue = new Annotation(UUID.fromString("00000000-0000-4000-8000-00000000000a"), 2, 1,
                anchor(PASTED_TEXT, "the levy would double their costs"), AnchorState.OK,
                new ClaimDetails("The levy doubles traders' costs", null, true, ClaimKind.PREDICTION, ClaimStatus.UNVERIFIED, List.of(), null),
                "", List.of(), null, CREATED, CREATED);
        Annotation orphan = new Annotation(UUID.fromString("00000000-0000-4000-8000-00000000000b"), 2, 1,
                new Anchor(10, 10, "", "", ""), AnchorState.ORPHANED, Highlight.INSTANCE, "Lost after an edit", List.of(), null, CREATED, CREATED);
        Annotation wednesday = new Annotation(UUID.fromString("00000000-0000-4000-8000-00000000000d"), 1, 1,
                anchor(RAIL_TEXT_V1, "on Wednesday"), AnchorState.ORPHANED, Highlight.INSTANCE, "Day changed in the update, see https://news.example.org/corrections.\n\n- *first* said Wednesday\n- then Thursday", List.of(), null,
                CREATED, MODIFIED);
        Annotation unattributed = new Annotation(UUID.fromString("00000000-0000-4000-8000-00000000000c"), 2, 1,
                anchor(PASTED_TEXT, "“simply untrue”"), AnchorState.OK,
                new QuoteDetails(null, null, "called", null, QuoteType.DIRECT, SpeakerResolution.ANONYMOUS), "", List.of(), null, CREATED, CREATED);

        return new ExportBundle(List.of(rail, pasted), List.of(OKAFOR, MINISTRY, ALLIANCE),
                List.of(fares, track, trackClaim, budget, okaforMention, allianceMention, ministryMention, arabic, headline,
                        untrue, orphan, unattributed, wednesday),
                List.of(new RevisionText(1, 1, RAIL_TEXT_V1)),
                new ExportInfo("Margin", "0.1.0", "Ruth Mensah", EXPORTED_AT));
    }

    static Anchor anchor(String text, String exact) {
        int start = text.indexOf(exact);
        if (start < 0) {
            throw new IllegalArgumentException("fixture text lacks: " + exact);
        }
        return Anchor.of(text, start, start + exact.length());
    }

    static Span span(String text, String words) {
        int start = text.indexOf(words);
        return new Span(start, start + words.length());
    }
}
