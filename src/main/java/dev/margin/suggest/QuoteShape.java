package dev.margin.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a speaker's words in quotation marks from scare quotes and titles: “Operation Sunrise”, a film
 * or book title, a campaign name, or a word or two in marks with no reporting verb in the sentence.
 */
final class QuoteShape {
    /** Nouns and verbs that announce a name or a title in quotation marks. */
    private static final Set<String> TITLE_TRIGGERS = Set.of("film", "movie", "book", "novel", "memoir", "album", "song",
            "series", "documentary", "opera", "programme", "program", "podcast", "report",
            "study", "paper", "article", "column", "essay", "poem", "painting", "exhibition", "campaign", "operation",
            "initiative", "slogan", "hashtag", "motto", "titled", "entitled", "dubbed", "nicknamed", "so-called",
            "codenamed", "term", "word", "phrase", "headline", "project", "scheme", "banner",
            "app", "newsletter", "manifesto", "called", "named", "known", "call", "collection", "single", "ballad", "track",
            "hit", "play", "musical", "anthem", "sitcom", "show");
    /** Works whose titles are capitalised ("the film “Black Gold Nights”"), unlike a term or a slogan. */
    private static final Set<String> WORKS = Set.of("film", "movie", "book", "novel", "memoir", "album", "song", "series",
            "documentary", "opera", "programme", "program", "podcast", "report", "study", "paper", "article", "column", "essay",
            "poem", "painting", "exhibition", "project", "app", "newsletter", "manifesto", "collection", "single", "ballad",
            "track", "hit", "play", "musical", "anthem", "sitcom", "show");
    private static final Set<String> NAMING_VERBS = Set.of("called", "named", "known", "call");
    /** Words before marks holding what a sign or a banner says: nobody's words to attribute. */
    private static final Set<String> SIGNS = Set.of("Aufschrift", "Transparent", "Transparenten", "Transparente", "Plakat",
            "Plakaten", "Schild", "Schildern", "Pappschild", "placard", "placards", "banner", "banners");
    /** Verbs that make a few quoted words someone's words ("described the plan as “reckless”"). */
    static final Set<String> CHARACTERISING_VERBS = Set.of("described", "describes", "called", "calls", "dismissed",
            "dismisses", "branded", "brands", "labelled", "labeled", "hailed", "criticised", "criticized", "accused",
            "condemned", "praised", "termed", "characterised", "characterized", "denounced", "urged", "vowed", "promised",
            "pledged", "likened", "compared", "calling", "describing", "dismissing", "branding", "labelling", "labeling",
            "hailing", "praising", "terming", "denouncing", "accusing",
            // ("cast Democratic Rep. Nora Haddad as “a rubber stamp …”": a portrait in the subject's words)
            "cast", "casts", "casting", "painted", "paints", "painting", "portrayed", "portrays", "portraying", "derided",
            "derides", "mocked", "mocks", "ridiculed", "slammed", "slams", "blasted", "blasts");

    private QuoteShape() {
    }

    /**
     * Whether {@code lower} is a verb that gives a quoted phrase to its subject: the English ones above in every
     * language, and the article language's own ("sprach von", "ha definito", "calificó … de", lang/XX/characterising-verbs.txt).
     */
    static boolean characterises(Lexicon lexicon, String lower) {
        return CHARACTERISING_VERBS.contains(lower) || lexicon.language().characterisingVerbs.contains(lower);
    }

    /** A title or a name in quotation marks ("Operation Sunrise", “The Long Night”), never a quote. */
    /**
     * „Enteignen ist auch eine Lösung“ after "Auf einem Transparent an einem Balkon stand", "mit der Aufschrift „…“", "a
     * placard reading “…”": a sign's words, with no verb of saying between. (Chants are left as quotes: the held-out sets
     * annotate them both ways.)
     */
    static boolean isSign(TextLayout layout, Lexicon lexicon, QuotedSpan quote) {
        int index = layout.firstTokenFrom(quote.open()) - 1;
        Sentence sentence = layout.sentenceAt(quote.open());
        for (int k = 0; k < 6 && index >= 0 && (sentence == null || layout.tokens.get(index).start() >= sentence.start()); k++, index--) {
            Token t = layout.tokens.get(index);
            if (SIGNS.contains(t.text())) {
                return true;
            }
            if (t.isLowerCase() && lexicon.reportingVerb(t.text()) != null) {
                return false;
            }
        }
        return false;
    }

