package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the speaker phrase next to a reporting verb: the subject before it ("Okafor said", "a spokesman
 * for the ministry said", "Jane Roe, a professor at Lagos University, said") or the phrase after it
 * ("said Okafor", "said a senior diplomat who asked not to be named"). A name resolves to its actor; a
 * pronoun to the most recent fitting actor; an unnamed source is marked anonymous; "the minister" or
 * "the ministry" resolves to the actor with that role or name.
 */
final class SpeakerFinder {
    /** Words between a subject and its verb that belong to neither ("Okafor also said", "she has said"). */
    private static final Set<String> VERB_FILLERS = Set.of("has", "have", "had", "also", "later", "previously", "then",
            "further", "again", "repeatedly", "publicly", "privately", "once", "earlier", "separately", "would",
            "will", "may", "might", "could", "reportedly", "recently", "subsequently", "initially", "himself",
            "herself", "themselves", "itself", "not", "did", "does", "do", "just", "only", "even");
    static final int MAX_PHRASE_TOKENS = 14;
    private static final Set<String> OF_PHRASE = Set.of("for", "of", "at", "from", "with", "in", "to", "close");
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** Words a document's subject may spend on whom it went to and when, beyond a speaker phrase's usual length. */
    private static final int DOCUMENTS_ADDRESS = 6;
    private static final Set<String> OBLIQUE_ARTICLES = Set.of("dem", "den", "einem", "des", "eines");
    private static final Set<String> FINITE_VERBS = Set.of("has", "have", "had", "is", "was", "are", "were", "will",
            "would", "said", "says", "can", "could", "did", "does", "do", "may", "might", "must", "should");
    /** Words that end a subject read backwards: the clause before it is not part of it. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "as", "when", "because", "after",
            "before", "if", "since", "although", "though", "where", "whereas", "so", "yet", "said", "says", "told");

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final SpeakerPhrase phrases;
    private final AppositionBounds asides;
    private final PosTags pos;
    private final PersonInSentence about;
    private final ClauseSubjects clauses;
    private final DocumentIssuers documents;
    private final PhraseAfterVerb after;

    SpeakerFinder(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos) {
        this.documents = new DocumentIssuers(lexicon, layout, actors);
        this.phrases = new SpeakerPhrase(lexicon, layout, actors, pos, documents);
        this.asides = new AppositionBounds(lexicon, layout, phrases, actors);
        this.pos = pos;
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
        this.about = new PersonInSentence(lexicon, layout, actors, phrases, this);
        this.clauses = new ClauseSubjects(lexicon, layout, this, pos);
        this.after = new PhraseAfterVerb(language, layout, actors, phrases, asides, this);
    }

    /** Who issued the documents the article quotes from ("In dem Urteil heißt es, …"). */
    DocumentIssuers documents() {
        return documents;
    }

    /** Subjects read from the shape of the clause: before an auxiliary, or shared with an earlier verb. */
    ClauseSubjects clauses() {
        return clauses;
    }

    /** Who a sentence of the writer's is about, for quotes that follow it with no attribution of their own. */
    PersonInSentence about() {
        return about;
    }

    boolean isClauseWord(String lower) {
        return CLAUSE_WORDS.contains(lower) || language.complementizers.contains(lower);
    }

    /** Whether the tagger reads {@code token} as a noun ("the headquarters claim"), where a verb of saying has a noun's form. */
    boolean readAsAdjective(Token token) {
        return "ADJ".equals(pos.tagOf(token));
    }

    boolean readAsNoun(Token token) {
        return "NOUN".equals(pos.tagOf(token)) || "PROPN".equals(pos.tagOf(token));
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
        int p = layout.skipSpacesLeft(boundary, regionStart);
        if (p > regionStart && layout.text.charAt(p - 1) == ')') {
            // "The World Health Organization (WHO) said": the bracket is an aside
            int open = layout.text.lastIndexOf('(', p - 1);
            if (open > regionStart && p - open < AppositionBounds.MAX_APPOSITION) {
                boundary = layout.skipSpacesLeft(open, regionStart);
                index = layout.firstTokenFrom(boundary) - 1;
                p = boundary;
            }
        }
        int postNominal = asides.postNominalBefore(p, regionStart);
        if (postNominal >= 0) {
            p = postNominal; // "counsel assisting Dominic Farrell, SC, asked": letters after the name belong to it
            boundary = p;
            index = layout.firstTokenFrom(p) - 1;
        }
        List<Span> chain = new ArrayList<>(); // the asides, nearest the verb first
        int whose = p > regionStart && layout.text.charAt(p - 1) == ',' ? layout.text.lastIndexOf(", whose ", p - 2) : -1;
        if (whose > regionStart && p - whose < 2 * AppositionBounds.MAX_APPOSITION) {
            // "Lisa Hertel, whose company, Hertel Ready-Mix, poured the foundation, said": the relative clause holds an aside of its own
            chain.add(new Span(whose + 1, p - 1));
            boundary = whose;
            index = layout.firstTokenFrom(boundary) - 1;
            p = whose + 1; // (an aside may stand before it: "Salmah Ismail, 67, whose house …, said")
        }
        for (int appositions = chain.size(); appositions < 3 && p > regionStart && layout.text.charAt(p - 1) == ','; appositions++) {
            // an apposition or relative clause between subject and verb: "Roe, a professor at Y, said"
            int comma = asides.openingComma(p - 1, regionStart, appositions > 0);
            if (comma >= 0 && appositions > 0 && asides.openingAdverbial(comma)) {
                comma = -1; // "However, a senior police officer …, who spoke on condition of anonymity, told": no aside
            }
            if (comma >= 0) {
                chain.add(new Span(comma + 1, p - 1));
            }
            // without an apposition the words between the commas are the subject: "Its director, Chidi Nwosu, said"
            boundary = comma < 0 ? p - 1 : comma;
            index = layout.firstTokenFrom(boundary) - 1;
            if (comma < 0) {
                break;
            }
            // "Sen. Rand Paul, R-Ky., who voted against it, said": appositions may follow one another
            p = comma + 1;
        }
        Span apposition = chain.isEmpty() ? null : chain.get(0);
        int beforeApposition = layout.skipSpacesLeft(boundary, regionStart);
        if (apposition != null && beforeApposition > regionStart && layout.text.charAt(beforeApposition - 1) == ')') {
            // "Sen. Maria Delgado (D-N.M.), one of the negotiators, said": a party tag before the apposition is an aside too
            int open = layout.text.lastIndexOf('(', beforeApposition - 1);
            if (open > regionStart && beforeApposition - open < AppositionBounds.MAX_APPOSITION) {
                boundary = layout.skipSpacesLeft(open, regionStart);
                index = layout.firstTokenFrom(boundary) - 1;
            }
        }
        List<Token> phrase = new ArrayList<>();
        int longest = MAX_PHRASE_TOKENS;
        while (index >= 0 && phrase.size() < longest) {
            Token t = layout.tokens.get(index);
            String lower = t.text().toLowerCase(Locale.ROOT);
            // ("a 2024 email in which Solvane Chief Executive Nadia Kessler told managers": the relative clause's own subject)
            boolean relative = (lower.equals("which") || lower.equals("whom")) && index > 0
                    && language.prepositions.contains(layout.tokens.get(index - 1).text().toLowerCase(Locale.ROOT));
            if (t.start() < regionStart || !layout.gapIsWordSpace(t.end(), boundary) || isClauseWord(lower) || relative
                    || language.code.equals("de") && t.isLowerCase() && language.auxiliaries.contains(lower)) {
                break; // ("…, hatte Präsident Bernhard Kollmitzer im November gewarnt": the auxiliary opens the subject's clause)
            }
            if (!phrase.isEmpty() && lower.equals("by") && index > 0 && DocumentIssuers.SEEN_PARTICIPLES.contains(layout.tokens.get(index - 1).text())) {
                // "A letter … seen by Reuters said": who saw the document is no part of the subject
                phrase.clear();
                longest = MAX_PHRASE_TOKENS + DOCUMENTS_ADDRESS; // ("… sent by X to Pennock Chair Fiona Gadsby on Feb. 14")
                index -= 2;
                if (index >= 0 && layout.tokens.get(index).text().equals("and")) {
                    index--; // "A letter sent by Lukas Fehlmann and seen by Reuters": who sent it, then
                }
                boundary = layout.tokens.get(index + 1).start();
                continue;
            }
            if (phrase.isEmpty() && language.code.equals("de") && t.isLowerCase() && "ADV".equals(pos.tagOf(t))) {
                // "hatte die Aufsicht allerdings gewarnt": an adverb between the subject and the participle is no part of it
                boundary = t.start();
                index--;
                continue;
            }
            phrase.add(0, t);
            boundary = t.start();
            index--;
            if (isPronoun(lower)) {
                break;
            }
            if (phrases.isDeterminer(lower) && !language.prepositions.contains(lower)) {
                // "a spokeswoman for the Red Cross": the phrase goes on past a preposition; a word that is both goes on
                // itself ("le ministère des Transports", "do Ministério")
                Token before = index >= 0 ? layout.tokens.get(index) : null;
                // German: "Ein Sprecher der Stadt": an article after a noun opens its genitive attribute
                boolean genitive = before != null && language.code.equals("de") && before.isCapitalised();
                if (before == null || !OF_PHRASE.contains(before.text()) && !language.prepositions.contains(before.text()) && !genitive
                        || !layout.gapIsWordSpace(before.end(), boundary)) {
                    break;
                }
            }
        }
        if (phrase.isEmpty() && index >= 0 && COORDINATORS.contains(layout.tokens.get(index).text())) {
            Speaker subject = sentenceSubject(regionStart, verbStart);
            Token first = subject == null || !subject.namesPerson() ? clauses.earlierReportingVerb(index, verbStart) : null;
            // "she said the analysis showed “minimal” effects and accused reporters of …": the first verb's subject
            return first != null ? subjectBefore(first.start(), layout.sentenceAt(verbStart).start()) : subject;
        }
        if (!phrase.isEmpty() && language.code.equals("de") && OBLIQUE_ARTICLES.contains(phrase.getFirst().text())) {
            return null; // "… mit Handwerkern und dem Mieterverein, sagte Pröbstl": a dative or genitive is nobody's subject
        }
        Speaker decided = phrases.decide(phrase);
        if (decided == null && !phrase.isEmpty() && language.indefiniteArticles.containsKey(phrase.getFirst().text().toLowerCase(Locale.ROOT))) {
            // "Eine Pflegerin aus Uelzen erzählte: …": someone unnamed; with "der"/"die" the noun may point back to someone named
            decided = phrases.unnamedAfterVerb(phrase);
        }
        // ("Der Berichterstatter des Verkehrsausschusses, der belgische Grüne Wout Declercq, sagte": German capitalises it)
        boolean commonNoun = !phrase.isEmpty() && (phrase.getLast().isLowerCase()
                || language.code.equals("de") && actors.at(phrase.getLast().start()) == null && opensWithArticle(apposition));
        // ("The AU mediator, former Malian prime minister Amadou Sidibé, said": the body only qualifies the noun)
        boolean ofBody = decided != null && decided.entity() != null && decided.entity().type != ActorType.PERSON;
        if (apposition != null && commonNoun && (decided == null || decided.entity() == null && decided.resolution() == SpeakerResolution.EXPLICIT || ofBody)) {
            // "The operators' group, the Southeast Terminal Alliance, said": the name in apposition says who the noun is
            Speaker named = bodyOrPersonNamedIn(apposition.start(), apposition.end());
            if (named != null && (!ofBody || named.namesPerson())) {
                return named;
            }
        }
        Speaker namedInChain = decided != null && decided.resolution() == SpeakerResolution.ANONYMOUS
                ? asides.namedClosingOne(chain, phrase) : null;
        if (namedInChain != null) {
            return namedInChain;
        }
        if (apposition != null && !phrase.isEmpty() && (decided == null || !decided.namesPerson()
                || decided.span() == null || decided.span().start() != phrase.getFirst().start()) && UnnamedSpeakers.withholdsName(layout.text.substring(apposition.start(), apposition.end()))) {
            // (but "Donald, a crofter who asked that his surname not be used, said" names him by his first name)
            Span said = new Span(phrase.getFirst().start(), phrase.getLast().end()); // "…, who asked not to be named, said"
            return Speaker.unnamed(layout, said);
        }
        return decided;
    }

    /** Whether an aside opens with an article: "der belgische Grüne Wout Declercq" names, "ob Lasbeck gedroht habe" does not. */
    private boolean opensWithArticle(Span aside) {
        List<Token> words = aside == null ? List.of() : layout.tokensIn(aside.start(), aside.end());
        return !words.isEmpty() && language.determiners.contains(words.getFirst().text());
    }

    /** The first person, organisation or state named in {@code [start, end)}, as an explicit speaker, or null. */
    private Speaker bodyOrPersonNamedIn(int start, int end) {
        return namedIn(start, end, type -> type != ActorType.OTHER);
    }

    /** "Unions welcomed the decision but warned that …": the subject opens the clause. */
    private Speaker sentenceSubject(int regionStart, int verbStart) {
        List<Token> phrase = new ArrayList<>();
        int dateline = regionStart == 0 || layout.text.charAt(regionStart - 1) == '\n' ? Furniture.datelineEnd(layout.text, regionStart) : -1;
        if (dateline > regionStart && dateline < verbStart) {
            regionStart = dateline; // "ANKENY, Iowa — Gov. Lorraine Ashby … climbed … and told …": where the story was filed is no subject
        }
        int comma = layout.text.indexOf(',', regionStart);
        if (comma > 0 && comma < verbStart && layout.text.indexOf(',', comma + 1, verbStart) < 0 && (asides.openingAdverbial(comma)
                || ReportedClauseBounds.opensWithQuestion(layout.tokensIn(regionStart, comma)))) {
            regionStart = comma + 1; // "Pressed on ridership, he called it … and said …": the subject follows the opener
        }
        for (Token t : layout.tokensIn(regionStart, verbStart)) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!phrase.isEmpty() && (t.isLowerCase() && (lower.endsWith("ed") || FINITE_VERBS.contains(lower))
                    || !layout.gapIsWordSpace(phrase.getLast().end(), t.start()))) {
                break;
            }
            phrase.add(t);
            if (phrase.size() >= MAX_PHRASE_TOKENS / 2) {
                return null;
            }
        }
        Speaker decided = phrases.decide(phrase);
        if (!phrase.isEmpty() && (decided == null || decided.entity() == null || decided.entity().type != ActorType.PERSON)) {
            // "Japan's trade minister, Kenta Morishima, called … and said …": the name in apposition is the subject
            Speaker named = asides.personAfterComma(phrase.getLast().end(), verbStart);
            if (named != null) {
                return named;
            }
        }
        return decided;
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

    /**
     * "Der Verein verurteilte die Aktion in einer Stellungnahme. „…“, hieß es darin.": the body or person opening the
     * sentence before the one at {@code offset}, in its paragraph, whose statement or page "darin" and "dort" mean; null
     * when that sentence opens with nobody the article names.
     */
    Speaker pointedBackTo(int offset) {
        int index = layout.sentenceIndexAt(offset);
        if (index <= 0 || layout.sentences.get(index - 1).paragraph() != layout.sentences.get(index).paragraph()) {
            return null;
        }
        Sentence previous = layout.sentences.get(index - 1);
        List<Token> words = layout.tokensIn(previous.start(), previous.end());
        for (int k = 1; k < words.size() && k < 6; k++) {
            // ("Die kasachische Regierung reagierte …": an adjective before the noun is no verb)
            boolean adjective = k + 1 < words.size() && words.get(k + 1).isCapitalised() && layout.onlySpacesBetween(words.get(k).end(), words.get(k + 1).start());
            if (words.get(k).isLowerCase() && !adjective) {
                Speaker subject = phraseAfter(previous.start(), words.get(k).start());
                return subject != null && subject.entity() != null ? subject : null;
            }
        }
        return null;
    }

    /** See {@link SpeakerPhrase#namedBody}. */
    Speaker namedBody(Speaker speaker) {
        return phrases.namedBody(speaker);
    }

    /** The actor mentioned at {@code token}, or the pronoun it is, as a speaker with its span; null otherwise. */
    Speaker namedAt(Token token, int regionEnd) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        if (isPronoun(lower) || language.objectPronouns.containsKey(lower)) {
            return phrases.pronoun(token, lower);
        }
        int index = layout.firstTokenFrom(token.start());
        for (int k = index; k < layout.tokens.size() && k < index + 3 && layout.tokens.get(k).end() <= regionEnd; k++) {
            // "Laut dem Statistischen Bundesamt": an article may stand before the name
            Mention m = actors.at(layout.tokens.get(k).start());
            if (m != null) {
                return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
            }
            String word = layout.tokens.get(k).text();
            boolean body = layout.tokens.get(k).isLowerCase() && language.institutions.contains(word);
            if (!phrases.isDeterminer(word.toLowerCase(Locale.ROOT)) && !body) {
                // "Volgens vakbond FNV staan …", "laut Gewerkschaft Verdi": a body's common noun may stand there too
                return null;
            }
        }
        return null;
    }

    /**
     * "‘We will rebuild,’ says mayor after storm": in a headline the speaker is a bare role, and the story names the
     * person holding it further on. The role is the first lower-case word after the verb; null when nobody holds it.
     */
    Speaker roleNamedLater(int verbEnd, int regionEnd) {
        List<Token> after = layout.tokensIn(verbEnd, regionEnd);
        if (after.isEmpty() || !after.get(0).isLowerCase() || !lexicon.isTitle(SpeakerPhrase.capitalised(after.get(0).text()))) {
            return null;
        }
        ActorEntity person = actors.personWithRoleAfter(regionEnd, after.get(0).text());
        return person == null ? null : new Speaker(person.name, new Span(after.get(0).start(), after.get(0).end()),
                SpeakerResolution.EXPLICIT, person);
    }

    /** The first person named in {@code [start, end)}, as an explicit speaker, or null. */
    Speaker personNamedIn(int start, int end) {
        return namedIn(start, end, type -> type == ActorType.PERSON);
    }

    /** The first actor of a type {@code accepts} named in {@code [start, end)}, as an explicit speaker, or null. */
    private Speaker namedIn(int start, int end, Predicate<ActorType> accepts) {
        for (Token t : layout.tokensIn(start, end)) {
            Mention m = actors.at(t.start());
            if (m != null && accepts.test(m.entity().type)) {
                return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
            }
        }
        return null;
    }

    /** The speaker phrase right after a cue ending at {@code cueEnd}: "said Okafor", "said a spokesman". */
    Speaker phraseAfter(int cueEnd, int regionEnd) {
        return phraseAfter(cueEnd, regionEnd, false);
    }

    /**
     * As {@link #phraseAfter(int, int)}; {@code afterQuote}: the verb closes a quotation ("»…«, sagte ein Fahrer"), where
     * a German article and an unknown noun are someone unnamed (elsewhere the same words may be the verb's object).
     */
    Speaker phraseAfter(int cueEnd, int regionEnd, boolean afterQuote) {
        return after.speaker(cueEnd, regionEnd, afterQuote);
    }

    /** See {@link AppositionBounds#openingAdverbial}: what the sentence holds before {@code comma} is no subject. */
    boolean opensWithAdverbial(int comma) {
        return asides.openingAdverbial(comma);
    }

    /** "Ernster fügte er hinzu": in German a pronoun right after the verb at {@code k} is its subject, whatever stands first. */
    boolean germanPronounAfter(List<Token> tokens, int k) {
        return language.code.equals("de") && k + 1 < tokens.size() && language.pronouns.containsKey(tokens.get(k + 1).text());
    }

    /** Whom the pronoun {@code pronoun} would stand for at {@code token} ("ihren" read as "sie"); see {@link PronounSpeakers}. */
    Speaker pronounFor(Token token, String pronoun) {
        return phrases.pronoun(token, pronoun);
    }

    /** A subject pronoun of the article's language ("he", "sie", "elle"), or an inverted form ("a-t-elle"). */
    boolean isPronoun(String lower) {
        return phrases.isPronoun(lower);
    }
}
