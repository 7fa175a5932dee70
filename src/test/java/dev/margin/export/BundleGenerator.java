package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
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
import dev.margin.domain.SpeakerResolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates a large, varied bundle in memory for benchmarks and volume tests: wire-style
 * paragraphs with emoji and an Arabic line, and annotations of every kind that overlap.
 * The same seed gives the same bundle.
 */
public final class BundleGenerator {
    private static final String[] SENTENCES = {
            "“We will publish the audit in full by Friday,” the minister said in a statement.",
            "Officials said 1,240 households had been moved since the floods began 🌧️.",
            "The central bank raised its benchmark rate by 50 basis points to 11.5%, citing food prices.",
            "Critics said the plan would cost at least $3.2 billion, a figure the treasury called “speculative”.",
            "قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل.",
            "Union leaders, who represent about 40,000 workers, said talks had stalled over pensions.",
            "Also read: Drought cuts maize harvest by a fifth",
            "The company did not respond to a request for comment on Tuesday 📉.",
    };
    private static final String[] NAMES = {"Adaeze Okafor", "Lindiwe Dube", "Karim Haddad", "Mariana Souza", "Port Authority",
            "Ministry of Finance", "Coastal Alliance", "Tomasz Wiśniewski", "Aiko Tanaka", "Farmers' Union"};

    private BundleGenerator() {
    }

    /**
     * A text of exactly {@code length} UTF-16 units: wire-style sentences whose numbers differ, so no long stretch
     * repeats, with an emoji now and then; it ends on a whole character.
     */
    public static String longText(int length) {
        StringBuilder text = new StringBuilder(length + 200);
        for (int n = 0; text.length() < length; n++) {
            text.append("Paragraph ").append(n).append(": officials said ").append(n * 7 % 1000).append(" households moved")
                    .append(n % 50 == 0 ? " 🌧️" : "").append(". The ministry declined to comment.\n");
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, '.');
        }
        return text.toString();
    }

    public static ExportBundle generate(int articleCount, int annotationsPerArticle, long seed) {
        Random random = new Random(seed);
        Instant base = Instant.parse("2026-10-01T06:00:00Z");
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            actors.add(new Actor(i + 1, NAMES[i], List.of(NAMES[i].split(" ")[NAMES[i].split(" ").length - 1]),
                    i < 4 || i > 6 ? ActorType.PERSON : ActorType.ORGANISATION, "Role " + i, i % 3 == 0 ? "Q" + (1000 + i) : null, null, List.of()));
        }
        List<Article> articles = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (int a = 1; a <= articleCount; a++) {
            StringBuilder text = new StringBuilder("Report number " + a + " on the economy");
            int paragraphs = 12 + random.nextInt(10);
            for (int p = 0; p < paragraphs; p++) {
                text.append('\n');
                for (int s = 0; s < 3; s++) {
                    text.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
                }
            }
            String body = text.toString();
            Article article = new Article(a, "Report number " + a + " on the economy", "By Staff", "Wirenews",
                    "https://news.example.org/report/" + a, LocalDate.of(2026, 10, 1).plusDays(a % 50),
                    base.plusSeconds(a * 3600L), "en", body, List.of(0), ContentHash.of(body), 1);
            articles.add(article);
            for (int n = 0; n < annotationsPerArticle; n++) {
                annotations.add(annotation(article, n, random, base));
            }
        }
        return new ExportBundle(articles, actors, annotations, new ExportInfo("Margin", "bench", "Bench Runner", base));
    }

    private static Annotation annotation(Article article, int n, Random random, Instant base) {
        String text = article.text();
        int start = random.nextInt(text.length() - 60);
        if (Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        int end = start + 5 + random.nextInt(50);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        Anchor anchor = Anchor.of(text, start, end);
        AnnotationKind kind = AnnotationKind.values()[n % 4];
        long actor = 1 + random.nextInt(NAMES.length);
        UUID id = new UUID(article.id(), n);
        Instant created = base.plusSeconds(article.id() * 3600L + n);
        String note = "Note" + article.id() + "x" + n + " checks the figure against the budget table, see *page 4*.";
        List<String> tags = n % 3 == 0 ? List.of("economy", "check-" + (n % 5)) : List.of();
        return switch (kind) {
            case HIGHLIGHT -> new Annotation(id, article.id(), 1, anchor, AnchorState.OK, TestBodies.of(kind, null, null, null), note, tags, null, created, created);
            case QUOTE -> new Annotation(id, article.id(), 1, anchor, AnchorState.OK, TestBodies.of(kind,
                    new QuoteDetails(actor, null, "said", null, QuoteType.values()[n % 3], SpeakerResolution.EXPLICIT),
                    null, null), note, tags, null, created, created);
            case ACTOR -> new Annotation(id, article.id(), 1, anchor, AnchorState.OK, TestBodies.of(kind, null, actor, null), note, tags, null, created, created);
            case CLAIM -> new Annotation(id, article.id(), 1, anchor, AnchorState.OK, TestBodies.of(kind, null, null,
                    new ClaimDetails("Statement " + n, actor, false, ClaimKind.values()[n % 5], ClaimStatus.values()[n % 6],
                            List.of(new Evidence("https://stats.example.org/table/" + n, null, EvidenceStance.values()[n % 3], "Table " + n)), null)),
                    note, tags, null, created, created);
        };
    }
}
