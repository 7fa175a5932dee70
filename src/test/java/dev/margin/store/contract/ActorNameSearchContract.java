package dev.margin.store.contract;

import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.domain.read.SearchHit;
import dev.margin.store.sqlite.ReviewFixtures;
import dev.margin.service.LibraryServices;
import dev.margin.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching for a person finds what they said and claimed, not only the words that name them (issue 16, item 5):
 * the review search and {@code export --query} (which share the service's review queries) match speakers, mentioned actors
 * and claimants by name and alias, and follow renames, new aliases and a quote given to another speaker. Run against every store implementation.
 */
public abstract class ActorNameSearchContract {
    /** Opens the library kept at {@code file} (a SQLite file, or a PostgreSQL database named after it). */
    protected abstract Store openStore(Path file);

    @TempDir
    Path dir;
    private LibraryServices library;
    private ReviewFixtures lib;

    @BeforeEach
    void open() {
        Store store = openStore(dir.resolve("margin.db"));
        lib = new ReviewFixtures(store);
        library = LibraryServices.over(store, Clock.fixed(Instant.parse("2026-05-02T08:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<UUID> rows(String text) {
        return library.queries().rows(AnnotationFilter.none().withText(text), ReviewOrder.byDefault(), 0, 100).stream()
                .map(ReviewRow::annotationId).toList();
    }

    private List<UUID> hits(String text) {
        return library.queries().search(text, 100).stream().map(SearchHit::annotationId).toList();
    }

    @Test
    void aSpeakersSurnameFindsEveryQuoteAndClaimOfTheirsNotOnlyTheMention() {
        List<UUID> okafor = List.of(lib.budgetQuote.id(), lib.trainsQuote.id(), lib.passengersIndirect.id(), lib.farmersPartial.id(),
                lib.trillionClaim.id(), lib.exportsClaim.id(), lib.okaforMention.id());

        assertThat(rows("Okafor")).containsAll(okafor);
        assertThat(hits("Okafor")).containsAll(okafor);
        assertThat(library.queries().count(AnnotationFilter.none().withText("Adaeze"))).isGreaterThanOrEqualTo(okafor.size());
        // Her words and her name together narrow it down to her quote about trains.
        assertThat(rows("Okafor trains")).containsExactly(lib.trainsQuote.id());
    }

    @Test
    void theSearchFollowsARenameANewAliasAndAQuoteGivenToAnotherSpeaker() {
        library.actors().rename(lib.okafor.id(), "Adaeze Okafor-Bello");
        assertThat(rows("Bello")).contains(lib.budgetQuote.id(), lib.trillionClaim.id());

        library.actors().setAliases(lib.okafor.id(), List.of("Okafor", "the transport minister"));
        assertThat(rows("\"transport minister\"")).contains(lib.budgetQuote.id(), lib.exportsClaim.id());
        library.actors().setAliases(lib.okafor.id(), List.of());
        assertThat(rows("\"transport minister\"")).doesNotContain(lib.budgetQuote.id());

        library.annotations().update(lib.trainsQuote.withQuote(lib.trainsQuote.quote().withSpeaker(lib.mensah.id()), Instant.now()));
        assertThat(rows("Mensah")).contains(lib.trainsQuote.id());
        assertThat(rows("Bello")).doesNotContain(lib.trainsQuote.id());
    }

    @Test
    void aClaimTheOutletMakesIsFoundByTheOutletsName() {
        assertThat(rows("\"" + lib.port.outlet() + "\"")).contains(lib.trafficClaimByOutlet.id());
    }
}
