package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proposes quotes (direct, partial and indirect, with speaker and cue), actor mentions and check-worthy
 * claims for an article text, offline, from rules, the word lists of a {@link Lexicon} and, for the languages that
 * have one (en, de, fr), an Apache OpenNLP part-of-speech model shipped with the app (loaded on first use).
 *
 * <p>Pure and thread-safe: it keeps no state between calls, so one instance may serve the reader, the
 * importer and the command line at once. The text follows the domain convention (paragraphs separated
 * by '\n'); every offset in the result counts UTF-16 units of it, half-open. A 5,000-word article takes
 * 10-40 ms after warm-up (docs/SUGGESTIONS.md), and the first article in a tagged language also loads its model
 * (60-180 ms): callers in the UI run it off the FX thread.
 *
 * <pre>{@code
 * Suggester suggester = new Suggester(Lexicon.load());
 * List<Suggestion> all = suggester.suggest(article.text(), actorDao.all());
 * }</pre>
 */
public final class Suggester {
    private static final Comparator<Suggestion> TEXT_ORDER = Comparator.comparingInt(Suggestion::start)
            .thenComparing(Suggestion::kind).thenComparingInt(Suggestion::end);

    private final Lexicon lexicon;

    public Suggester(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** Suggestions for {@code text}, in text order. */
    public List<Suggestion> suggest(String text) {
        return suggest(text, List.of());
    }

    /**
     * Suggestions for {@code text}, in text order, matching the library's actors by name and alias: an
     * actor suggestion for a known actor carries its canonical name and {@link Suggestion#knownActorId()}.
     */
    public List<Suggestion> suggest(String text, List<Actor> knownActors) {
        return suggest(text, knownActors, null);
    }

    /**
     * As {@link #suggest(String, List)}, reading the text in {@code languageTag} (the article's metadata: "de",
     * "fr-CA"); a null or blank tag has the language detected from the text. A language without its own word
     * lists (see {@code dev/margin/suggest/lang/}) is read with the English ones.
     */
    public List<Suggestion> suggest(String text, List<Actor> knownActors, String languageTag) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(knownActors, "knownActors");
        ArticleReading reading = ArticleReading.of(lexicon, text, knownActors, languageTag);
        List<FoundQuote> direct = reading.direct;
        List<FoundQuote> indirect = reading.indirect;
        ActorIndex actors = reading.actors;

        List<Suggestion> suggestions = new ArrayList<>();
        Map<Integer, String> idByStart = new HashMap<>();
        for (FoundQuote quote : direct) {
            Suggestion suggestion = toSuggestion(text, quote, quote.partOf() >= 0 ? idByStart.get(quote.partOf()) : null, reading.lexicon.language());
            idByStart.put(quote.start(), suggestion.id());
            suggestions.add(suggestion);
        }
        for (FoundQuote quote : indirect) {
            suggestions.add(toSuggestion(text, quote, null, reading.lexicon.language()));
        }
        Set<ActorEntity> speakers = new HashSet<>();
        Stream.concat(direct.stream(), indirect.stream()).map(FoundQuote::speaker)
                .filter(speaker -> speaker != null && speaker.entity() != null).forEach(speaker -> speakers.add(speaker.entity()));
        suggestions.addAll(actorMentions(text, actors, PlaceOnlyStates.find(reading.layout, actors.mentions(), speakers, reading.lexicon.language())));
        for (Suggestion claim : new ClaimFinder(reading.layout, direct, indirect, reading.lexicon.language().claimCues,
                reading.lexicon.language().firstPerson).find(reading.furniture)) {
            suggestions.add(asWritten(text, claim));
        }
        suggestions.sort(TEXT_ORDER);
        return List.copyOf(suggestions);
    }

