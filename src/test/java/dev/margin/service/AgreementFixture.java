package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Provenance;
import dev.margin.domain.QuoteDetails;
import dev.margin.store.sqlite.SqliteStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A library three annotators coded, saved through the services and stamped with who made each annotation (as a copy
 * from a team library records it). The bridge article: ana and tomas agree on a quote, its speaker and a claim, differ
 * on that claim's verdict, only tomas marks a second (indirect) quote and only ana a mention. The ferry article: ana,
 * tomas and lena mark one quote, tomas with its quotation marks; only lena marks a claim. A third article only ana coded.
 */
public final class AgreementFixture {
    public static final String BRIDGE = String.join("\n",
            "Toll rise on harbour bridge approved",
            "KESTREL BAY, May 6 (Margin Wire) – The council approved a 15% toll rise on Tuesday.",
            "“The toll pays for the repairs the bridge has needed since 2019,” said Mara Lindqvist, the council’s finance chair.",
            "Lindqvist said the rise would bring in 4 million crowns a year.",
            "Also read: Ferry timetable questioned");
    public static final String FERRY = String.join("\n",
            "Ferry operator defends timetable",
            "KESTREL BAY, May 8 (Margin Wire) – The ferry operator rejected criticism of its new timetable.",
            "“Nobody waits more than twenty minutes,” operations head Jonas Ek said, a figure commuters disputed.",
            "Mara Lindqvist, the council’s finance chair, said the ferry budget was not her decision.");
    public static final String HARBOUR = String.join("\n",
            "Harbour dredging starts in June",
            "KESTREL BAY, May 9 (Margin Wire) – Dredging of the inner harbour starts in June, the port authority said.");

    public final Article bridge;
    public final Article ferry;
    public final Article harbour;
    public final Annotation anasTollQuote;
    public final Annotation tomasIndirectQuote;
    public final Annotation tomasFerryQuote;
    public final Annotation anasMention;

    public AgreementFixture(Path library) {
        try (SqliteStore store = SqliteStore.open(library)) {
            Clock clock = Clock.systemUTC();
            LibraryService articles = new LibraryService(store, clock);
            AnnotationService annotations = new AnnotationService(store, clock);
            ActorService actors = new ActorService(store, clock);
            bridge = articles.importDraft(new ArticleDraft("Toll rise on harbour bridge approved", "", "Margin Wire",
                    "https://wire.example/bridge-toll", LocalDate.of(2026, 5, 6), "en", BRIDGE, List.of(0))).article();
            ferry = articles.importDraft(new ArticleDraft("Ferry operator defends timetable", "", "Harbour Post",
                    "https://harbour.example/ferry", LocalDate.of(2026, 5, 8), "en", FERRY, List.of(0))).article();
            harbour = articles.importDraft(new ArticleDraft("Harbour dredging starts in June", "", "Margin Wire",
                    "https://wire.example/dredging", LocalDate.of(2026, 5, 9), "en", HARBOUR, List.of(0))).article();
            Actor lindqvist = actors.create(Actor.named("Mara Lindqvist", ActorType.PERSON));
            Actor ek = actors.create(Actor.named("Jonas Ek", ActorType.PERSON));
            Map<String, List<Annotation>> made = new HashMap<>();

            anasTollQuote = quote(annotations, bridge, "The toll pays for the repairs the bridge has needed since 2019", lindqvist);
            Annotation tomasTollQuote = quote(annotations, bridge, "The toll pays for the repairs the bridge has needed since 2019", lindqvist);
            Annotation anasClaim = claim(annotations, bridge, "the rise would bring in 4 million crowns a year", lindqvist, ClaimStatus.UNVERIFIED);
            Annotation tomasClaim = claim(annotations, bridge, "the rise would bring in 4 million crowns a year", lindqvist, ClaimStatus.SUPPORTED);
            tomasIndirectQuote = quote(annotations, bridge, "Lindqvist said the rise would bring in 4 million crowns a year", lindqvist);
            int mention = BRIDGE.indexOf("Mara Lindqvist");
            anasMention = annotations.createActorMention(bridge.id(), mention, mention + "Mara Lindqvist".length(), lindqvist.id());

            Annotation anasFerryQuote = quote(annotations, ferry, "Nobody waits more than twenty minutes", ek);
            tomasFerryQuote = quote(annotations, ferry, "“Nobody waits more than twenty minutes,”", ek);
            Annotation lenasFerryQuote = quote(annotations, ferry, "Nobody waits more than twenty minutes", ek);
            Annotation lenasClaim = claim(annotations, ferry, "the ferry budget was not her decision", lindqvist, ClaimStatus.UNVERIFIED);
            Annotation anasHarbour = annotations.createHighlight(harbour.id(), HARBOUR.indexOf("Dredging"), HARBOUR.indexOf("Dredging") + 8);

            made.put("ana", List.of(anasTollQuote, anasClaim, anasMention, anasFerryQuote, anasHarbour));
            made.put("tomas", List.of(tomasTollQuote, tomasClaim, tomasIndirectQuote, tomasFerryQuote));
            made.put("lena", List.of(lenasFerryQuote, lenasClaim));
            Map<java.util.UUID, Provenance> makers = new HashMap<>();
            made.forEach((who, theirs) -> theirs.forEach(annotation -> makers.put(annotation.id(), Provenance.madeBy(who))));
            store.provenance().stampAnnotations(makers);
        }
    }

    /**
     * Writes the library to the file named (for looking at the agreement view): {@code mvn -B -q -o -Pbench test-compile
     * exec:exec -Dbench.main=dev.margin.service.AgreementFixture -Dbench.args=/tmp/agreement/margin.db}.
     */
    public static void main(String[] args) throws java.io.IOException {
        Path library = Path.of(args[0]);
        java.nio.file.Files.createDirectories(library.toAbsolutePath().getParent());
        new AgreementFixture(library);
        System.out.println("wrote " + library);
    }

    private static Annotation quote(AnnotationService annotations, Article article, String words, Actor speaker) {
        int start = article.text().indexOf(words);
        return annotations.createQuote(article.id(), start, start + words.length(), QuoteDetails.direct(speaker.id(), "said"));
    }

    private static Annotation claim(AnnotationService annotations, Article article, String words, Actor claimant, ClaimStatus status) {
        int start = article.text().indexOf(words);
        return annotations.createClaim(article.id(), start, start + words.length(),
                new ClaimDetails("", claimant.id(), false, ClaimKind.STATISTIC, status, List.of(), null));
    }
}
