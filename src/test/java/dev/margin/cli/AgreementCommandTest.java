package dev.margin.cli;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationBody;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Provenance;
import dev.margin.domain.QuoteDetails;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code margin agreement} on a library two annotators coded: the same quote and speaker (alpha 1), a quote only one
 * of them marked, the same claim with two verdicts, and a mention only one made; an article only one coded is left out.
 */
class AgreementCommandTest {
    @TempDir
    Path dir;
    private CliRunner cli;
    private long railId;

    @BeforeEach
    void seed() {
        cli = CliRunner.in(dir);
        try (SqliteStore store = SqliteStore.open(cli.dataDir().resolve(DataDirectory.FILE_NAME))) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            Article port = store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0);
            railId = rail.id();
            Actor okafor = store.actors().insert(StoreFixtures.okafor());
            Map<UUID, Provenance> makers = new HashMap<>();
            Annotation anasQuote = StoreFixtures.quote(rail.id(), okafor.id());
            Annotation tomasQuote = copy(anasQuote, anasQuote.body());
            Annotation tomasOwn = Annotation.quote(rail.id(), 1, StoreFixtures.anchorOn(StoreFixtures.RAIL_TEXT, "The trains will run."),
                    QuoteDetails.direct(okafor.id(), "told"), StoreFixtures.T0);
            Annotation anasClaim = StoreFixtures.claim(rail.id(), okafor.id(), null);
            ClaimDetails c = anasClaim.claim();
            Annotation unverified = anasClaim.withClaim(new ClaimDetails(c.statement(), c.claimantActorId(), false, c.kind(),
                    ClaimStatus.UNVERIFIED, c.evidence(), null), StoreFixtures.T0);
            Annotation tomasClaim = copy(anasClaim, anasClaim.body());
            Annotation anasMention = StoreFixtures.mention(rail.id(), okafor.id());
            Annotation portHighlight = Annotation.highlight(port.id(), 1, StoreFixtures.anchorOn(StoreFixtures.portDraft().text(), "Tema"),
                    StoreFixtures.T0);
            store.annotations().insertAll(List.of(anasQuote, tomasQuote, tomasOwn, unverified, tomasClaim, anasMention, portHighlight));
            for (Annotation ana : List.of(anasQuote, unverified, anasMention, portHighlight)) {
                makers.put(ana.id(), Provenance.madeBy("ana"));
            }
            for (Annotation tomas : List.of(tomasQuote, tomasOwn, tomasClaim)) {
                makers.put(tomas.id(), Provenance.madeBy("tomas"));
            }
            store.provenance().stampAnnotations(makers);
        }
    }

    private static Annotation copy(Annotation of, AnnotationBody body) {
        return new Annotation(UUID.randomUUID(), of.articleId(), of.revision(), of.anchor(), of.anchorState(), body, "", List.of(),
                null, of.created(), of.modified());
    }

    @Test
    void printsAlphaPerKindAndTheCodingsSideBySide() {
        CliRunner.Run run = cli.run("agreement");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String quote = "We are not going to wait for the next budget cycle";
        int trains = StoreFixtures.RAIL_TEXT.indexOf("The trains will run.");
        int claim = StoreFixtures.RAIL_TEXT.indexOf("would carry 40,000");
        int claimEnd = claim + "would carry 40,000 passengers a day 🚆".length();
        assertThat(run.out())
                .contains("Article " + railId + " \"Rail plan faces first test in parliament\", coded by ana, tomas:")
                .containsPattern("quote spans +alpha = 0\\.\\d{3} \\(3 units\\)")
                .containsPattern("claims +alpha = 1\\.000 \\(2 units\\)")
                .containsPattern("claim verdicts +alpha = -?\\d\\.\\d{3} \\(2 units\\)")
                .containsPattern("actor mentions +alpha = -?\\d\\.\\d{3} \\(1 unit\\)")
                .contains("Where they differ on quote spans:")
                .contains("[" + trains + ", " + (trains + 20) + ") \"The trains will run.\" | ana: - | tomas: quote [" + trains + ", "
                        + (trains + 20) + ")")
                .contains("[" + claim + ", " + claimEnd + ") \"would carry 40,000 passengers a day 🚆\" | ana: unverified [" + claim
                        + ", " + claimEnd + ") | tomas: disputed [" + claim + ", " + claimEnd + ")")
                .doesNotContain("Tema container traffic")
                .doesNotContain("\"" + quote + "\" | ana");
        assertThat(run.out()).doesNotContain("Where they differ on claims:");
    }

    @Test
    void oneKindOfOneArticle() {
        CliRunner.Run run = cli.run("agreement", "--article", String.valueOf(railId), "--kind", "claims");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("claims").doesNotContain("quote spans").doesNotContain("speakers");
        CliRunner.Run bad = cli.run("agreement", "--kind", "tone");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown kind \"tone\"");
        CliRunner.Run alone = cli.run("agreement", "--article", String.valueOf(railId + 1));
        assertThat(alone.out()).contains("was not coded by two or more annotators");
    }
}
