package dev.margin.suggest.eval;

import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionKind;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A developer's view of where the suggester and the annotations disagree, article by article: quotes
 * missed or wrongly suggested, wrong speakers, actors wrongly typed as persons.
 * {@code java -cp … dev.margin.suggest.eval.SuggestionDiff src/test/resources/suggest/languages/de}
 */
public final class SuggestionDiff {
    private SuggestionDiff() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Suggester suggester = new Suggester(Lexicon.load());
        for (GoldArticle gold : new GoldReader().readAll(Path.of(args[0]))) {
            out.println("== " + gold.name());
            List<Suggestion> all = suggester.suggest(gold.text());
            for (GoldArticle.Quote quote : gold.quotes()) {
                Suggestion match = all.stream().filter(s -> s.kind() == SuggestionKind.QUOTE
                        && (s.quoteType() == QuoteType.INDIRECT) == (quote.type() == QuoteType.INDIRECT)
                        && (quote.type() == QuoteType.INDIRECT ? Scorer.overlapsEnough(quote.start(), quote.end(), s.start(), s.end())
                        : s.start() == quote.start() && s.end() == quote.end())).findFirst().orElse(null);
                String exact = gold.text().substring(quote.start(), quote.end());
                if (match == null) {
                    out.println("  MISSED " + quote.type() + " [" + quote.speaker() + "] " + exact);
                } else if (!Scorer.sameSpeaker(gold, quote, match)) {
                    out.println("  SPEAKER " + match.speaker() + " (" + match.resolution() + ") want " + quote.speaker() + ": " + exact);
                }
            }
            for (Suggestion s : all) {
                if (s.kind() == SuggestionKind.QUOTE && gold.quotes().stream().noneMatch(q ->
                        (q.type() == QuoteType.INDIRECT) == (s.quoteType() == QuoteType.INDIRECT)
                                && Scorer.overlapsEnough(q.start(), q.end(), s.start(), s.end()))) {
                    out.println("  EXTRA " + s.quoteType() + " [" + s.speaker() + "] " + s.exact());
                }
                if (s.kind() == SuggestionKind.ACTOR && (gold.actorNamed(s.actor()) == null
                        || s.actorType() == ActorType.PERSON && gold.actorNamed(s.actor()).type() != ActorType.PERSON)) {
                    out.println("  ACTOR? " + s.actorType() + " " + s.actor() + " ← " + s.exact());
                }
                if (s.kind() == SuggestionKind.CLAIM && gold.claims().stream().noneMatch(c ->
                        Scorer.overlapsEnough(c.start(), c.end(), s.start(), s.end()))) {
                    out.println("  CLAIM? " + s.exact());
                }
            }
            for (GoldArticle.Claim claim : gold.claims()) {
                if (all.stream().noneMatch(s -> s.kind() == SuggestionKind.CLAIM && Scorer.overlapsEnough(claim.start(), claim.end(), s.start(), s.end()))) {
                    out.println("  CLAIM MISSED " + gold.text().substring(claim.start(), claim.end()));
                }
            }
        }
    }
}