    /**
     * {@code suggestion} with its words as the article writes them: the rules read names printed in capitals in title
     * case ({@link ShoutedNames}), and a claim is cut from what they read.
     */
    private static Suggestion asWritten(String text, Suggestion s) {
        String written = text.substring(s.start(), s.end());
        return written.equals(s.exact()) ? s : new Suggestion(s.id(), s.kind(), s.start(), s.end(), written, s.quoteType(),
                s.resolution(), s.speaker(), s.speakerSpan(), s.cue(), s.cueSpan(), s.partOf(), s.actor(), s.actorType(), s.role(),
                s.knownActorId(), s.claimant(), s.claimKind(), s.confidence(), s.mentions());
    }

    /**
     * One suggestion per mention, each listing in {@link Suggestion#mentions()} every mention of its actor, so a
     * caller may offer the actor once ({@link #oneSuggestionPerActor}) and link all its mentions on acceptance.
     */
    private static List<Suggestion> actorMentions(String text, ActorIndex actors, Set<ActorEntity> placesOnly) {
        Map<ActorEntity, List<Span>> spansByActor = new HashMap<>();
        for (Mention mention : actors.mentions()) {
            spansByActor.computeIfAbsent(mention.entity(), entity -> new ArrayList<>()).add(new Span(mention.start(), mention.end()));
        }
        List<Suggestion> out = new ArrayList<>();
        for (Mention mention : actors.mentions()) {
            ActorEntity entity = mention.entity();
            if (placesOnly.contains(entity)) {
                continue;
            }
            out.add(Suggestion.actor(text, mention.start(), mention.end(), entity.name, entity.type, entity.role,
                    entity.knownActorId, mention.confidence(), spansByActor.get(entity)));
        }
        return out;
    }

    /**
     * The suggestions with the actor mentions folded into one suggestion per actor (its first mention, with the
     * highest confidence of its mentions), the others kept as they are: a wire story naming the same few states forty
     * times offers each state once, and its quotes and claims are not buried under actor boxes.
     */
    public static List<Suggestion> oneSuggestionPerActor(List<Suggestion> suggestions) {
        Map<String, Double> bestConfidence = new HashMap<>();
        for (Suggestion s : suggestions) {
            if (s.kind() == SuggestionKind.ACTOR) {
                bestConfidence.merge(actorKey(s), s.confidence(), Math::max);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.kind() != SuggestionKind.ACTOR) {
                out.add(s);
            } else if (bestConfidence.containsKey(actorKey(s))) {
                double confidence = bestConfidence.remove(actorKey(s));
                out.add(new Suggestion(s.id(), s.kind(), s.start(), s.end(), s.exact(), null, null, null, null, null, null, null,
                        s.actor(), s.actorType(), s.role(), s.knownActorId(), null, null, confidence, s.mentions()));
            }
        }
        return List.copyOf(out);
    }

    private static String actorKey(Suggestion s) {
        return s.actor() + "|" + s.actorType() + "|" + s.mentions();
    }

    private static Suggestion toSuggestion(String text, FoundQuote quote, String partOf, LanguageProfile language) {
        Speaker speaker = quote.speaker();
        if (speaker == null || unresolvedPronoun(speaker, language)) {
            return Suggestion.quote(text, quote.start(), quote.end(), quote.type(), SpeakerResolution.UNATTRIBUTED,
                    null, null, quote.cue(), quote.cueSpan(), partOf, quote.confidence());
        }
        return Suggestion.quote(text, quote.start(), quote.end(), quote.type(), speaker.resolution(), speaker.name(),
                speaker.span(), quote.cue(), quote.cueSpan(), partOf, quote.confidence());
    }

    /**
     * "…, sagte sie" with no woman named before: the rules keep the pronoun to show that a speaker was read, but a
     * suggestion naming "sie" would make an actor of the word on acceptance, so it names no one.
     */
    private static boolean unresolvedPronoun(Speaker speaker, LanguageProfile language) {
        return speaker.resolution() == SpeakerResolution.PRONOUN && speaker.entity() == null
                && language.pronouns.containsKey(speaker.name().toLowerCase(Locale.ROOT));
    }
}
