package dev.margin.bench;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
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
import java.util.Random;
import java.util.UUID;

/**
 * A generated library shaped like a newsroom's: articles of wire-style sentences over a vocabulary with a few
 * very common words and many rare ones, every sentence of an article annotated (quotes of several types by
 * a few hundred actors, mentions, claims of every status, highlights), some with notes and tags.
 * Seeded, so every run builds the same library.
 */
final class SearchCorpus {
    static final List<String> OUTLETS = List.of("Margin Wire", "Harbour Post", "Daily Ledger", "Coastal Times", "The Observer Desk",
            "Metro Courier", "Northern Herald", "Capital Report", "Sahel Review", "Island Gazette", "River Dispatch", "Plains Chronicle");
    static final List<String> TAGS = List.of("budget", "rail", "trade", "health", "election", "sanctions", "energy", "housing",
            "courts", "climate", "education", "ports", "security", "jobs", "water", "tax", "corruption", "media", "farming", "fuel");
    /** Common newsroom words, most frequent first; the generator draws early ones far more often. */
    private static final String[] COMMON = ("the government minister said would on of in to and a for that with percent budget "
            + "new year by from was were has had will not last million billion bank central inflation sanctions election "
            + "parliament opposition president spokesperson officials reporters statement policy plan rail port trade "
            + "exports imports tariffs fuel prices tax health hospital schools teachers police court judge ruling appeal "
            + "council mayor residents housing water energy power grid climate drought flood farmers harvest cocoa coffee "
            + "maize wheat rates interest currency debt loan deficit growth jobs unemployment strike union wages pension "
            + "security army border refugees aid donors talks agreement deal ceasefire protest march campaign vote ballot "
            + "turnout candidate party coalition cabinet ministry agency regulator investigation audit report figures data "
            + "survey estimate forecast quarter month week Tuesday Wednesday Thursday Friday Monday capital region province "
            + "district city village coast river bridge road airport terminal ferry trains passengers shipping container "
            + "freight cargo oil gas mining gold copper lithium solar wind dam electricity subsidy reform corruption "
            + "journalists media newspaper broadcast license internet phone banks investors market shares index bonds").split(" ");
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ta", "ren", "su", "bo", "dan", "el", "ri", "no", "ve", "sa",
            "tor", "an", "gu", "li", "pe", "zo", "ha", "ku", "min", "da", "or", "we", "ye", "ba", "che", "fi", "ro"};
    private static final String[] CUES = {"said", "told reporters", "according to", "added", "warned", "argued", "insisted"};

    private final Random random = new Random(20261124L);
    private final List<String> rareWords = new ArrayList<>();

    SearchCorpus() {
        for (int i = 0; i < 6000; i++) {
            rareWords.add(word(2 + random.nextInt(3)));
        }
    }

    /** Fills {@code store} with {@code articles} articles of {@code perArticle} annotations each, in one transaction per article. */
    void seed(Store store, int articles, int perArticle, int actors) {
        List<Long> actorIds = new ArrayList<>();
        store.inTransaction(() -> {
            for (int i = 0; i < actors; i++) {
                String name = capitalised(word(2)) + " " + capitalised(word(3));
                actorIds.add(store.actors().insert(Actor.named(name, i % 5 == 0 ? ActorType.ORGANISATION : ActorType.PERSON)).id());
            }
        });
        Instant created = Instant.parse("2024-01-01T08:00:00Z");
        for (int a = 0; a < articles; a++) {
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < perArticle; s++) {
                sentences.add(sentence());
            }
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < sentences.size(); s++) {
                text.append(sentences.get(s)).append(s % 4 == 3 ? "\n" : " ");
            }
            LocalDate date = a % 50 == 49 ? null : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
            ArticleDraft draft = new ArticleDraft(capitalised(sentence(6).replace(".", "")), "By " + capitalised(word(2)),
                    OUTLETS.get(skewed(OUTLETS.size())), "https://news.example/" + a, date, "en", text.toString().strip(), List.of());
            Instant articleCreated = created.plusSeconds(3600L * a);
            store.inTransaction(() -> {
                Article article = store.articles().insert(draft, articleCreated);
                List<Annotation> annotations = new ArrayList<>();
                int offset = 0;
                for (int s = 0; s < sentences.size(); s++) {
                    String sentence = sentences.get(s);
                    int start = article.text().indexOf(sentence, offset);
                    offset = start + sentence.length();
                    Anchor anchor = Anchor.of(article.text(), start, start + sentence.length());
                    annotations.add(annotation(article, anchor, actorIds, articleCreated.plusSeconds(s)));
                }
                store.annotations().insertAll(annotations);
            });
        }
    }

    private Annotation annotation(Article article, Anchor anchor, List<Long> actors, Instant created) {
        long actor = actors.get(skewed(actors.size()));
        int roll = random.nextInt(100);
        AnnotationKind kind = roll < 40 ? AnnotationKind.QUOTE : roll < 65 ? AnnotationKind.ACTOR : roll < 85 ? AnnotationKind.CLAIM
                : AnnotationKind.HIGHLIGHT;
        QuoteDetails quote = null;
        ClaimDetails claim = null;
        Long mentioned = null;
        switch (kind) {
            case QUOTE -> {
                int type = random.nextInt(10);
                quote = new QuoteDetails(actor, null, CUES[random.nextInt(CUES.length)], null,
                        type < 6 ? QuoteType.DIRECT : type < 9 ? QuoteType.INDIRECT : QuoteType.PARTIAL, null);
            }
            case CLAIM -> claim = new ClaimDetails("", random.nextInt(10) == 0 ? null : actor, false, ClaimKind.STATISTIC,
                    ClaimStatus.values()[skewed(ClaimStatus.values().length)], List.of(), null);
            case ACTOR -> mentioned = actor;
            case HIGHLIGHT -> { }
        }
        String note = random.nextInt(5) == 0 ? "Check: " + sentence(8) : "";
        List<String> tags = random.nextInt(10) < 3 ? List.of(TAGS.get(skewed(TAGS.size()))) : List.of();
        return new Annotation(UUID.randomUUID(), article.id(), article.revision(), anchor, null, TestBodies.of(kind, quote, mentioned, claim),
                note, tags, null, created, created);
    }

    private String sentence() {
        return sentence(8 + random.nextInt(18));
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                sentence.append(' ');
            }
            sentence.append(random.nextInt(4) == 0 ? rareWords.get(random.nextInt(rareWords.size())) : COMMON[skewed(COMMON.length)]);
        }
        return capitalised(sentence.toString()) + ".";
    }

    /** An index below {@code size}, small ones far more likely (roughly Zipf-like). */
    private int skewed(int size) {
        double r = random.nextDouble();
        return (int) (size * r * r * r);
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
