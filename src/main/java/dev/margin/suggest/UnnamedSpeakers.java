package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speakers the article does not name: someone introduced with an indefinite article ("a passenger", "un conducteur",
 * "Eine Pflegerin"), a plural group ("organisers", "Zeugen"), a German noun for someone unnamed after a verb of saying,
 * and a pronoun that carries such a speaker on into the next sentence.
 */
final class UnnamedSpeakers {
    /** German articles that open a subject. */
    private static final Set<String> NOMINATIVE_ARTICLES = Set.of("der", "die", "das", "ein", "eine");
    /** Words after a role that name whose role it is: "ein Sprecher der Stadt", "eine Sprecherin von Aerolog". */
    /** How many paragraphs after the headline a story's lede may take (a summary box may come first). */
    private static final int LEDE_PARAGRAPHS = 3;
    private static final Set<String> BODY_AFTER = Set.of("der", "des", "von", "vom", "beim");
    /** Plurals without an "s" that still name an unnamed group. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "police", "children", "staff", "youth",
            "clergy", "crew", "personnel");

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final PosTags pos;

    UnnamedSpeakers(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
        this.pos = pos;
    }

    /**
     * "Zeugen berichteten, …", "Anwohner sagten, …", "Die Zeugen berichteten, …": a German noun, bare or after "Die",
     * that no actor, given name, title or body stands for is people the article does not name. (The tagger reads
     * "Zeugen" at a sentence's start as a proper noun, so both noun tags count; a name would be an actor.)
     */
    boolean bareGermanNoun(List<Token> phrase) {
        if (!language.code.equals("de") || phrase.isEmpty() || phrase.size() > 2
                || phrase.size() == 2 && !phrase.get(0).text().equals("Die")) {
            return false; // "Zeugen", "Die Zeugen" (a plural, or a woman not named: both unnamed)
        }
        Token noun = phrase.getLast();
        String tag = pos.tagOf(noun);
        if (phrase.size() == 1 && personAfterVerb(noun)) {
            return false;
        }
        // only as the sentence's opening subject: "Der „Bild“-Zeitung sagte ein Sprecher" puts the subject after the verb
        return startsSentence(phrase.get(0)) && noun.isCapitalised() && ("NOUN".equals(tag) || "PROPN".equals(tag))
                && !lexicon.isGivenName(noun.text()) && namesNobodyKnown(noun) && !language.isInstitution(noun.text());
    }

    /**
     * "Siemens teilte mit, …", "Die Degewo erklärte, …": a German proper noun opening the sentence, bare or after "Die",
     * with a verb in the singular after it, is a body's name, for German puts no bare singular noun in a subject's place
     * and a person would come with a given name or a title. ("Zeugen berichteten" has its verb in the plural: people
     * unnamed, {@link #bareGermanNoun}.) The speaker is the name as written; null otherwise.
     */
    Speaker bodyNamedAlone(List<Token> phrase) {
        if (!language.code.equals("de") || phrase.isEmpty() || phrase.size() > 2
                || phrase.size() == 2 && !phrase.get(0).text().equals("Die")) {
            return null;
        }
        Token noun = phrase.getLast();
        List<Token> after = layout.tokensIn(noun.end(), Math.min(layout.text.length(), noun.end() + 30));
        boolean singularVerb = !after.isEmpty() && after.get(0).isLowerCase() && lexicon.reportingVerb(after.get(0).text()) != null
                && !(after.get(0).text().endsWith("n") && !after.get(0).text().endsWith("nn"));
        // (not "Die Betroffene", "Die Angestellte": an adjective made a noun ends in e and is a person)
        boolean name = pos.isProperNoun(noun) && noun.isCapitalised() && !endsLikeGermanPersonNoun(noun.text()) && !noun.text().endsWith("e")
                && !lexicon.isGivenName(noun.text()) && !lexicon.isPlace(noun.text()) && language.nationality(noun.text()) == null;
        if (!singularVerb || !name || !startsSentence(phrase.get(0)) || !namesNobodyKnown(noun) || phrase.size() == 1 && personAfterVerb(noun)) {
            return null;
        }
        return new Speaker(noun.text(), new Span(noun.start(), noun.end()), SpeakerResolution.EXPLICIT, null);
    }