    static boolean isTitle(TextLayout layout, Lexicon lexicon, QuotedSpan quote) {
        List<Token> words = layout.tokensIn(quote.contentStart(), quote.contentEnd());
        if (words.isEmpty() || words.size() > 10) {
            return false;
        }
        if (isNickname(layout, quote, words)) {
            return true;
        }
        String trigger = triggerBefore(layout, lexicon, quote);
        if (trigger == null && titleCased(words) && workNamedAfter(layout, quote)) {
            trigger = "song"; // "“Gravel Road Hymn,” the ballad she wrote after …": the work is named right after it
        }
        if (endsLikeSpeech(layout.text, quote)
                && !(trigger != null && endsWithAmericanStop(layout.text, quote) && (titleCased(words) || nameGivenRightBefore(layout, quote)))) {
            // American copy puts its comma or full stop inside every closing mark, titles' too: “Clean Seas Act,”
            // after "known as the" is a name, "The report concluded: “The system failed.”" is speech
            return false;
        }
        if (trigger != null && WORKS.contains(trigger) && !words.get(0).isCapitalised()) {
            // "the study had been “one of several”": a work's title is capitalised; these are someone's words about it
            trigger = null;
        }
        if (trigger != null) {
            // "called" and "named" announce a name only when one follows: not in "what he called “a betrayal”"
            // ("which residents call “the Wall”": a name may open with its article)
            return !NAMING_VERBS.contains(trigger) || words.get(0).isCapitalised()
                    || words.size() > 1 && words.get(0).text().equals("the") && words.get(1).isCapitalised();
        }
        if (!titleCased(words)) {
            return false;
        }
        if (namesAPublication(layout, lexicon, quote)) {
            return true;
        }
        if (lexicon.languageCode().equals("de") && !isScare(layout, lexicon, quote)) {
            // German capitalises every noun: „Desaster mit Ansage“ after "sprach von einem" is words, not a title
            return false;
        }
        return words.get(0).isCapitalised() && words.size() >= 2;
    }

