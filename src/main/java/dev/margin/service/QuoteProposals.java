package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.suggest.Lexicon;
import dev.margin.suggest.QuoteProposer;
import dev.margin.suggest.QuoteProposal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
        return proposer().propose(text, start, end, List.copyOf(actors));
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
