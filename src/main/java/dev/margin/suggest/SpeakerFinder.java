package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the speaker phrase next to a reporting verb: the subject before it ("Okafor said", "a spokesman
 * for the ministry said", "Jane Roe, a professor at Lagos University, said") or the phrase after it
 * ("said Okafor", "said a senior diplomat who asked not to be named"). A name resolves to its actor; a
 * pronoun to the most recent fitting actor; an unnamed source is marked anonymous; "the minister" or
 * "the ministry" resolves to the actor with that role or name.
 */
final class SpeakerFinder {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "several",
            "some", "many", "other", "another", "this", "that", "these", "those", "its", "his", "her", "their");
    /** Words between a subject and its verb that belong to neither ("Okafor also said", "she has said"). */
    private static final Set<String> VERB_FILLERS = Set.of("has", "have", "had", "also", "later", "previously", "then",
            "further", "again", "repeatedly", "publicly", "privately", "once", "earlier", "separately", "would",
            "will", "may", "might", "could", "reportedly", "recently", "subsequently", "initially", "himself",
            "herself", "themselves", "itself", "not", "did", "does", "do", "just", "only", "even");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "from", "in", "with", "to", "on", "close",
            "familiar", "who", "which", "that", "inside", "within", "near", "representing", "involved", "speaking");
    /** Heads that name a speaking body even when no actor is resolved ("the ministry said"). */
    private static final Set<String> INSTITUTIONS = Set.of("government", "ministry", "company", "firm", "police", "army",
            "military", "court", "report", "study", "statement", "survey", "agency", "council", "committee", "party",
            "union", "group", "campaign", "department", "board", "commission", "office", "embassy", "bank", "regulator",
            "prosecutors", "prosecutor", "presidency", "administration", "hospital", "university", "club", "team");
    private static final int MAX_PHRASE_TOKENS = 14;
    private static final int MAX_APPOSITION = 110;

    /** A US party-and-state tag after a name: "D-N.Y.", "R-Ky". */
    private static final Pattern PARTY_TAG = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,8}");
    private static final Set<String> OF_PHRASE = Set.of("for", "of", "at", "from", "with", "in", "to", "close");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "police", "children", "staff", "youth",
            "clergy", "crew", "personnel");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    private static final Set<String> FINITE_VERBS = Set.of("has", "have", "had", "is", "was", "are", "were", "will",
            "would", "said", "says", "can", "could", "did", "does", "do", "may", "might", "must", "should");
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("in", "on", "at", "for", "with", "from", "during",
            "to", "by", "after", "before", "into", "over", "under", "about");

    /** Words that end a subject read backwards: the clause before it is not part of it. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "as", "when", "because", "after",
            "before", "if", "since", "although", "though", "where", "whereas", "so", "yet", "said", "says", "told");

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final PosTags pos;

    SpeakerFinder(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos) {
        this.pos = pos;
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
    }

    private boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower) || language.determiners.contains(lower);
    }

    private boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word) || language.prepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    private boolean isClauseWord(String lower) {
        return CLAUSE_WORDS.contains(lower) || language.complementizers.contains(lower);
    }

    /** The subject of the verb starting at {@code verbStart}, looking no further left than {@code regionStart}. */
    Speaker subjectBefore(int verbStart, int regionStart) {
        int index = layout.firstTokenFrom(verbStart) - 1;
        int boundary = verbStart;
        while (index >= 0 && layout.tokens.get(index).start() >= regionStart
                && (VERB_FILLERS.contains(layout.tokens.get(index).text().toLowerCase(Locale.ROOT))
                || language.auxiliaries.contains(layout.tokens.get(index).text().toLowerCase(Locale.ROOT)))
                && layout.onlySpacesBetween(layout.tokens.get(index).end(), boundary)) {
            boundary = layout.tokens.get(index).start();
            index--;
        }
        int p = skipSpacesLeft(boundary, regionStart);
        if (p > regionStart && layout.text.charAt(p - 1) == ')') {
            // "The World Health Organization (WHO) said": the bracket is an aside
            int open = layout.text.lastIndexOf('(', p - 1);
            if (open > regionStart && p - open < MAX_APPOSITION) {
                boundary = skipSpacesLeft(open, regionStart);
                index = layout.firstTokenFrom(boundary) - 1;
                p = boundary;
            }
        }
        for (int appositions = 0; appositions < 3 && p > regionStart && layout.text.charAt(p - 1) == ','; appositions++) {
            // an apposition or relative clause between subject and verb: "Roe, a professor at Y, said"
            int comma = previousComma(p - 1, regionStart, appositions > 0);
            // without an apposition the words between the commas are the subject: "Its director, Chidi Nwosu, said"
            boundary = comma < 0 ? p - 1 : comma;
            index = layout.firstTokenFrom(boundary) - 1;
            if (comma < 0) {
                break;
            }
            // "Sen. Rand Paul, R-Ky., who voted against it, said": appositions may follow one another
            p = comma + 1;
        }
        List<Token> phrase = new ArrayList<>();
        while (index >= 0 && phrase.size() < MAX_PHRASE_TOKENS) {
            Token t = layout.tokens.get(index);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.start() < regionStart || !gapIsWordSpace(t.end(), boundary) || isClauseWord(lower)) {
                break;
            }
            phrase.add(0, t);
            boundary = t.start();
            index--;
            if (isPronoun(lower)) {
                break;
            }
            if (isDeterminer(lower)) {
                // "a spokeswoman for the Red Cross": the phrase goes on past a preposition
                Token before = index >= 0 ? layout.tokens.get(index) : null;
                // German: "Ein Sprecher der Stadt": an article after a noun opens its genitive attribute
                boolean genitive = before != null && language.code.equals("de") && before.isCapitalised();
                if (before == null || !OF_PHRASE.contains(before.text()) && !language.prepositions.contains(before.text()) && !genitive
                        || !gapIsWordSpace(before.end(), boundary)) {
                    break;
                }
            }
        }
        if (phrase.isEmpty() && index >= 0 && COORDINATORS.contains(layout.tokens.get(index).text())) {
            return sentenceSubject(regionStart, verbStart);
        }
        return decide(phrase);
    }

    /** "Unions welcomed the decision but warned that …": the subject opens the clause. */
    private Speaker sentenceSubject(int regionStart, int verbStart) {
        List<Token> phrase = new ArrayList<>();
        for (Token t : layout.tokensIn(regionStart, verbStart)) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!phrase.isEmpty() && (t.isLowerCase() && (lower.endsWith("ed") || FINITE_VERBS.contains(lower))
                    || !gapIsWordSpace(phrase.getLast().end(), t.start()))) {
                break;
            }
            phrase.add(t);
            if (phrase.size() >= MAX_PHRASE_TOKENS / 2) {
                return null;
            }
        }
        return decide(phrase);
    }

    /** The person named last before {@code offset} in its paragraph (a subject left out: "dijo"), or null. */
    Speaker personBeforeInParagraph(int offset) {
        Sentence here = layout.sentenceAt(offset);
        ActorEntity person = actors.personBefore(offset, '-');
        if (person == null || here == null) {
            return null;
        }
        return new Speaker(person.name, null, SpeakerResolution.PRONOUN, person);
    }

    /** The actor mentioned at {@code token}, or the pronoun it is, as a speaker with its span; null otherwise. */
    Speaker namedAt(Token token, int regionEnd) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        if (isPronoun(lower)) {
            return pronoun(token, lower);
        }
        int index = layout.firstTokenFrom(token.start());
        for (int k = index; k < layout.tokens.size() && k < index + 3 && layout.tokens.get(k).end() <= regionEnd; k++) {
            // "Laut dem Statistischen Bundesamt": an article may stand before the name
            Mention m = actors.at(layout.tokens.get(k).start());
            if (m != null) {
                return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
            }
            if (!isDeterminer(layout.tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return null;
    }

    /** The first person named in {@code [start, end)}, as an explicit speaker, or null. */
    Speaker personNamedIn(int start, int end) {
        for (Token t : layout.tokensIn(start, end)) {
            Mention m = actors.at(t.start());
            if (m != null && m.entity().type == ActorType.PERSON) {
                return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
            }
        }
        return null;
    }

    /** The speaker phrase right after a cue ending at {@code cueEnd}: "said Okafor", "said a spokesman". */
    Speaker phraseAfter(int cueEnd, int regionEnd) {
        int index = layout.firstTokenFrom(cueEnd);
        int boundary = cueEnd;
        List<Token> phrase = new ArrayList<>();
        while (index < layout.tokens.size() && phrase.size() < MAX_PHRASE_TOKENS) {
            Token t = layout.tokens.get(index);
            if (t.end() > regionEnd || !gapIsWordSpace(boundary, t.start())
                    || !phrase.isEmpty() && isClauseWord(t.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            phrase.add(t);
            boundary = t.end();
            index++;
        }
        Speaker speaker = decide(phrase);
        if ((speaker == null || speaker.entity() == null || speaker.entity().type != ActorType.PERSON) && !phrase.isEmpty()) {
            // "dijo la ministra de Trabajo, Elena Castillo,": the name in apposition is the speaker
            Speaker named = personInApposition(phrase.getLast().end(), regionEnd);
            if (named != null) {
                return named;
            }
        }
        return speaker;
    }

    /** The person named right after a comma at {@code from} and closed by a comma or the end of the clause. */
    private Speaker personInApposition(int from, int regionEnd) {
        int p = from;
        if (p >= layout.text.length() || layout.text.charAt(p) != ',') {
            return null;
        }
        int index = layout.firstTokenFrom(p);
        if (index >= layout.tokens.size() || layout.tokens.get(index).start() >= regionEnd) {
            return null;
        }
        Mention m = actors.at(layout.tokens.get(index).start());
        if (m == null || m.entity().type != ActorType.PERSON || !layout.onlySpacesBetween(p + 1, m.start())) {
            return null;
        }
        int after = m.end();
        if (after < layout.text.length() && ",.;\n".indexOf(layout.text.charAt(after)) < 0 && after < regionEnd) {
            return null;
        }
        return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
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

    private Speaker decide(List<Token> words) {
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
        if (mention != null) {
            return new Speaker(mention.entity().name, new Span(mention.start(), mention.end()), SpeakerResolution.EXPLICIT,
                    mention.entity());
        }
        boolean definite = firstLower.equals("the") || firstLower.equals("this") || firstLower.equals("its")
                || language.determiners.contains(firstLower) && !language.code.equals("en");
        Span described = new Span(first.start(), head.end());
        if (definite && (head.isLowerCase() || !language.code.equals("en") && lexicon.isTitle(head.text()))) {
            ActorEntity entity = actors.describedBefore(first.start(), headLower);
            if (entity != null) {
                return new Speaker(entity.name, described, SpeakerResolution.EXPLICIT, entity);
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
            return new Speaker(layout.text.substring(described.start(), described.end()), described, SpeakerResolution.EXPLICIT, null);
        }
        if (isUnnamedGroup(phrase, headIndex)) {
            int end = phrase.getLast().end();
            return new Speaker(layout.text.substring(first.start(), end), new Span(first.start(), end),
                    SpeakerResolution.ANONYMOUS, null);
        }
        return null;
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

    private Speaker pronoun(Token token, String lower) {
        Span span = new Span(token.start(), token.end());
        char gender = language.pronounGender(lower);
        ActorEntity entity = switch (gender) {
            case 'M' -> actors.personBefore(token.start(), 'M');
            case 'F' -> actors.personBefore(token.start(), 'F');
            default -> actors.collectiveBefore(token.start());
        };
        if (entity == null) {
            return new Speaker(token.text(), span, SpeakerResolution.PRONOUN, null);
        }
        if (gender == 'M' || gender == 'F') {
            entity.learnGender(gender);
        }
        return new Speaker(entity.name, span, SpeakerResolution.PRONOUN, entity);
    }

    /** A subject pronoun of the article's language ("he", "sie", "elle"), or an inverted form ("a-t-elle"). */
    boolean isPronoun(String lower) {
        return language.pronounGender(lower) != 0;
    }

    /** True when only spaces, a hyphen or a possessive ending lie between two words. */
    private boolean gapIsWordSpace(int from, int to) {
        String text = layout.text;
        int i = from;
        if (i + 1 < to && Tokenizer.isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) {
            i += 2;
        }
        if (i >= to) {
            return i == to;
        }
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private int skipSpacesLeft(int from, int limit) {
        int p = from;
        while (p > limit && (layout.text.charAt(p - 1) == ' ' || layout.text.charAt(p - 1) == '\u00A0')) {
            p--;
        }
        return p;
    }

    /**
     * The comma opening an apposition or relative clause that ends at {@code closingComma}, or -1 when the
     * words between do not read as one ("a professor at Y", "who chairs the committee", "54").
     */
    private int previousComma(int closingComma, int regionStart, boolean strict) {
        int limit = Math.max(regionStart, closingComma - MAX_APPOSITION);
        for (int i = closingComma - 1; i >= limit; i--) {
            char c = layout.text.charAt(i);
            if (c == ',') {
                List<Token> inside = layout.tokensIn(i + 1, closingComma);
                if (inside.isEmpty()) {
                    return -1;
                }
                Token first = inside.get(0);
                String lower = first.text().toLowerCase(Locale.ROOT);
                boolean reads = first.isLowerCase() && (!strict || RELATIVES.contains(lower)) || first.isNumber()
                        || isDeterminer(lower)
                        || first.possessive() || inside.size() > 1 && inside.get(1).possessive()
                        || PARTY_TAG.matcher(first.text()).matches();
                return reads ? i : -1;
            }
            boolean innerDot = c == '.' && !Character.isWhitespace(layout.text.charAt(i + 1));
            if (".;:!?“”\"\n".indexOf(c) >= 0 && !innerDot) {
                return -1;
            }
        }
        return -1;
    }
}
