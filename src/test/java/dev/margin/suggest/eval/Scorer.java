package dev.margin.suggest.eval;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares suggestions with one fixture's gold annotations.
 *
 * <ul>
 *   <li>Direct quotes (DIRECT and PARTIAL): a match needs exactly the same span.</li>
 *   <li>Indirect quotes and claims: a match needs an overlap covering at least half of the longer of the
 *       two spans; each gold span matches at most one suggestion.</li>
 *   <li>Speakers: over matched quotes, right when the names agree (the gold actor's aliases count), or
 *       when both say anonymous, or both say nobody; once over all matched quotes and once over the quotes in marks
 *       alone, which is what issue 17 measures.</li>
 *   <li>Actors: per actor, not per mention: a gold actor is found when a suggestion's canonical name is
 *       its name or an alias; a suggested actor is wrong when no gold actor answers to it.</li>
 *   <li>Claimants: over matched claims, right when the names agree or one contains the other.</li>
 *   <li>Non-persons as persons: suggested actors typed PERSON whose name answers to no gold person (a common
 *       noun such as "Entscheidung", a place, an organisation).</li>
 * </ul>
 */
public final class Scorer {
    /** The scores of one fixture. */
    public record Result(Score direct, Score indirect, Score speakers, Score quoteSpeakers, Score actors, Score claims,
                         int nonPersonsAsPersons) {
        public static final Result ZERO = new Result(Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, 0);

        public Result plus(Result other) {
            return new Result(direct.plus(other.direct), indirect.plus(other.indirect), speakers.plus(other.speakers),
                    quoteSpeakers.plus(other.quoteSpeakers), actors.plus(other.actors), claims.plus(other.claims),
                    nonPersonsAsPersons + other.nonPersonsAsPersons);
        }
    }

    public Result score(GoldArticle gold, List<Suggestion> suggestions) {
        List<Suggestion> directSuggested = new ArrayList<>();
        List<Suggestion> indirectSuggested = new ArrayList<>();
        List<Suggestion> claimsSuggested = new ArrayList<>();
        Set<String> actorNames = new LinkedHashSet<>();
        Set<String> personNames = new LinkedHashSet<>();
        for (Suggestion s : suggestions) {
            if (s.kind() == SuggestionKind.ACTOR && s.actorType() == ActorType.PERSON) {
                personNames.add(s.actor());
            }
            switch (s.kind()) {
                case QUOTE -> (s.quoteType() == QuoteType.INDIRECT ? indirectSuggested : directSuggested).add(s);
                case CLAIM -> claimsSuggested.add(s);
                case ACTOR -> actorNames.add(s.actor());
            }
        }
        List<GoldArticle.Quote> directGold = gold.quotes().stream().filter(q -> q.type() != QuoteType.INDIRECT).toList();
        List<GoldArticle.Quote> indirectGold = gold.quotes().stream().filter(q -> q.type() == QuoteType.INDIRECT).toList();

        int[] quoteSpeakerCounts = new int[2];
        int[] reportedSpeakerCounts = new int[2];
        Score direct = matchQuotes(gold, directGold, directSuggested, true, quoteSpeakerCounts);
        Score indirect = matchQuotes(gold, indirectGold, indirectSuggested, false, reportedSpeakerCounts);
        Score speakers = new Score(quoteSpeakerCounts[0] + reportedSpeakerCounts[0], 0, 0, quoteSpeakerCounts[1] + reportedSpeakerCounts[1]);
        // the issue measures the speaker over quotes in marks alone
        Score quoteSpeakers = new Score(quoteSpeakerCounts[0], 0, 0, quoteSpeakerCounts[1]);
        return new Result(direct, indirect, speakers, quoteSpeakers, scoreActors(gold, actorNames), scoreClaims(gold, claimsSuggested),
                nonPersonsAsPersons(gold, personNames));
    }

    private static Score matchQuotes(GoldArticle gold, List<GoldArticle.Quote> expected, List<Suggestion> suggested,
                                     boolean exact, int[] speakerCounts) {
        boolean[] used = new boolean[suggested.size()];
        int matched = 0;
        for (GoldArticle.Quote quote : expected) {
            int found = -1;
            for (int k = 0; k < suggested.size() && found < 0; k++) {
                Suggestion s = suggested.get(k);
                boolean fits = exact ? s.start() == quote.start() && s.end() == quote.end()
                        : overlapsEnough(quote.start(), quote.end(), s.start(), s.end());
                if (!used[k] && fits) {
                    found = k;
                }
            }
            if (found >= 0) {
                used[found] = true;
                matched++;
                speakerCounts[0]++;
                if (sameSpeaker(gold, quote, suggested.get(found))) {
                    speakerCounts[1]++;
                }
            }
        }
        return new Score(matched, suggested.size() - matched, expected.size() - matched, matched);
    }

    static boolean sameSpeaker(GoldArticle gold, GoldArticle.Quote quote, Suggestion s) {
        if (quote.resolution() == SpeakerResolution.ANONYMOUS) {
            return s.resolution() == SpeakerResolution.ANONYMOUS;
        }
        if (quote.speaker() == null) {
            return s.speaker() == null;
        }
        if (s.speaker() == null) {
            return false;
        }
        GoldArticle.Actor actor = gold.actorNamed(quote.speaker());
        return quote.speaker().equalsIgnoreCase(s.speaker()) || actor != null && actor.answersTo(s.speaker());
    }

    /** Suggested persons no gold person answers to: a common noun, a place or an organisation typed as a person. */
    private static int nonPersonsAsPersons(GoldArticle gold, Set<String> personNames) {
        int wrong = 0;
        for (String name : personNames) {
            GoldArticle.Actor actor = gold.actorNamed(name);
            if (actor == null || actor.type() != ActorType.PERSON) {
                wrong++;
            }
        }
        return wrong;
    }

    private static Score scoreActors(GoldArticle gold, Set<String> suggestedNames) {
        int found = 0;
        for (GoldArticle.Actor actor : gold.actors()) {
            if (suggestedNames.stream().anyMatch(actor::answersTo)) {
                found++;
            }
        }
        int wrong = 0;
        for (String name : suggestedNames) {
            if (gold.actorNamed(name) == null) {
                wrong++;
            }
        }
        return new Score(found, wrong, gold.actors().size() - found, found);
    }

    private static Score scoreClaims(GoldArticle gold, List<Suggestion> suggested) {
        boolean[] used = new boolean[suggested.size()];
        int matched = 0;
        int claimantRight = 0;
        for (GoldArticle.Claim claim : gold.claims()) {
            for (int k = 0; k < suggested.size(); k++) {
                Suggestion s = suggested.get(k);
                if (!used[k] && overlapsEnough(claim.start(), claim.end(), s.start(), s.end())) {
                    used[k] = true;
                    matched++;
                    if (sameClaimant(gold, claim.claimant(), s.claimant())) {
                        claimantRight++;
                    }
                    break;
                }
            }
        }
        return new Score(matched, suggested.size() - matched, gold.claims().size() - matched, claimantRight);
    }

    private static boolean sameClaimant(GoldArticle gold, String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        String e = expected.toLowerCase(Locale.ROOT);
        String a = actual.toLowerCase(Locale.ROOT);
        GoldArticle.Actor actor = gold.actorNamed(expected);
        return e.contains(a) || a.contains(e) || actor != null && actor.answersTo(actual);
    }

    /** True when the overlap covers at least half of the longer span. */
    static boolean overlapsEnough(int start1, int end1, int start2, int end2) {
        int overlap = Math.min(end1, end2) - Math.max(start1, start2);
        return overlap > 0 && 2L * overlap >= Math.max(end1 - start1, end2 - start2);
    }
}
