package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.suggest.Lexicon;
import dev.margin.suggest.QuoteProposer;
import dev.margin.suggest.QuoteProposal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The proposal for words marked as a quote (type, speaker, cue), made by the suggestion engine over the
 * article text and the library's actors: what the window's Q dialog shows and what {@code margin annotate}
 * fills in when no speaker, cue or type is given. It reads no store: the caller passes the actors it holds
 * (the window its in-memory list, so the proposal costs no disk access on the UI thread). The word lists load
 * on first use and are kept.
 */
public final class QuoteProposals {
    private final Supplier<Lexicon> lexicon;
    private volatile QuoteProposer proposer;

    public QuoteProposals() {
        this(Lexicon::load);
    }

    public QuoteProposals(Supplier<Lexicon> lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The proposal for the quote {@code [start, end)} of {@code text}, a speaker matched to {@code actors} by name or alias. */
    public QuoteProposal propose(String text, int start, int end, Collection<Actor> actors) {
        QuoteProposal proposal = proposer().propose(text, start, end, List.copyOf(actors));
        if (proposal.hasName() && proposal.knownActorId() == null) {
            // the name the rules read may still mean a library actor by the rule a typed name follows ("Okafor")
            Optional<Actor> known = ActorNaming.resolve(actors, proposal.name());
            if (known.isPresent()) {
                return proposal.knownAs(known.get().id(), known.get().name(), known.get().type());
            }
        }
        return proposal;
    }

    /**
     * A quote's details as the user confirmed the proposal: where the speaker typed is the proposed one (by name,
     * or by being the library actor proposed), the quote keeps where the text names it and how it was found;
     * where the cue typed is the proposed one, where it stands. A speaker left empty leaves the quote
     * unattributed, or from an unnamed source when the proposal found one ("a senior official").
     *
     * @param typedSpeaker the speaker as typed, empty for none
     * @param speakerId    the actor the typed speaker resolved to, or null (none, or one still to be created)
     */
    public static QuoteDetails details(QuoteProposal proposal, String typedSpeaker, Long speakerId, String cue, QuoteType type) {
        String typed = typedSpeaker == null ? "" : typedSpeaker.strip();
        String typedCue = cue == null ? "" : cue.strip();
        boolean acceptedName = !typed.isEmpty() && proposal.hasName()
                && (proposal.name().equalsIgnoreCase(typed) || speakerId != null && speakerId.equals(proposal.knownActorId()));
        boolean acceptedCue = !proposal.cue().isEmpty() && proposal.cue().equalsIgnoreCase(typedCue);
        boolean anonymous = typed.isEmpty() && proposal.resolution() == SpeakerResolution.ANONYMOUS;
        SpeakerResolution resolution = anonymous ? SpeakerResolution.ANONYMOUS
                : typed.isEmpty() ? SpeakerResolution.UNATTRIBUTED
                : acceptedName ? proposal.resolution() : SpeakerResolution.EXPLICIT;
        return new QuoteDetails(speakerId, acceptedName || anonymous ? proposal.nameSpan() : null, typedCue,
                acceptedCue ? proposal.cueSpan() : null, type == null ? proposal.type() : type, resolution);
    }

    /** Loads the word lists now, so that the first proposal does not; for a background thread. */
    public void warmUp() {
        proposer();
    }

    private QuoteProposer proposer() {
        QuoteProposer loaded = proposer;
        if (loaded == null) {
            synchronized (this) {
                if (proposer == null) {
                    proposer = new QuoteProposer(lexicon.get());
                }
                loaded = proposer;
            }
        }
        return loaded;
    }
}
