package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whom a speaker phrase names, once the {@link SpeakerFinder} has read where it stands: a person or body
 * mentioned in it, a pronoun resolved by gender and recency, "the minister" resolved to the actor with that role,
 * an unnamed source ("a senior diplomat") or group ("organisers"), or a speaking institution ("the ministry").
 */
final class SpeakerPhrase {
    /** Endings of German epithets that stand for a person named before whatever their office: party, age. */
    private static final Set<String> EPITHET_ENDINGS = Set.of("politiker", "politikerin", "jährige", "jähriger");
    /** "der 63-Jährige", "die 41-Jährige": an age standing for a person named before. */
    private static final Pattern AGE_EPITHET = Pattern.compile("\\d+-Jährige[rn]?");
    /** A noun written with a number before it ("63-Jährige"), which has no capital at its start. */
    private static final Pattern NUMBERED_NOUN = Pattern.compile("\\d+-\\p{Lu}.*");
    /** Indefinite articles by language ("a" only in English: it is a preposition or "the" elsewhere). */
    private static final Map<String, Set<String>> INDEFINITE_ARTICLES = Map.of("en", Set.of("a", "an", "one"),
            "fr", Set.of("un", "une"), "es", Set.of("un", "una"), "it", Set.of("un", "uno", "una", "un’", "un'"),
            "pt", Set.of("um", "uma"), "nl", Set.of("een"));
    /** Indefinite articles that tell a woman or a man; the others (English, Dutch) tell nothing. */
    private static final Set<String> FEMININE_ARTICLES = Set.of("une", "una", "uma", "eine");
    private static final Set<String> MASCULINE_ARTICLES = Set.of("un", "uno", "um", "ein");
    /** Words after an institution's noun that still name it: a preposition, an article and two more at most. */
    private static final int MAX_INSTITUTION_COMPLEMENT = 4;
    private static final Set<String> NOMINATIVE_ARTICLES = Set.of("der", "die", "das", "ein", "eine");
    /** English possessive determiners and whose they are: a person of a gender, or a body (P). */
    private static final Map<String, Character> POSSESSIVES = Map.of("its", 'P', "their", 'P', "his", 'M', "her", 'F');
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "several",
            "some", "many", "other", "another", "this", "that", "these", "those", "its", "his", "her", "their");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "from", "in", "with", "to", "on", "close",
            "familiar", "who", "which", "that", "inside", "within", "near", "representing", "involved", "speaking");
    /** Heads that name a speaking body even when no actor is resolved ("the ministry said"). */
    private static final Set<String> INSTITUTIONS = Set.of("government", "ministry", "company", "firm", "police", "army",
            "military", "court", "report", "study", "statement", "survey", "agency", "council", "committee", "party",
            "union", "group", "campaign", "department", "board", "commission", "office", "embassy", "bank", "regulator",
            "prosecutors", "prosecutor", "presidency", "administration", "hospital", "university", "club", "team");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "police", "children", "staff", "youth",
            "clergy", "crew", "personnel");
    static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("in", "on", "at", "for", "with", "from", "during",
            "to", "by", "after", "before", "into", "over", "under", "about");


    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final PosTags pos;

    SpeakerPhrase(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
        this.pos = pos;
    }

    boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower) || language.determiners.contains(lower);
    }

    private boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word) || language.prepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Expeditionsleiterin Katharina Wendt dem NDR": the first person after nothing but titles and articles. */
    private Speaker leadingPerson(List<Token> phrase) {
        for (Token t : phrase) {
            Mention m = actors.at(t.start());
            if (m != null && m.entity().type == ActorType.PERSON) {
                return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (m != null || !isDeterminer(lower) && !lexicon.isTitle(t.text()) && !lexicon.isRoleModifier(t.text())
                    && !isRoleNounBeforePerson(t)) {
                return null;
            }
        }
        return null;
    }

    /** "sagte Geschäftsführer Hauke Jessen": a capitalised common noun right before a person's name is a role. */
    private boolean isRoleNounBeforePerson(Token t) {
        if (!t.isCapitalised() || !pos.isCommonNoun(t)) {
            return false;
        }
        int next = layout.firstTokenFrom(t.end());
        Mention m = next < layout.tokens.size() ? actors.at(layout.tokens.get(next).start()) : null;
        return m != null && m.entity().type == ActorType.PERSON && layout.onlySpacesBetween(t.end(), m.start());
    }

    Speaker decide(List<Token> words) {
        List<Token> phrase = words;
        while (!phrase.isEmpty() && RELATIVES.contains(phrase.get(0).text()) && phrase.size() > 1
                && phrase.get(1).isLowerCase()) {
            // "that human rights groups later said": the relative word is no part of the speaker
            phrase = phrase.subList(1, phrase.size());
        }
        if (phrase.isEmpty() || RELATIVES.contains(phrase.get(0).text())) {
            return null;
        }
        Token first = phrase.get(0);
        String firstLower = first.text().toLowerCase(Locale.ROOT);
        if (isPronoun(firstLower)) {
            return pronoun(first, firstLower);
        }
        if (LEADING_PREPOSITIONS.contains(first.text())) {
            return null;
        }
        Speaker leading = leadingPerson(phrase);
        if (leading != null) {
            return leading;
        }
        int headIndex = headIndex(phrase);
        Token head = phrase.get(headIndex);
        String headLower = head.text().toLowerCase(Locale.ROOT);
        Mention mention = actors.at(head.start());
        Mention closing = actors.at(phrase.getLast().start());
        if (mention == null && closing != null && closing.entity().type == ActorType.PERSON
                && (lexicon.isTitle(head.text()) || lexicon.isTitle(capitalised(head.text())))) {
            // "Il ministro dei Trasporti Matteo Salvini": the role and its portfolio come before the person's name (but in
            // "Een bewoner van de Achterweg" the words after the noun say where he lives)
            mention = closing;
        }
        if (mention != null) {
            return new Speaker(mention.entity().name, new Span(mention.start(), mention.end()), SpeakerResolution.EXPLICIT,
                    mention.entity());
        }
        if (language.code.equals("en") && head.isLowerCase() && headIndex > 0 && POSSESSIVES.containsKey(firstLower)
                && !lexicon.isAnonymousHead(head.text()) && !lexicon.isTitle(head.text())) {
            // "according to its latest monthly report": whose report it is says who speaks
            char owner = POSSESSIVES.get(firstLower);
            ActorEntity entity = owner == 'P' ? actors.collectiveBefore(first.start()) : actors.personBefore(first.start(), owner);
            if (entity != null) {
                return new Speaker(entity.name, new Span(first.start(), head.end()), SpeakerResolution.PRONOUN, entity);
            }
        }
        boolean definite = firstLower.equals("the") || firstLower.equals("this") || firstLower.equals("its")
                || language.determiners.contains(firstLower) && !language.code.equals("en");
        Span described = new Span(first.start(), head.end());
        boolean ageEpithet = AGE_EPITHET.matcher(head.text()).matches();
        if (definite && (head.isLowerCase() || !language.code.equals("en") && (lexicon.isTitle(head.text()) || ageEpithet))) {
            ActorEntity entity = actors.describedBefore(first.start(), headLower);
            if (entity != null) {
                return new Speaker(entity.name, described, SpeakerResolution.EXPLICIT, entity);
            }
            // "der SPD-Politiker", "der 63-Jährige"
            boolean noun = head.isCapitalised() || NUMBERED_NOUN.matcher(head.text()).matches();
            ActorEntity epithet = language.code.equals("de") && noun && headIndex == phrase.size() - 1
                    ? epithetFor(firstLower, head) : null;
            if (epithet != null) {
                return new Speaker(epithet.name, described, SpeakerResolution.PRONOUN, epithet);
            }
            if (language.code.equals("en") && firstLower.equals("the") && headIndex == 1 && lexicon.isTitle(capitalised(head.text()))) {
                // "the president wrote" with no president named before: the role is who speaks, unnamed but not unknown
                return new Speaker(layout.text.substring(described.start(), described.end()), described, SpeakerResolution.EXPLICIT, null);
            }
        }
        for (int k = 0; k <= headIndex; k++) {
            Token word = phrase.get(k);
            if ((word.isLowerCase() || k == 0 || language.code.equals("de")) && lexicon.isAnonymousHead(word.text())) {
                int end = phrase.getLast().end();
                return new Speaker(layout.text.substring(first.start(), end), new Span(first.start(), end),
                        SpeakerResolution.ANONYMOUS, null);
            }
        }
        for (Token word : phrase) {
            // "the UN’s humanitarian office": the body it belongs to speaks
            Mention inside = actors.at(word.start());
            if (inside != null && inside.entity().type != ActorType.PERSON) {
                return new Speaker(inside.entity().name, described, SpeakerResolution.EXPLICIT, inside.entity());
            }
        }
        if ((definite || first.isLowerCase()) && (INSTITUTIONS.contains(headLower) || language.institutions.contains(headLower))) {
            // "le ministère des Transports", "la préfecture de police", "il ministero della Salute": the complement names it
            // (a preposition and a word at least: "teilte die Polizei mit" ends with the verb's particle)
            int rest = phrase.size() - 1 - headIndex;
            Span named = rest >= 2 && rest <= MAX_INSTITUTION_COMPLEMENT ? new Span(first.start(), phrase.getLast().end()) : described;
            return new Speaker(layout.text.substring(named.start(), named.end()), named, SpeakerResolution.EXPLICIT, null);
        }
        if (isUnnamedGroup(phrase, headIndex) || bareGermanNoun(phrase) || someoneUnnamed(firstLower, head, headIndex)) {
            int end = phrase.getLast().end();
            return new Speaker(layout.text.substring(first.start(), end), new Span(first.start(), end),
                    SpeakerResolution.ANONYMOUS, null);
        }
        return null;
    }

    /**
     * "Zeugen berichteten, …", "Anwohner sagten, …", "Die Zeugen berichteten, …": a German noun, bare or after "Die",
     * that no actor, given name, title or body stands for is people the article does not name. (The tagger reads
     * "Zeugen" at a sentence's start as a proper noun, so both noun tags count; a name would be an actor.)
     */
    private boolean bareGermanNoun(List<Token> phrase) {
        if (!language.code.equals("de") || phrase.isEmpty() || phrase.size() > 2
                || phrase.size() == 2 && !phrase.get(0).text().equals("Die")) {
            return false; // "Zeugen", "Die Zeugen" (a plural, or a woman not named: both unnamed)
        }
        Token noun = phrase.getLast();
        String tag = pos.tagOf(noun);
        // only as the sentence's opening subject: "Der „Bild“-Zeitung sagte ein Sprecher" puts the subject after the verb
        return startsSentence(phrase.get(0)) && noun.isCapitalised() && ("NOUN".equals(tag) || "PROPN".equals(tag))
                && !lexicon.isGivenName(noun.text()) && namesNobodyKnown(noun) && !language.institutions.contains(noun.text().toLowerCase(Locale.ROOT));
    }

    /**
     * "»…«, sagte ein Fahrer", "sagte der Fahrer des Transporters": right after a German verb of saying, a nominative
     * article and a noun that no actor, title or body stands for is someone the article does not name; null otherwise.
     * (Only there: before a verb the same words may be an object, and German never leaves the subject out.)
     */
    Speaker unnamedAfterVerb(List<Token> phrase) {
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
        Token head = phrase.get(end);
        if (!namesNobodyKnown(head)) {
            return null;
        }
        Span span = new Span(phrase.get(0).start(), head.end());
        return new Speaker(layout.text.substring(span.start(), span.end()), span, SpeakerResolution.ANONYMOUS, null);
    }

    /** A noun that is no actor's mention, no title and no body's word: a German noun for someone unnamed. */
    private boolean namesNobodyKnown(Token noun) {
        return actors.at(noun.start()) == null && !lexicon.isTitle(noun.text()) && !lexicon.isOrganisationWord(noun.text())
                && !language.isCompoundBody(noun.text());
    }

    /** A plural noun no actor stands for: "organisers", "Emergency services", "human rights groups". */
    private boolean isUnnamedGroup(List<Token> phrase, int headIndex) {
        Token head = phrase.get(headIndex);
        String lower = head.text().toLowerCase(Locale.ROOT);
        boolean plural = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                || lower.endsWith("men") || IRREGULAR_PLURALS.contains(lower);
        return plural && actors.at(head.start()) == null
                && (head.isLowerCase() || headIndex == 0 && startsSentence(head));
    }

    /**
     * "a passenger told reporters", "un conducteur a expliqué", "dijo un conductor", "een buurtbewoner zei": an
     * indefinite article and a common noun no actor stands for is someone the article does not name.
     */
    private boolean someoneUnnamed(String firstLower, Token head, int headIndex) {
        if (headIndex == 0 && firstLower.equals("one") && language.code.equals("en")) {
            return true; // "“Nobody came,” said one, a retired nurse": one of the people just named
        }
        return headIndex > 0 && head.isLowerCase() && actors.at(head.start()) == null
                && INDEFINITE_ARTICLES.getOrDefault(language.code, Set.of()).contains(firstLower);
    }

    private boolean startsSentence(Token token) {
        Sentence sentence = layout.sentenceAt(token.start());
        if (sentence == null) {
            return false;
        }
        int prose = Furniture.skipLeadIn(layout.text, sentence.start(), sentence.end());
        return layout.tokensIn(prose, token.start()).isEmpty();
    }

    /** The head of a phrase: the word before its first preposition or relative word, else its last word. */
    private int headIndex(List<Token> phrase) {
        for (int k = 0; k < phrase.size() - 1; k++) {
            if (isPreposition(phrase.get(k + 1).text()) && !isDeterminer(phrase.get(k).text().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return phrase.size() - 1;
    }

    /**
     * "…, sagte der SPD-Politiker." German news names a person once and then by an epithet that is not their title
     * (party, age): the person last named of the gender the article and the noun give ("der" a man, "die" a
     * woman) is meant, as for a pronoun. Null when neither gives a gender or nobody fits.
     */
    private ActorEntity epithetFor(String article, Token head) {
        String lower = head.text().toLowerCase(Locale.ROOT);
        if (EPITHET_ENDINGS.stream().noneMatch(lower::endsWith)) {
            return null; // "die Ministerin" with no minister named is nobody yet, not the woman named last
        }
        char gender = lexicon.titleGender(head.text());
        if (gender != 'M' && gender != 'F') {
            gender = article.equals("der") ? 'M' : article.equals("die") ? 'F' : '-';
        }
        return gender == '-' ? null : actors.personBefore(head.start(), gender);
    }

    Speaker pronoun(Token token, String lower) {
        Span span = new Span(token.start(), token.end());
        char gender = language.pronounGender(lower);
        Speaker unnamed = gender == 'M' || gender == 'F' ? unnamedSpeakerBefore(token, gender) : null;
        if (unnamed != null) {
            return unnamed;
        }
        ActorEntity entity = gender == 'M' || gender == 'F' ? roleSubjectBefore(token, gender) : null;
        if (entity == null) {
            entity = switch (gender) {
                case 'M' -> actors.personBefore(token.start(), 'M');
                case 'F' -> actors.personBefore(token.start(), 'F');
                default -> actors.collectiveBefore(token.start());
            };
        }
        if (entity == null) {
            return new Speaker(token.text(), span, SpeakerResolution.PRONOUN, null);
        }
        if (gender == 'M' || gender == 'F') {
            entity.learnGender(gender);
        }
        return new Speaker(entity.name, span, SpeakerResolution.PRONOUN, entity);
    }

    /**
     * "A passenger said the trains were late. “We waited all night,” he added.": when the sentence before the pronoun's,
     * in its paragraph, opens with someone unnamed who speaks ("A passenger said", "Een reiziger vertelde", "Eine
     * Pflegerin aus Uelzen erzählte"), the pronoun is that person still, not someone named further back. The article's
     * gender, where the language has one, must fit the pronoun's. Null otherwise.
     */
    private Speaker unnamedSpeakerBefore(Token pronoun, char gender) {
        int index = layout.sentenceIndexAt(pronoun.start());
        if (index <= 0 || layout.sentences.get(index - 1).paragraph() != layout.sentences.get(index).paragraph()) {
            return null;
        }
        Sentence previous = layout.sentences.get(index - 1);
        List<Token> words = layout.tokensIn(Furniture.skipLeadIn(layout.text, previous.start(), previous.end()), previous.end());
        String article = words.isEmpty() ? "" : words.get(0).text().toLowerCase(Locale.ROOT);
        boolean indefinite = INDEFINITE_ARTICLES.getOrDefault(language.code, Set.of()).contains(article)
                || language.code.equals("de") && NOMINATIVE_ARTICLES.contains(article) && article.startsWith("ein");
        char articleGender = FEMININE_ARTICLES.contains(article) ? 'F' : MASCULINE_ARTICLES.contains(article) ? 'M' : '-';
        if (!indefinite || articleGender != '-' && articleGender != gender || words.size() < 3 || actors.at(words.get(1).start()) != null) {
            return null;
        }
        for (int k = 2; k < Math.min(words.size(), 7); k++) {
            if (lexicon.reportingVerb(words.get(k).text()) != null) {
                Span said = new Span(words.get(0).start(), words.get(k - 1).end());
                return new Speaker(layout.text.substring(said.start(), said.end()), said, SpeakerResolution.ANONYMOUS, null);
            }
        }
        return null;
    }

    /**
     * "Die Ministerin wies das zurück. …, betonte sie.": when the sentence before the pronoun's, in its paragraph, opens
     * with a definite role ("Die Ministerin", "The minister") that resolves to a person of the pronoun's gender, the
     * pronoun continues that subject, even when another person was named in between. Null otherwise.
     */
    private ActorEntity roleSubjectBefore(Token pronoun, char gender) {
        int index = layout.sentenceIndexAt(pronoun.start());
        if (index <= 0 || layout.sentences.get(index - 1).paragraph() != layout.sentences.get(index).paragraph()) {
            return null;
        }
        Sentence previous = layout.sentences.get(index - 1);
        List<Token> words = layout.tokensIn(previous.start(), previous.end());
        if (words.size() < 3 || !isDefinite(words.get(0).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Token head = words.get(1);
        if (!lexicon.isTitle(head.text()) && !lexicon.isTitle(capitalised(head.text()))) {
            return null;
        }
        ActorEntity entity = actors.describedBefore(words.get(0).start(), head.text().toLowerCase(Locale.ROOT));
        return entity != null && entity.type == ActorType.PERSON && entity.fitsGender(gender) ? entity : null;
    }

    private boolean isDefinite(String lower) {
        return lower.equals("the") || !language.code.equals("en") && language.determiners.contains(lower)
                && !lower.startsWith("ein") && !lower.equals("un") && !lower.equals("une") && !lower.equals("una")
                && !lower.equals("uno") && !lower.equals("um") && !lower.equals("uma") && !lower.equals("een");
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A subject pronoun of the article's language ("he", "sie", "elle"), or an inverted form ("a-t-elle"). */
    boolean isPronoun(String lower) {
        return language.pronouns.containsKey(lower); // object pronouns only after a cue (SpeakerFinder.namedAt)
    }
}