    /**
     * "A paramedic has told the royal commission …" opening the story, and "Paramedic Daniel Kowalczyk, who …" further
     * down: an English lede introduces by role the person the story names later. That person, when the sentence is in
     * the first paragraphs and someone named after it holds the role; null otherwise.
     */
    ActorEntity introducedInLede(Token article, Token head) {
        if (!language.code.equals("en") || !head.isLowerCase()) {
            return null;
        }
        Sentence sentence = layout.sentenceAt(article.start());
        return sentence == null || sentence.paragraph() > LEDE_PARAGRAPHS ? null : actors.personWithRoleAfter(sentence.end(), head.text());
    }

    /** "Konkret schlägt Wallbrecht vor": a word opening the sentence, then the verb, then the person who is its subject. */
    private boolean personAfterVerb(Token opening) {
        List<Token> after = layout.tokensIn(opening.end(), Math.min(layout.text.length(), opening.end() + 40));
        Mention named = after.size() > 1 && after.get(0).isLowerCase() ? actors.at(after.get(1).start()) : null;
        return named != null && named.entity().type == ActorType.PERSON;
    }

    /** German nouns for things and ideas ("Kritik", "Forderung", "Entscheidung"), which no one unnamed is called by. */
    private static final java.util.regex.Pattern ABSTRACT_AFTER_VERB = java.util.regex.Pattern.compile(
            "..(ung|heit|keit|tion|ismus|tät|ik|nis)$");

