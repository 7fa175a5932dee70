package dev.margin.ui.editor;

import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.ContentHash;
import dev.margin.domain.QuoteDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An original wire-style article with overlapping annotations, for the view tests and screenshots. */
final class SampleArticles {
    static final Instant NOW = Instant.parse("2026-03-04T09:15:00Z");

    static final String TEXT = String.join("\n",
            "LAGOS, March 4 (Wire) — Nigeria’s transport ministry will cut commuter ferry fares by 12% from July, "
                    + "Transport Minister Adaeze Okafor said on Tuesday, in a move she described as overdue.",
            "“We will not let commuters pay for our mistakes,” Okafor told reporters at the Marina jetty, adding that "
                    + "the subsidy would cost about ₦18 billion a year.",
            "Operators reaction",
            "The Lagos Ferry Operators Association said the cut was “a gift to the voters, not to the passengers” and "
                    + "warned that routes to Ikorodu could close by the end of the year.",
            "Also read: Why Lagos commuters are turning to the water",
            "Okafor’s ministry has not published the costing. Analysts at the Centre for Transport Policy put the "
                    + "true figure closer to ₦30 billion, citing fuel prices that rose 40% in 2025.");

    private SampleArticles() {
    }

    static Article article() {
        return article(TEXT, List.of(2));
    }

    static Article article(String text, List<Integer> headings) {
        return new Article(1, "Lagos to cut ferry fares by 12% as minister promises relief", "By Tunde Bakare and Amina Yusuf",
                "Wire News", "https://news.example.org/2026/03/04/lagos-ferry-fares", LocalDate.of(2026, 3, 4), NOW, "en",
                text, headings, ContentHash.of(text), 1);
    }

    static int at(String words) {
        int start = TEXT.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in the sample");
        }
        return start;
    }

    static Anchor anchor(String words) {
        int start = at(words);
        return Anchor.of(TEXT, start, start + words.length());
    }

    static Annotation quote(String words) {
        return Annotation.quote(1, 1, anchor(words), QuoteDetails.direct(7L, "told"), NOW);
    }

    static Annotation actor(String words) {
        return Annotation.actorMention(1, 1, anchor(words), 7L, NOW);
    }

    static Annotation claim(String words) {
        return Annotation.claim(1, 1, anchor(words),
                new ClaimDetails("", 7L, false, ClaimKind.STATISTIC, ClaimStatus.UNVERIFIED, List.of(), null), NOW);
    }

    static Annotation highlight(String words) {
        return Annotation.highlight(1, 1, anchor(words), NOW);
    }

    /** A claim around a quote around an actor, plus one of every other kind, some crossing. */
    static List<Annotation> overlapping() {
        List<Annotation> list = new ArrayList<>();
        list.add(claim("“We will not let commuters pay for our mistakes,” Okafor told reporters"));
        list.add(quote("“We will not let commuters pay for our mistakes,”"));
        list.add(actor("commuters"));
        list.add(actor("Adaeze Okafor"));
        list.add(claim("cut commuter ferry fares by 12% from July"));
        list.add(highlight("fares by 12% from July, Transport Minister"));
        list.add(quote("“a gift to the voters, not to the passengers”"));
        list.add(actor("The Lagos Ferry Operators Association"));
        list.add(claim("fuel prices that rose 40% in 2025"));
        list.add(highlight("has not published the costing"));
        return list;
    }
}
