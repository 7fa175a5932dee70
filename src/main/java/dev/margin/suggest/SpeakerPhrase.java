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
    /** "der 63-Jährige", "die 41-Jährige": an age standing for a person named before. */
    static final Pattern AGE_EPITHET = Pattern.compile("(\\d{1,3})-Jährige[rn]?");
    /** English forms of "be", which make a following participle passive. */
    private static final Set<String> BE_FORMS = Set.of("is", "was", "were", "are", "been", "be", "being");
    /** Words after an institution's noun that still name it: a preposition, an article and two more at most. */
    private static final int MAX_INSTITUTION_COMPLEMENT = 4;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "several",
            "some", "many", "other", "another", "this", "that", "these", "those", "its", "his", "her", "their");
    private static final Set<String> PREPOSITIONS = Set.of("for", "of", "at", "from", "in", "with", "to", "on", "close",
            "familiar", "who", "which", "that", "inside", "within", "near", "representing", "involved", "speaking");
    /** Heads that name a speaking body even when no actor is resolved ("the ministry said"). */
    private static final Set<String> INSTITUTIONS = Set.of("government", "ministry", "company", "firm", "police", "army",
            "military", "court", "report", "study", "statement", "survey", "agency", "council", "committee", "party",
            "union", "group", "campaign", "department", "board", "commission", "office", "embassy", "bank", "regulator",
            "prosecutors", "prosecutor", "presidency", "administration", "hospital", "university", "club", "team");
    static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom");
    /** Words after a German institution's noun that go on with its name: "Senatsverwaltung für Stadtentwicklung", "Ministerium des Innern". */
    private static final Set<String> GERMAN_NAME_COMPLEMENTS = Set.of("für", "des", "der");
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("in", "on", "at", "for", "with", "from", "during",
            "to", "by", "after", "before", "into", "over", "under", "about");

    /** English nouns for what a person is or does ("midfielder", "striker", "envoy", "diplomat"). */
    static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile("(er|or|ist|ian|ent|ant|man|woman|envoy|diplomat|coach|captain)$");
    /** A pronoun for one of a group: "Einer von ihnen", "One of them". */
    private static final Set<String> ONE_OF = Set.of("einer", "eine", "one");
    /** Words opening an unnamed source: "a Tillman spokesperson", "one Harris campaign aide". */
    private static final Set<String> INDEFINITE_SOURCES = Set.of("a", "an", "one", "another", "two", "three");

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final StandInNouns standIns;
    private final RoleSubjects roleSubjects;
    private final PosTags pos;
    private final UnnamedSpeakers unnamed;
    private final LeadingPerson leadingPerson;
    private final PronounSpeakers pronouns;
    private final DocumentIssuers documents;
    private final SpeakerPhraseBounds bounds;
    private final DescribedSpeakers descriptions;

    SpeakerPhrase(Lexicon lexicon, TextLayout layout, ActorIndex actors, PosTags pos, DocumentIssuers documents) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.unnamed = new UnnamedSpeakers(lexicon, layout, actors, pos);
        this.layout = layout;
        this.actors = actors;
        this.standIns = new StandInNouns(lexicon, layout, actors);
        this.roleSubjects = new RoleSubjects(lexicon, layout, actors, standIns);
        this.pos = pos;
        this.documents = documents;
        this.bounds = new SpeakerPhraseBounds(language, actors);
        this.leadingPerson = new LeadingPerson(lexicon, layout, actors, pos, this);
        this.pronouns = new PronounSpeakers(lexicon, layout, actors, pos, unnamed, roleSubjects);
        this.descriptions = new DescribedSpeakers(lexicon, layout, actors, standIns, roleSubjects, unnamed);
    }

    /**
     * "A Tillman spokesperson said", "one Harris campaign aide": someone unnamed who works for the person named as a
     * modifier speaks, not the person. Null unless an indefinite phrase holds a person's name before an unnamed source's noun.
     */
    private Speaker staffOfNamedPerson(List<Token> phrase, String firstLower) {
        if (!language.code.equals("en") || !INDEFINITE_SOURCES.contains(firstLower)) {
            return null;
        }
        for (int k = 1; k < phrase.size() - 1; k++) {
            Mention named = actors.at(phrase.get(k).start());
            if (named == null || named.entity().type != ActorType.PERSON) {
                continue;
            }
            int after = k + 1;
            while (after < phrase.size() && phrase.get(after).start() < named.end()) {
                after++;
            }
            for (int j = after; j < phrase.size() && j <= after + 1 && phrase.get(j).isLowerCase(); j++) {
                if (lexicon.isAnonymousHead(phrase.get(j).text())) {
                    int end = phrase.getLast().end();
                    Span said = new Span(phrase.get(0).start(), end);
                    return Speaker.unnamed(layout, said);
                }
            }
            return null;
        }
        return null;
    }

    boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower) || language.determiners.contains(lower);
    }

    private boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word) || language.prepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    /** One-word answers that may stand before an inverted verb of saying ("Ja, sagt die Zeugin, …", "No, he said"). */
    private static final Set<String> ANSWERS = Set.of("Ja", "Nein", "Jein", "Naja", "Yes", "No", "Oui", "Non", "Sí", "Sì", "Sim", "Não", "Nee");

    Speaker decide(List<Token> words) {
        return standIns.namedBody(decideAsWritten(words));
    }

    /** See {@link StandInNouns#namedBody}. */
    Speaker namedBody(Speaker speaker) {
        return standIns.namedBody(speaker);
    }

    private Speaker decideAsWritten(List<Token> words) {
        List<Token> phrase = bounds.trimmed(words);
        if (phrase != null && phrase.size() == 1 && ANSWERS.contains(phrase.get(0).text())) {
            return null; // "Ja, sagt die Zeugin, …": an answer before the verb is no one's name
        }
        if (phrase == null) {
            return null;
        }
        Speaker agedWrittenOut = standIns.ageWrittenOut(phrase);
        if (agedWrittenOut != null) {
            return agedWrittenOut;
        }
        Token first = phrase.get(0);
        String firstLower = first.text().toLowerCase(Locale.ROOT);
        if (isPronoun(firstLower) && !opensLongerName(first)) {
            // "It was reported that …", "It has been said": a passive has no speaker
            boolean passive = phrase.stream().skip(1).anyMatch(t -> BE_FORMS.contains(t.text().toLowerCase(Locale.ROOT)));
            return passive ? null : pronoun(first, firstLower);
        }
        if (LEADING_PREPOSITIONS.contains(first.text()) || language.code.equals("de") && firstLower.equals("für")) {
            return null; // ("Für die FPÖ nannte Klubobmann Reinhold Fasching …": who speaks for the party follows the verb)
        }
        if (phrase.size() == 3 && ONE_OF.contains(firstLower) && (phrase.get(1).text().equals("von") || phrase.get(1).text().equals("of"))) {
            // "Einer von ihnen sagte der SZ", "One of them said": a member of a group just named, unnamed
            Span said = new Span(first.start(), phrase.getLast().end());
            return Speaker.unnamed(layout, said);
        }
        Speaker staff = staffOfNamedPerson(phrase, firstLower);
        if (staff != null) {
            return staff;
        }
        Speaker leading = leadingPerson.in(phrase);
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
        if (mention != null && mention.entity().type != ActorType.PERSON && closing != null && closing.entity().type == ActorType.PERSON
                && roleNounBefore(closing)) {
            // "Florida Division of Emergency Management deputy director Renee Castellano": the body's person speaks
            mention = closing;
        }
        Mention body = phrase.size() > 2 ? actors.at(phrase.get(1).start()) : null;
        ActorEntity chief = body != null && body.entity().type != ActorType.PERSON ? leadingPerson.headOfBody(phrase, body) : null;
        if (chief != null) {
            // "the Fed chief replied", "the Commission chief said": who heads the body named, not the body
            return new Speaker(chief.name, new Span(first.start(), phrase.getLast().end()), SpeakerResolution.PRONOUN, chief);
        }
        if (mention != null) {
            return new Speaker(mention.entity().name, new Span(mention.start(), mention.end()), SpeakerResolution.EXPLICIT,
                    mention.entity());
        }
        boolean definite = firstLower.equals("the") || firstLower.equals("this") || firstLower.equals("its")
                || language.determiners.contains(firstLower) && !language.code.equals("en")
                && !language.indefiniteArticles.containsKey(firstLower); // ("Ein Sprecher" is no spokesman named before)
        Span described = new Span(first.start(), head.end());
        Speaker pointedBack = descriptions.speaker(phrase, headIndex, definite);
        if (pointedBack != null) {
            return pointedBack;
        }
        Span maker = DocumentSource.maker(phrase, language);
        if (maker != null) {
            return documents.makerOf(phrase, maker);
        }
        if (definite && headIndex == phrase.size() - 1 && language.documents.contains(headLower)) {
            // "according to the statement" after "the railway said in a statement": the body named last issued it
            ActorEntity issuer = documents.madeByInApposition(head);
            if (issuer == null) {
                issuer = documents.issuerOf(first.start(), headLower);
            }
            if (issuer == null && !language.personalDocuments.contains(headLower)) {
                issuer = actors.describedBefore(first.start(), headLower, true); // (a letter is a person's, not the body's)
            }
            if (issuer != null) {
                return new Speaker(issuer.name, described, SpeakerResolution.PRONOUN, issuer);
            }
        }
        Speaker firm = firmOfAnalysts(phrase, headIndex);
        if (firm != null) {
            return firm;
        }
        for (int k = 0; k <= headIndex; k++) {
            Token word = phrase.get(k);
            // ("one Tory MP": a member of parliament is written in capitals)
            if ((word.isLowerCase() || k == 0 || word.isAcronym() || language.code.equals("de")) && lexicon.isAnonymousHead(word.text())) {
                int end = phrase.getLast().end();
                return new Speaker(layout.text.substring(first.start(), end), new Span(first.start(), end),
                        SpeakerResolution.ANONYMOUS, null);
            }
        }
        boolean ofParty = phrase.stream().anyMatch(w -> actors.at(w.start()) != null && actors.at(w.start()).entity().type == ActorType.ORGANISATION)
                && RoleFinder.ROLE_HEADS.contains(headLower) && headIndex == phrase.size() - 1;
        if (language.code.equals("en") && firstLower.equals("the") && head.isLowerCase() && PERSON_NOUN.matcher(headLower).find()
                && (ofParty || phrase.stream().anyMatch(w -> actors.at(w.start()) != null && actors.at(w.start()).entity().type == ActorType.STATE))) {
            // "the Senegal midfielder", "the France forward": a country's player or envoy is the person just named; "the
            // Fine Gael leader" the person named last, in this paragraph or the one before
            ActorEntity player = actors.personBefore(first.start(), ActorIndex.ANY_GENDER, ofParty ? layout.reachToPreviousParagraphStart(first.start()) : layout.reachToParagraphStart(first.start()));
            if (player != null) {
                return new Speaker(player.name, described, SpeakerResolution.PRONOUN, player);
            }
        }
        // ("one veteran GOP strategist in Atlanta": someone unnamed from the body, not the body)
        boolean oneOfThem = language.code.equals("en") && firstLower.equals("one") && head.isLowerCase() && PERSON_NOUN.matcher(headLower).find();
        for (Token word : phrase) {
            // "the UN’s humanitarian office": the body it belongs to speaks
            Mention inside = actors.at(word.start());
            if (inside != null && inside.entity().type != ActorType.PERSON && !oneOfThem) {
                return new Speaker(inside.entity().name, described, SpeakerResolution.EXPLICIT, inside.entity());
            }
        }
        if ((definite || first.isLowerCase()) && (INSTITUTIONS.contains(headLower) || language.isInstitution(head.text()))) {
            // "le ministère des Transports", "la préfecture de police", "il ministero della Salute": the complement names it
            // (a preposition and a word at least: "teilte die Polizei mit" ends with the verb's particle); a German
            // article is no part of the name ("Die Senatsverwaltung für Stadtentwicklung teilte mit")
            int rest = phrase.size() - 1 - headIndex;
            if (language.code.equals("de") && rest > 0 && !GERMAN_NAME_COMPLEMENTS.contains(phrase.get(headIndex + 1).text())) {
                rest = 0; // "das Auswärtige Amt am Abend": a time, not more of the name
            }
            int from = language.code.equals("de") && definite && headIndex == 1 ? head.start() : first.start();
            Span named = rest >= 2 && rest <= MAX_INSTITUTION_COMPLEMENT ? new Span(from, phrase.getLast().end()) : described;
            return new Speaker(layout.text.substring(named.start(), named.end()), named, SpeakerResolution.EXPLICIT, null);
        }
        Speaker namedAlone = unnamed.bodyNamedAlone(phrase);
        if (namedAlone != null) {
            return namedAlone;
        }
        boolean group = unnamed.isGroup(phrase, headIndex);
        ActorEntity groupsBody = language.code.equals("en") && group ? unnamed.bodyOfGroup(head) : null;
        if (groupsBody != null) {
            return new Speaker(groupsBody.name, described, SpeakerResolution.EXPLICIT, groupsBody);
        }
        boolean indefinite = unnamed.withIndefiniteArticle(firstLower, head, headIndex);
        ActorEntity namedLater = indefinite ? unnamed.introducedInLede(first, head) : null;
        if (namedLater != null) {
            return new Speaker(namedLater.name, described, SpeakerResolution.PRONOUN, namedLater);
        }
        if (group || unnamed.bareGermanNoun(phrase) || indefinite) {
            int end = phrase.getLast().end();
            return new Speaker(layout.text.substring(first.start(), end), new Span(first.start(), end),
                    SpeakerResolution.ANONYMOUS, null);
        }
        return null;
    }

    /** See {@link UnnamedSpeakers#afterVerb}. */
    Speaker unnamedAfterVerb(List<Token> phrase) {
        return unnamed.afterVerb(phrase);
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

    /** Plural nouns for a firm's researchers, who write for the firm ("Analysts at Goldman Sachs said in a note …"). */
    private static final Set<String> FIRM_RESEARCHERS = Set.of("analysts", "economists", "strategists");

    /**
     * "Analysts at Goldman Sachs said in a note to clients …", "Economists at Capital Economics wrote": a firm's
     * researchers writing together speak for the firm named after "at"; null for any other phrase.
     */
    private Speaker firmOfAnalysts(List<Token> phrase, int headIndex) {
        if (!language.code.equals("en") || headIndex + 2 >= phrase.size()
                || !FIRM_RESEARCHERS.contains(phrase.get(headIndex).text().toLowerCase(Locale.ROOT))
                || !phrase.get(headIndex + 1).text().equals("at") || !phrase.get(headIndex + 2).isCapitalised()) {
            return null;
        }
        Token first = phrase.get(headIndex + 2);
        Mention named = actors.at(first.start());
        if (named != null) {
            return named.entity().type == ActorType.PERSON ? null
                    : new Speaker(named.entity().name, new Span(named.start(), named.end()), SpeakerResolution.EXPLICIT, named.entity());
        }
        int end = headIndex + 2;
        while (end + 1 < phrase.size() && phrase.get(end + 1).isCapitalised()) {
            end++;
        }
        Span span = new Span(first.start(), phrase.get(end).end());
        return new Speaker(layout.text.substring(span.start(), span.end()), span, SpeakerResolution.EXPLICIT, null);
    }

    /** Whether a role's noun in lower case stands right before {@code person}'s mention ("deputy director Renee Castellano"). */
    private boolean roleNounBefore(Mention person) {
        int index = layout.firstTokenFrom(person.start()) - 1;
        return index >= 0 && layout.tokens.get(index).isLowerCase() && RoleFinder.ROLE_HEADS.contains(layout.tokens.get(index).text());
    }

    /** "spokesperson He Lanfang said": a name found opening with a pronoun's letters is a name, not the pronoun. */
    private boolean opensLongerName(Token first) {
        Mention named = first.isCapitalised() ? actors.at(first.start()) : null;
        return named != null && named.start() == first.start() && named.end() > first.end();
    }

    /** The person or body a pronoun (or a German epithet read as one) at {@code token} stands for; see {@link PronounSpeakers}. */
    Speaker pronoun(Token token, String lower) {
        return pronouns.resolve(token, lower);
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A subject pronoun of the article's language ("he", "sie", "elle"), or an inverted form ("a-t-elle"). */
    boolean isPronoun(String lower) {
        return language.pronouns.containsKey(lower); // object pronouns only after a cue (SpeakerFinder.namedAt)
    }
}