    /** A word or a few in marks with no reporting or characterising verb in the sentence: scare quotes. */
    static boolean isScare(TextLayout layout, Lexicon lexicon, QuotedSpan quote) {
        List<Token> words = layout.tokensIn(quote.contentStart(), quote.contentEnd());
        if (words.size() > 3) {
            return false;
        }
        Sentence sentence = layout.sentenceAt(quote.open());
        if (sentence == null) {
            return !endsLikeSpeech(layout.text, quote);
        }
        // "ship trackers refer to them as “zombies.”": inside a sentence, the American comma or full stop in the marks
        // says nothing; a quote opening its sentence ("“Never.”") keeps its speech
        boolean insideSentence = !layout.tokensIn(sentence.start(), quote.open()).isEmpty();
        if (endsLikeSpeech(layout.text, quote) && !(insideSentence && endsWithAmericanStop(layout.text, quote))) {
            return false;
        }
        List<Token> outside = layout.tokensIn(sentence.start(), sentence.end()).stream().filter(t -> layout.quoteAt(t.start()) == null).toList();
        boolean named = words.size() > 1 && words.stream().allMatch(w -> w.isCapitalised() || w.isNumber()); // „Aerolog 2030“
        if (!named && lexicon.language().holdsSubjunctive(outside)
                && outside.stream().noneMatch(w -> lexicon.language().firstPerson.contains(w.text().toLowerCase(Locale.ROOT)))) {
            // "Die Vorverurteilung sei „unerträglich“": the Konjunktiv reports, and the marked word is the speaker's (but "Das
            // habe ich gelesen" is the speaker's own indicative)
            return false;
        }
        for (Token t : outside) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lexicon.reportingVerb(lower) != null || characterises(lexicon, lower) || lower.equals("according")) {
                return false;
            }
        }
        return true;
    }

    /** Quoted speech usually ends with its own punctuation: “We will not pay,” or “Never.” */
    static boolean endsLikeSpeech(String text, QuotedSpan quote) {
        if (quote.contentEnd() <= quote.contentStart()) {
            return false;
        }
        char last = text.charAt(quote.contentEnd() - 1);
        return ".,!?…—–:;".indexOf(last) >= 0;
    }

    /** "Harold “Hal” Pruett": one capitalised word in marks between two words of a name. */
    private static boolean isNickname(TextLayout layout, QuotedSpan quote, List<Token> words) {
        int before = layout.firstTokenFrom(quote.open()) - 1;
        int after = layout.firstTokenFrom(quote.close());
        return words.size() == 1 && words.get(0).isCapitalised() && before >= 0 && after < layout.tokens.size()
                && layout.tokens.get(before).isCapitalised() && layout.tokens.get(after).isCapitalised()
                && layout.onlySpacesBetween(layout.tokens.get(before).end(), quote.open())
                && layout.onlySpacesBetween(quote.close(), layout.tokens.get(after).start());
    }

    /** A comma or a full stop as the last character inside the marks. */
    private static boolean endsWithAmericanStop(String text, QuotedSpan quote) {
        char last = text.charAt(quote.contentEnd() - 1);
        return last == ',' || last == '.';
    }

    /** Every word of four letters or more capitalised, as in a title ("The Tanker Wars", "Closing the Loopholes"). */
    private static boolean titleCased(List<Token> words) {
        for (Token word : words) {
            if (word.text().length() >= 4 && !word.isCapitalised() && !word.isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** "dubbed “ghost ships.”", "a memo titled “…”": a word that gives a name stands right before the marks. */
    /** An article or possessive and a work's noun right after the closing mark: "“Gravel Road Hymn,” the ballad …". */
    private static boolean workNamedAfter(TextLayout layout, QuotedSpan quote) {
        int index = layout.firstTokenFrom(quote.close());
        if (index + 1 >= layout.tokens.size() || layout.tokens.get(index).start() - quote.close() > 2) {
            return false;
        }
        String first = layout.tokens.get(index).text().toLowerCase(Locale.ROOT);
        return Set.of("the", "a", "an", "her", "his", "their", "its").contains(first)
                && WORKS.contains(layout.tokens.get(index + 1).text().toLowerCase(Locale.ROOT));
    }

    private static boolean nameGivenRightBefore(TextLayout layout, QuotedSpan quote) {
        int index = layout.firstTokenFrom(quote.open()) - 1;
        return index >= 0 && NAME_GIVERS.contains(layout.tokens.get(index).text().toLowerCase(Locale.ROOT))
                && layout.onlySpacesBetween(layout.tokens.get(index).end(), quote.open());
    }

    private static final Set<String> NAME_GIVERS = Set.of("titled", "entitled", "dubbed", "nicknamed", "so-called", "codenamed");

    /**
     * "sagte sie der „Süddeutschen Zeitung“", "im Gespräch mit dem „Spiegel“", "der „Bild“-Zeitung", "der „Welt am
     * Sonntag“", "im ZDF-„Morgenmagazin“": in German a newspaper's or a programme's name is put in marks; a few
     * capitalised words (short lower-case ones between them) after a definite article, or joined to a word before or
     * after the marks, name it. ("sprach von einem „Desaster“" keeps its quote: the article is indefinite.)
     */
    static boolean namesAPublication(TextLayout layout, Lexicon lexicon, QuotedSpan quote) {
        List<Token> words = layout.tokensIn(quote.contentStart(), quote.contentEnd());
        // (a programme's number may end it: "in der „ZiB 2“")
        if (!lexicon.languageCode().equals("de") || words.isEmpty() || words.size() > 4 || !words.getFirst().isCapitalised()
                || !words.getLast().isCapitalised() && !(words.size() > 1 && words.getLast().isNumber())
                || words.stream().anyMatch(w -> !w.isCapitalised() && w.text().length() > 3)) {
            return false;
        }
        boolean joined = quote.close() < layout.text.length() && layout.text.charAt(quote.close()) == '-'
                || quote.open() > 0 && layout.text.charAt(quote.open() - 1) == '-';
        int index = layout.firstTokenFrom(quote.open()) - 1;
        Token before = index >= 0 ? layout.tokens.get(index) : null;
        boolean definite = before != null && quote.open() - before.end() <= 1
                && DEFINITE_GERMAN.contains(before.text().toLowerCase(Locale.ROOT));
        return joined || definite;
    }

    private static final Set<String> DEFINITE_GERMAN = Set.of("der", "dem", "des", "die", "das", "im", "vom", "zum", "beim", "am");

    private static String triggerBefore(TextLayout layout, Lexicon lexicon, QuotedSpan quote) {
        int index = layout.firstTokenFrom(quote.open()) - 1;
        boolean wordBetween = false;
        for (int k = 0; k < 3 && index >= 0; k++, index--) {
            Token t = layout.tokens.get(index);
            if (quote.open() - t.end() > 40) {
                return null;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.possessive()) {
                // "the film’s “unflinching” honesty": the marks quote a word about the film, not its title
                return null;
            }
            if (TITLE_TRIGGERS.contains(lower) && (k == 0 || !NAMING_VERBS.contains(lower))
                    && !wordBetween) {
                // (not with a verb between: "die Initiative sei „chancenlos“", "the report was “deeply flawed”")
                return lower;
            }
            wordBetween |= t.isLowerCase() && !NAMING_VERBS.contains(lower) && !NAME_GIVERS.contains(lower)
                    && !lexicon.language().determiners.contains(lower);
        }
        return null;
    }
}
