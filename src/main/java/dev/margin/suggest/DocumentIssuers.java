package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks for a document. German reports from one with no verb of saying of their own: "In dem 94 Seiten langen
 * Urteil heißt es, …", "„…“, heißt es in der Stellungnahme." The document speaks for whoever issued it: the body named
 * in the last sentence that mentions the same document, or for a ruling the court named last; one whose maker is named
 * with it ("a French position paper", "data from the tracking firm Vesselwatch") for that maker.
 */
final class DocumentIssuers {
    /** Words after "hieß es" that point back to the statement or page the sentence before named. */
    static final Set<String> POINTING_BACK = Set.of("darin", "dort", "darauf");
    /** How far back, in characters, another word for a letter may name the one a sentence points back to. */
    private static final int SYNONYM_WINDOW = 400;
    /** Documents that only a court issues: with no sentence naming their issuer, the court named last issued them. */
    private static final Set<String> RULINGS = Set.of("urteil", "urteils", "beschluss", "beschlusses", "entscheidung");

    /** Participles before "by" that name who saw a document, not who wrote it ("seen by Reuters", "obtained by the Post"). */
    static final Set<String> SEEN_PARTICIPLES = Set.of("seen", "obtained", "reviewed", "viewed");
    /**
     * "a letter obtained by The Washington Post": the paper that saw a document did not write it; "a statement issued
     * through the League Managers Association": nor did the body that passed it on.
     */
    private static final Pattern OBTAINED_BY = Pattern.compile(
            "\\b((" + String.join("|", SEEN_PARTICIPLES) + ") by|(issued|released|sent) (through|via)) (the )?$");

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private String lowerText;

