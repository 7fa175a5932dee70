package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;
import dev.margin.suggest.QuoteProposal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The proposal service: the library's actors behind a proposed name, and the details kept when the user accepts it. */
class QuoteProposalsTest {
    private static final String TEXT = "Transport Minister Adaeze Okafor spoke.\n“We will keep fares low,” Okafor said.";
    private static final Actor OKAFOR = new Actor(4, "Adaeze Okafor", List.of(), ActorType.PERSON, "", null, null, List.of());
    private final QuoteProposals proposals = new QuoteProposals();

    private QuoteProposal propose(List<Actor> actors) {
        int start = TEXT.indexOf("We will");
        return proposals.propose(TEXT, start, TEXT.indexOf(",”"), actors);
    }

    @Test
    void theProposedSpeakerIsTheLibraryActorItsNameMeans() {
        QuoteProposal proposal = propose(List.of(OKAFOR));

        assertThat(proposal.name()).isEqualTo("Adaeze Okafor");
        assertThat(proposal.knownActorId()).isEqualTo(4L);
        assertThat(proposal.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(propose(List.of()).knownActorId()).isNull();
    }

    @Test
    void acceptingTheSpeakerByNameOrByItsActorKeepsWhereTheTextNamesIt() {
        QuoteProposal proposal = propose(List.of(OKAFOR));

        QuoteDetails byName = QuoteProposals.details(proposal, "adaeze okafor", 4L, "said", null);
        QuoteDetails bySurname = QuoteProposals.details(proposal, "Okafor", 4L, "said", null);
        assertThat(bySurname).isEqualTo(byName);
        assertThat(TEXT.substring(byName.speakerSpan().start(), byName.speakerSpan().end())).isEqualTo("Okafor");
        assertThat(TEXT.substring(byName.cueSpan().start(), byName.cueSpan().end())).isEqualTo("said");
        assertThat(byName.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(byName.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
    }

    @Test
    void anotherSpeakerOrCueDropsTheProposedSpans() {
        QuoteProposal proposal = propose(List.of(OKAFOR));

        QuoteDetails other = QuoteProposals.details(proposal, "Chidi Nwosu", null, "told", QuoteType.PARTIAL);
        assertThat(other.speakerSpan()).isNull();
        assertThat(other.cueSpan()).isNull();
        assertThat(other.type()).isEqualTo(QuoteType.PARTIAL);
        assertThat(other.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        QuoteDetails nobody = QuoteProposals.details(proposal, "", null, "", null);
        assertThat(nobody.resolution()).isEqualTo(SpeakerResolution.UNATTRIBUTED);
        assertThat(nobody.speakerSpan()).isNull();
    }

    @Test
    void anUnnamedSourceLeftEmptyStaysAnonymous() {
        QuoteProposal anonymous = new QuoteProposal("", new Span(0, 9), "said", new Span(10, 14), SpeakerResolution.ANONYMOUS,
                QuoteType.DIRECT, null, null);

        QuoteDetails details = QuoteProposals.details(anonymous, " ", null, "said", null);
        assertThat(details.resolution()).isEqualTo(SpeakerResolution.ANONYMOUS);
        assertThat(details.speakerSpan()).isEqualTo(new Span(0, 9));
        assertThat(details.speakerActorId()).isNull();
    }
}