    /**
     * "»…«, sagte ein Fahrer", "sagte der Fahrer des Transporters": right after a German verb of saying, a nominative
     * article and a noun that no actor, title or body stands for is someone the article does not name; null otherwise.
     * (Only there: before a verb the same words may be an object, and German never leaves the subject out.)
     */
    Speaker afterVerb(List<Token> phrase) {
        if (!language.code.equals("de") || phrase.size() < 2 || !NOMINATIVE_ARTICLES.contains(phrase.get(0).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int end = 1;
        while (end < phrase.size() && !phrase.get(end).isCapitalised()) {
            end++; // "ein 52-jähriger Unternehmer": adjectives before the noun
        }
        if (end >= phrase.size()) {
            return null;
        }
        while (end + 1 < phrase.size() && phrase.get(end + 1).isCapitalised() && phrase.get(end).text().endsWith("er")) {
            end++; // "der Tiroler Landeschef": a place's adjective before the noun
        }
        Token head = phrase.get(end);
        boolean indefinite = language.indefiniteArticles.containsKey(phrase.get(0).text().toLowerCase(Locale.ROOT));
        // "sagte ein Polizeisprecher": a role with an indefinite article and no name after it is nobody named either
        // (not "ein Aerolog-Sprecher" nor "eine Sprecherin des Flughafens": they speak for the body named)
        boolean unnamedRole = indefinite && lexicon.isTitle(head.text()) && head.text().indexOf('-') < 0
                && (end + 1 == phrase.size() || phrase.get(end + 1).isLowerCase() && !BODY_AFTER.contains(phrase.get(end + 1).text()));
        if (!namesNobodyKnown(head) && !unnamedRole || ABSTRACT_AFTER_VERB.matcher(head.text()).find()) {
            return null; // ("„Quadrate 1907“ wies die Kritik zurück": a thing after the verb is its object, never who speaks)
        }
        Span span = new Span(phrase.get(0).start(), head.end());
        return Speaker.unnamed(layout, span);
    }

    /** A noun that is no actor's mention, no title and no body's word: a German noun for someone unnamed. */
    private boolean namesNobodyKnown(Token noun) {
        return actors.at(noun.start()) == null && !lexicon.isTitle(noun.text()) && !lexicon.isOrganisationWord(noun.text())
                && !language.isCompoundBody(noun.text());
    }

    /** A plural noun no actor stands for: "organisers", "Emergency services", "human rights groups". */
    boolean isGroup(List<Token> phrase, int headIndex) {
        Token head = phrase.get(headIndex);
        String lower = head.text().toLowerCase(Locale.ROOT);
        boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                || lower.endsWith("men") || IRREGULAR_PLURALS.contains(lower);
        return plural && actors.at(head.start()) == null
                && (head.isLowerCase() || headIndex == 0 && startsSentence(head));
    }

    /**
     * "Ofsted inspectors found … Inspectors said …": a plural noun the article first wrote after a body's name is that
     * body's people, and the body speaks; null when no body's name ever stood right before the noun.
     */
    ActorEntity bodyOfGroup(Token head) {
        return bodyOfGroup(actors.mentions(), layout.text, head);
    }

    /** As {@link #bodyOfGroup(Token)}, over the mentions found so far (in any order). */
    static ActorEntity bodyOfGroup(List<Mention> mentions, String text, Token head) {
        String after = " " + head.text().toLowerCase(Locale.ROOT);
        for (Mention m : mentions) {
            if (m.start() < head.start() && m.entity().type != ActorType.PERSON && text.startsWith(after, m.end())) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * "a passenger told reporters", "un conducteur a expliqué", "dijo un conductor", "een buurtbewoner zei": an
     * indefinite article and a common noun no actor stands for is someone the article does not name.
     */
    boolean withIndefiniteArticle(String firstLower, Token head, int headIndex) {
        if (headIndex == 0 && (firstLower.equals("one") || firstLower.equals("another")) && language.code.equals("en")) {
            // "“Nobody came,” said one, a retired nurse": one of the people just named ("Another, a former cabinet minister,
            // said": one more of them)
            return true;
        }
        return headIndex > 0 && head.isLowerCase() && actors.at(head.start()) == null
                && language.indefiniteArticles.containsKey(firstLower);
    }

    /**
     * "Ein erfahrener Sozialdemokrat gibt sich gelassen: „Solche Briefe“, sagt er, „…“": the pronoun's own sentence
     * opens with someone unnamed and a colon before its first quote; the pronoun is that person. Null otherwise.
     */
    private Speaker introducedWithColon(Sentence here, Token pronoun, char gender) {
        int colon = layout.text.lastIndexOf(':', pronoun.start());
        QuotedSpan quote = colon < here.start() ? null : firstQuoteFrom(colon);
        if (quote == null || quote.open() > pronoun.start() || !layout.onlySpacesBetween(colon + 1, quote.open())) {
            return null;
        }
        List<Token> words = layout.tokensIn(here.start(), colon);
        String article = words.isEmpty() ? "" : words.get(0).text().toLowerCase(Locale.ROOT);
        char articleGender = language.indefiniteArticles.getOrDefault(article, '?');
        if (articleGender == '?' || articleGender != '-' && articleGender != gender || words.size() < 3) {
            return null;
        }
        int head = headOfUnnamed(lexicon, words);
        if (head < 0 || words.subList(1, head + 1).stream().anyMatch(w -> actors.at(w.start()) != null)) {
            return null;
        }
        Span said = new Span(words.get(0).start(), words.get(head).end());
        return Speaker.unnamed(layout, said);
    }

    /**
     * In words opening with an article, the index of the noun an unnamed person's phrase ends on (within the first five
     * words), or -1: in German the first capitalised noun heads the phrase, and "Eine Mehrheit für die Vorlage" is nobody.
     */
    static int headOfUnnamed(Lexicon lexicon, List<Token> words) {
        for (int k = 1; k < Math.min(words.size(), 5); k++) {
            Token word = words.get(k);
            if (isUnnamedHead(lexicon, word)) {
                return k;
            }
            if (lexicon.languageCode().equals("de") && word.isCapitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** German nouns for people end like these ("Abgeordneter", "Sprecherin", "Sozialdemokrat"), unlike "Mehrheit". */
    private static final java.util.regex.Pattern GERMAN_PERSON_NOUN = java.util.regex.Pattern.compile("(er|in|ent|ist|at|ant|ar|är)$");

    /**
     * The noun an unnamed person's phrase ends on: a listed source noun ("MP", "neighbour"), or in German a capitalised
     * noun ending as nouns for people do.
     */
    static boolean isUnnamedHead(Lexicon lexicon, Token word) {
        return lexicon.isAnonymousHead(word.text())
                || lexicon.languageCode().equals("de") && word.isCapitalised() && endsLikeGermanPersonNoun(word.text());
    }

    static boolean endsLikeGermanPersonNoun(String word) {
        return GERMAN_PERSON_NOUN.matcher(word).find();
    }

    private QuotedSpan firstQuoteFrom(int offset) {
        return layout.quotes.stream().filter(q -> q.open() >= offset).findFirst().orElse(null);
    }

    private boolean startsSentence(Token token) {
        Sentence sentence = layout.sentenceAt(token.start());
        if (sentence == null) {
            return false;
        }
        int prose = Furniture.skipLeadIn(layout.text, sentence.start(), sentence.end());
        return layout.tokensIn(prose, token.start()).isEmpty();
    }

    /**
     * "A passenger said the trains were late. “We waited all night,” he added.": when the sentence before the pronoun's,
     * in its paragraph, opens with someone unnamed who speaks ("A passenger said", "Een reiziger vertelde", "Eine
     * Pflegerin aus Uelzen erzählte"), the pronoun is that person still, not someone named further back. The article's
     * gender, where the language has one, must fit the pronoun's. Null otherwise.
     */
    Speaker speakerBefore(Token pronoun, char gender) {
        int index = layout.sentenceIndexAt(pronoun.start());
        Sentence here = index < 0 ? null : layout.sentences.get(index);
        Speaker introducing = here == null ? null : introducedWithColon(here, pronoun, gender);
        if (introducing != null) {
            return introducing;
        }
        // a quote opening the next paragraph continues the speaker of the paragraph before's last sentence
        boolean continuedQuote = here != null && index > 0 && layout.sentences.get(index - 1).paragraph() == here.paragraph() - 1
                && layout.quoteAt(here.start()) != null && layout.quoteAt(here.start()).open() == here.start();
        if (index <= 0 || layout.sentences.get(index - 1).paragraph() != here.paragraph() && !continuedQuote) {
            return null;
        }
        Sentence previous = layout.sentences.get(index - 1);
        List<Token> words = layout.tokensIn(Furniture.skipLeadIn(layout.text, previous.start(), previous.end()), previous.end());
        String article = words.isEmpty() ? "" : words.get(0).text().toLowerCase(Locale.ROOT);
        boolean indefinite = language.indefiniteArticles.containsKey(article);
        char articleGender = language.indefiniteArticles.getOrDefault(article, '-');
        if (!indefinite && language.code.equals("en")) {
            return definiteSourceIn(words);
        }
        if (!indefinite || articleGender != '-' && articleGender != gender || words.size() < 3 || actors.at(words.get(1).start()) != null) {
            return null;
        }
        int reach = 7;
        if (words.get(1).text().equals("of")) {
            // "One of those witnesses, a 52-year-old cashier who asked not to be named …, said": the verb after the aside
            reach = Math.min(words.size(), 40);
        }
        for (int k = 2; k < Math.min(words.size(), reach); k++) {
            if (lexicon.reportingVerb(words.get(k).text()) != null) {
                if (words.subList(1, k).stream().anyMatch(w -> actors.at(w.start()) != null && actors.at(w.start()).entity().type == ActorType.PERSON)) {
                    return null; // "Another passenger, Graham, 71, said …": the source has a name after all
                }
                int last = 1; // the source up to its first comma: "A senior ANC leader, who asked not to be named, …"
                while (last + 1 < k && !layout.punctuationBefore(words.get(last + 1))) {
                    last++;
                }
                Span said = new Span(words.get(0).start(), words.get(last).end());
                return Speaker.unnamed(layout, said);
            }
        }
        return null;
    }

    /** Nouns of an unnamed source that "the" may open without pointing back to anyone named ("the prime minister's spokesperson"). */
    private static final java.util.Set<String> DEFINITE_SOURCES = java.util.Set.of("spokesperson", "spokesman", "spokeswoman", "aide", "adviser");

    /**
     * "At the lobby briefing, the prime minister's official spokesperson said … Asked …, he said": a definite source the
     * sentence before made its subject, after any opening phrase, and whom no named person's role describes. Null otherwise.
     */
    private Speaker definiteSourceIn(List<Token> words) {
        int from = 0;
        for (int k = 0; k < words.size() && k < 20; k++) {
            if (k > 0 && layout.text.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
                from = k; // (the subject follows the sentence's opening phrase)
            }
            Token word = words.get(k);
            if (!word.isLowerCase() || lexicon.reportingVerb(word.text()) == null || k - from < 2
                    || !words.get(from).text().equalsIgnoreCase("the")) {
                continue;
            }
            Token head = words.get(k - 1);
            boolean named = words.subList(from, k).stream().anyMatch(w -> actors.at(w.start()) != null);
            if (!DEFINITE_SOURCES.contains(head.text()) || named
                    || actors.describedBefore(words.get(from).start(), head.text(), false) != null) {
                return null;
            }
            Span said = new Span(words.get(from).start(), head.end());
            return Speaker.unnamed(layout, said);
        }
        return null;
    }

    /** An aside that says the source withheld their name ("who asked not to be named", "der nicht genannt werden wollte"). */
    private static final java.util.regex.Pattern WITHHELD_NAME = java.util.regex.Pattern.compile(
            "(asked|declined|wished|requested) not to be (named|identified)|(requested|was granted|on (the )?condition of) anonymity"
            + "|spoke anonymously|nicht (namentlich )?genannt werden (wollte|möchte)|anonym bleiben (wollte|möchte)"
            + "|asked that (his|her|their) (sur|last |full )?name not be (used|published|given)");

    static boolean withholdsName(String aside) {
        return WITHHELD_NAME.matcher(aside).find();
    }
}