    DocumentIssuers(Lexicon lexicon, TextLayout layout, ActorIndex actors) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
    }

    /**
     * Who speaks for a document whose maker {@link DocumentSource#maker} found in {@code phrase}: "data from the tracking
     * firm Vesselwatch" an actor named there; "a French position paper" the nation's government; else the words.
     */
    Speaker makerOf(List<Token> phrase, Span maker) {
        for (Token word : phrase) {
            Mention named = word.start() >= maker.start() ? actors.at(word.start()) : null;
            if (named != null) {
                return new Speaker(named.entity().name, maker, SpeakerResolution.EXPLICIT, named.entity());
            }
        }
        for (Token word : layout.tokensIn(maker.start(), maker.end())) {
            Lexicon.State nation = lexicon.stateOfDemonym(word.text());
            if (nation != null) {
                return new Speaker(nation.name(), maker, SpeakerResolution.EXPLICIT, actors.entityNamed(nation.name()));
            }
        }
        return new Speaker(layout.text.substring(maker.start(), maker.end()), maker, SpeakerResolution.EXPLICIT, null);
    }

    /** The issuer of the first document named in {@code words} (at most six of them are read), or null. */
    Speaker issuerOfDocumentIn(List<Token> words) {
        for (int k = 0; k < words.size() && k < 6; k++) {
            Token word = words.get(k);
            String lower = word.text().toLowerCase(Locale.ROOT);
            if (!word.isCapitalised() || !language.documents.contains(lower)) {
                continue;
            }
            ActorEntity issuer = madeByInApposition(word);
            if (issuer == null) {
                issuer = issuerOf(word.start(), lower);
            }
            if (issuer == null && RULINGS.contains(lower)) {
                issuer = actors.bodyNamedWith(word.start(), "gericht");
            }
            if (issuer == null && !language.personalDocuments.contains(lower)) {
                issuer = bodyOfParagraph(word.start());
            }
            return issuer == null ? null : new Speaker(issuer.name, new Span(word.start(), word.end()), SpeakerResolution.PRONOUN, issuer);
        }
        return null;
    }

    /** ", released Monday by the", ", published last week by": an apposition that says who made the document before it. */
    private static final java.util.regex.Pattern MADE_BY = java.util.regex.Pattern.compile(
            ", (?:released|published|issued|produced|prepared|commissioned|compiled|written)(?: [\\p{L}\\d’']+){0,3}? by (?:the )?");

    /**
     * "The report, released Monday by the SBA’s Office of Inspector General, said …": the body the apposition after the
     * document names as its maker (the owner of a possessive aside), or null.
     */
    ActorEntity madeByInApposition(Token document) {
        java.util.regex.Matcher made = MADE_BY.matcher(layout.text).region(document.end(), layout.text.length());
        if (!made.lookingAt()) {
            return null;
        }
        Mention maker = actors.at(made.end());
        if (maker != null && layout.possessiveAt(maker.end())) {
            maker = actors.at(maker.end() + 3); // (the SBA’s Office of Inspector General)
        }
        return maker == null ? null : maker.entity();
    }

    /**
     * "Skeptisch bleibt auch der Fiskalrat. … sei der Pfad „nicht plausibel“, heißt es in dem Bericht.": a report no
     * sentence before names is that of the body the paragraph names first, before it; null when it names none.
     */
    private ActorEntity bodyOfParagraph(int offset) {
        int paragraphStart = layout.text.lastIndexOf('\n', offset) + 1;
        List<Mention> mentions = actors.mentions();
        for (int i = actors.firstStartingFrom(paragraphStart); i < mentions.size() && mentions.get(i).start() < offset; i++) {
            ActorEntity entity = mentions.get(i).entity();
            if (layout.quoteAt(mentions.get(i).start()) == null) {
                return entity.type == dev.margin.domain.ActorType.ORGANISATION ? entity : null;
            }
        }
        return null;
    }

    /**
     * Who issued the document {@code word} names at {@code offset}: whoever a sentence before names with the same word,
     * or for a letter or an email, with the nearest other word for one ("In dem Schreiben" after "In einem Brief an den
     * Kanzler fordert Hans Meier"). Null when no sentence names an issuer.
     */
    ActorEntity issuerOf(int offset, String word) {
        ActorEntity issuer = issuerNamedWith(offset, word);
        if (issuer != null || !language.personalDocuments.contains(word)) {
            return issuer;
        }
        Sentence here = layout.sentenceAt(offset);
        int end = here == null ? offset : here.start();
        // (only close by: "a company memo" in the opening paragraph is not "the email" of a later one)
        String before = layout.text.substring(Math.max(0, end - SYNONYM_WINDOW), end).toLowerCase(Locale.ROOT);
        String nearest = null;
        int nearestAt = -1;
        for (String other : language.personalDocuments) {
            int at = other.equals(word) ? -1 : before.lastIndexOf(other);
            if (at > nearestAt) {
                nearest = other;
                nearestAt = at;
            }
        }
        return nearest == null ? null : issuerNamedWith(offset, nearest);
    }

    /**
     * Who issued the document a later "the statement" means: the first actor named, outside quotation marks, in the
     * last sentence before {@code offset} that mentions {@code documentWord} ("In a statement, Castlegate said …"); null
     * when no such sentence names one.
     */
    private ActorEntity issuerNamedWith(int offset, String documentWord) {
        if (lowerText == null) {
            lowerText = layout.text.toLowerCase(Locale.ROOT); // read once, for every "the statement" of the article
        }
        String lower = lowerText;
        Sentence here = layout.sentenceAt(offset);
        int from = here == null ? offset : here.start();
        List<Mention> mentions = actors.mentions();
        for (int at = lower.lastIndexOf(documentWord, from - 1); at >= 0 && offset - at <= ActorIndex.ANTECEDENT_WINDOW;
                at = lower.lastIndexOf(documentWord, at - 1)) {
            int end = at + documentWord.length();
            boolean word = (at == 0 || !Character.isLetter(lower.charAt(at - 1))) && (end >= lower.length() || !Character.isLetter(lower.charAt(end)));
            Sentence sentence = word ? layout.sentenceAt(at) : null;
            if (sentence == null) {
                continue;
            }
            Set<ActorEntity> passedOver = new HashSet<>();
            for (int i = actors.firstStartingFrom(sentence.start()); i < mentions.size() && mentions.get(i).start() < sentence.end(); i++) {
                Mention m = mentions.get(i);
                boolean recipient = lower.startsWith(" to ", Math.max(0, m.start() - 4)) || lower.startsWith(" to the ", Math.max(0, m.start() - 8))
                        || OBTAINED_BY.matcher(lower.substring(Math.max(sentence.start(), m.start() - 24), m.start())).find();
                if (recipient || passedOver.contains(m.entity())) {
                    passedOver.add(m.entity()); // (and its acronym after it: "the League Managers Association (LMA)")
                    continue;
                }
                if (m.start() >= sentence.start() && layout.quoteAt(m.start()) == null) {
                    // (not "a statement to The Associated Press" or "a letter obtained by The Washington Post": who it went to)
                    return i + 1 < mentions.size() ? employeeAfter(layout, m, mentions.get(i + 1)) : m.entity();
                }
            }
            at = sentence.start();
        }
        return null;
    }

    /**
     * "Claire Vasseur-Bénard hat einen Brief geschrieben. Er liegt ZEIT ONLINE vor. Darin heißt es, …": the issuer of the
     * document its paragraph names last before {@code offset}; null when it names none or nobody issued it.
     */
    Speaker issuerOfDocumentBefore(int offset) {
        int paragraphStart = layout.text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        String before = layout.text.substring(paragraphStart, offset).toLowerCase(Locale.ROOT);
        String last = null;
        int lastAt = -1;
        for (String document : language.documents) {
            Matcher named = Pattern.compile("\\b" + Pattern.quote(document) + "\\b").matcher(before);
            while (named.find()) {
                if (named.start() > lastAt) {
                    last = document;
                    lastAt = named.start();
                }
            }
        }
        ActorEntity issuer = last == null ? null : issuerOf(offset, last);
        return issuer == null ? null : new Speaker(issuer.name, null, SpeakerResolution.PRONOUN, issuer);
    }

    /** "„…“, heißt es in dem Urteil.": after the impersonal verb and "es", "in" or "im" opens the document. */
    Speaker afterImpersonalVerb(List<Token> tokens, int verb) {
        int in = verb + 2;
        if (in >= tokens.size() || !tokens.get(verb + 1).text().equals("es")
                || !tokens.get(in).text().equals("in") && !tokens.get(in).text().equals("im")) {
            return null;
        }
        return issuerOfDocumentIn(tokens.subList(in + 1, tokens.size()));
    }

    /**
     * "Hollister campaign manager Tessa Brandt": a body named only as part of a person's role, where the person is
     * {@code next} after a few lower-case words, leaves the person as the one named; otherwise {@code body}'s entity.
     */
    static ActorEntity employeeAfter(TextLayout layout, Mention body, Mention next) {
        if (body.entity().type == dev.margin.domain.ActorType.PERSON || next.entity().type != dev.margin.domain.ActorType.PERSON || next.start() < body.end()) {
            return body.entity();
        }
        List<Token> between = layout.tokensIn(body.end(), next.start());
        boolean roleWords = between.size() <= 3 && between.stream().allMatch(Token::isLowerCase)
                && !layout.text.substring(body.end(), next.start()).contains(",");
        return roleWords && !between.isEmpty() ? next.entity() : body.entity();
    }
}
