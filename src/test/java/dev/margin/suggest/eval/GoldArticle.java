package dev.margin.suggest.eval;

import dev.margin.domain.ActorType;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;

import java.util.List;

/**
 * One annotated fixture: its text and the quotes, actors and claims a careful annotator marked in it.
 * Spans are already located in the text (see {@link GoldReader} for the file format).
 */
public record GoldArticle(String name, String text, List<Quote> quotes, List<Actor> actors, List<Claim> claims) {
    /** A quote: its span, type, and speaker (canonical name; null for an unnamed or absent speaker). */
    public record Quote(int start, int end, QuoteType type, String speaker, SpeakerResolution resolution) {
    }

    /** An actor the article names, with the other names it goes by in the article. */
    public record Actor(String name, ActorType type, List<String> aliases) {
        private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
                ",?\\s+(Inc\\.?|Ltd\\.?|plc|PLC|LLC|Corp\\.?|AG|GmbH|SE|SA|S\\.A\\.|NV|N\\.V\\.)$");

        public boolean answersTo(String candidate) {
            if (candidate == null) {
                return false;
            }
            // "Norfield Brands Inc" is Norfield Brands: a company's legal form does not make another actor
            String asked = withoutLegalForm(candidate.strip());
            return withoutLegalForm(name).equalsIgnoreCase(asked)
                    || aliases.stream().anyMatch(alias -> withoutLegalForm(alias).equalsIgnoreCase(asked));
        }

        private static String withoutLegalForm(String name) {
            return LEGAL_FORM.matcher(name).replaceFirst("");
        }
    }

    /** A check-worthy claim and its claimant (null when the outlet itself makes it). */
    public record Claim(int start, int end, ClaimKind kind, String claimant) {
    }

    /** The gold actor answering to {@code name}, or null. */
    public Actor actorNamed(String name) {
        return actors.stream().filter(actor -> actor.answersTo(name)).findFirst().orElse(null);
    }
}
