package dev.margin.suggest;

import dev.margin.domain.QuoteType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * German reported speech runs on in Konjunktiv I without a verb of saying: "Finanzminister Haller sagte, die
 * Erhöhung sei notwendig. Sie bringe dem Bund …". A sentence with such a form right after reported speech or a
 * direct quote keeps its speaker. A language without subjunctive forms in its lists never continues.
 */
final class KonjunktivContinuation {
    /** Plural Konjunktiv II forms that stand in for Konjunktiv I (see {@link #isKonjunktivII}). */
    private static final Set<String> PLURAL_STAND_INS = Set.of("hätten", "wären", "würden");
    /** Plural subjunctives no indicative shares ("Gerade Menschen auf dem Land, die …, würden so zurück ins Auto gedrängt"). */
    private static final Set<String> UNAMBIGUOUS_PLURALS = Set.of("seien", "würden", "hätten", "wären");
    /** The Konjunktiv II of the modal verbs ("könnte", "müssten"). */
    private static final Set<String> MODALS_II = Set.of("könnt", "müsst", "dürft", "sollt", "wollt", "möcht");
    /** Words that stand alone as the subject before the verb ("Das entspreche einer Fehlerquote …", "Man werde …"). */
    private static final Set<String> STANDING_ALONE = Set.of("Es", "Das", "Dies", "Dieses", "Man");
    /** Pronouns of the third person singular that follow the verb when an adverb opens the sentence. */
    private static final Set<String> ADVERB_SUBJECTS = Set.of("er", "sie", "es", "man");
    /** Subjects that follow the verb after an opening phrase ("… spiele das kaum eine Rolle"). */
    private static final Set<String> VERB_SECOND_SUBJECTS = Set.of("er", "sie", "es", "man", "das", "dies");
    private final LanguageProfile language;
    private final TextLayout layout;
    private final SpeakerFinder speakers;

    KonjunktivContinuation(LanguageProfile language, TextLayout layout, SpeakerFinder speakers) {
        this.language = language;
        this.layout = layout;
        this.speakers = speakers;
    }

    /** Whether {@code sentence}, right after {@code previous}, carries on its speaker's words. */
    boolean continues(Sentence sentence, FoundQuote previous) {
        if (language.subjunctive.isEmpty() || previous.speaker() == null) {
            return false;
        }
        int index = layout.sentenceIndexAt(sentence.start());
        // (the quote may close after the full stop that ends its sentence: "… ein.« Schon eine …")
        if (index <= 0 || sentence.start() < previous.end()
                || sentence.paragraph() - layout.sentences.get(index - 1).paragraph() > 0
                && sentence.paragraph() - layout.sentenceAt(previous.start()).paragraph() > 1) {
            return false;
        }
        List<Token> tokens = layout.tokensIn(sentence.start(), sentence.end());
        boolean newParagraph = sentence.paragraph() != layout.sentenceAt(previous.start()).paragraph();
        boolean subjunctive = false;
        // after a direct quote only Konjunktiv I: "Der Park hätte … gebaut werden sollen" is the writer's own sentence
        boolean afterDirect = previous.type() != QuoteType.INDIRECT;
        // ("Habe ein Tier einmal erfahren, …, gebe es …": a subjunctive may open the sentence as a condition)
        String opening = tokens.isEmpty() ? "" : tokens.get(0).text().toLowerCase(Locale.ROOT);
        subjunctive = language.subjunctive.contains(opening) && !isKonjunktivII(opening) && tokens.size() > 3;
        boolean subordinate = false;
        boolean asIf = false;
        boolean attributed = tokens.stream().anyMatch(t -> language.reportingVerbs.containsKey(t.text()));
        for (int k = 1; k < tokens.size() && !subjunctive; k++) {
            String word = tokens.get(k).text();
            // ("Tamm nickt, als habe er genau diese Antwort erwartet", "als ob sie es gewusst hätte": a comparison the writer
            // draws, not anyone's words; but "…, als sei nichts geschehen, sagte die Grünliberale" is hers)
            asIf |= !attributed && tokens.get(k - 1).text().equals("als") && (language.subjunctive.contains(word) || word.equals("ob"));
            if (asIf) {
                break;
            }
            // ("Richter Pötter hielt ihm zugute, dass er nicht vorbestraft sei": a subjunctive after "dass" is the writer's)
            subordinate |= language.complementizers.contains(word) || language.reportingVerbs.containsKey(word);
            QuotedSpan quoted = layout.quoteAt(tokens.get(k).start());
            // near the start any listed form; further on (past a long subject: "Die Nachfrage nach Komponenten, mit denen …,
            // breche …") only a Konjunktiv I, outside quotation marks, still says whose words these are
            // (across a paragraph break a plural the indicative shares is no sign: "Verhandelt werden vier Beschwerden …")
            boolean ambiguousPlural = word.endsWith("en") && !UNAMBIGUOUS_PLURALS.contains(word)
                    && MODALS_II.stream().noneMatch(word::startsWith); // ("könnten" is no indicative)
            boolean reach = k < 6 && !(ambiguousPlural && newParagraph) || !subordinate && !isKonjunktivII(word) && (!word.endsWith("en") || UNAMBIGUOUS_PLURALS.contains(word))
                    && (quoted == null || !quoted.contains(tokens.get(k).start()));
            subjunctive = reach && tokens.get(k).isLowerCase() && language.subjunctive.contains(word) && !(afterDirect && isKonjunktivII(word));
        }
        return subjunctive || tokens.size() > 3 && verbSecondEndsInE(tokens, afterDirect) || whoClauseInKonjunktiv(tokens);
    }

    /**
     * "Wer das Gegenteil behaupte, „macht den Menschen Angst“": a clause opening with "Wer" whose verb, closing it before
     * the comma, ends in -e (the indicative says "behauptet") is the speaker's words run on.
     */
    private boolean whoClauseInKonjunktiv(List<Token> tokens) {
        if (tokens.size() < 4 || !tokens.get(0).text().equals("Wer")) {
            return false;
        }
        for (int k = 2; k < tokens.size() && k < 12; k++) {
            if (layout.text.startsWith(",", tokens.get(k - 1).end())) {
                String verb = tokens.get(k - 1).text();
                return tokens.get(k - 1).isLowerCase() && verb.length() > 3 && verb.endsWith("e")
                        && (!verb.endsWith("te") || language.subjunctive.contains(verb)) && !verb.equals(PAST_IN_E);
            }
        }
        return false;
    }

    /**
     * "Heimerl wies das zurück. Der Freistaat überweise …": a sentence of the writer's between the last quote and the
     * subjunctive that opens with another named person hands the reported speech to that person; else it stays with
     * {@code previous}'s speaker.
     */
    Speaker speakerAfter(Sentence sentence, FoundQuote previous) {
        Speaker introduced = beforeColon(sentence);
        if (introduced != null && !namedInParagraphBefore(previous.speaker(), sentence)) {
            // (but "…“, sagte Brinkhaus. Einen Stammplatz versprach der Coach nicht: Man entscheide …": the coach just named)
            return introduced;
        }
        Sentence before = layout.sentenceBeforeInParagraph(sentence.start());
        if (before == null || before.start() < previous.end()) {
            return previous.speaker();
        }
        Speaker opener = speakers.about().openingSubject(before);
        Sentence twoBack = layout.sentenceBeforeInParagraph(before.start());
        if (opener == null && twoBack != null && twoBack.start() >= previous.end() && opensWithPronoun(before)) {
            // "Die zweite Zeugin des Tages, Sabine Kortmann, hat … gearbeitet. Sie spricht schnell … Ihr früherer Chef habe
            // …": the pronoun goes on with the person who opened the sentence before it
            opener = speakers.about().openingSubject(twoBack);
        }
        // ("Für Grüne und SPD verteidigte Stadträtin Miriam Oehme den Beschluss.": the one person the sentence names)
        opener = opener != null ? opener : speakers.about().only(before);
        opener = opener != null ? opener : unnamedReporter(before);
        return opener != null && (previous.speaker().entity() != opener.entity() || opener.entity() == null) ? opener : previous.speaker();
    }

    /** Whether {@code sentence} opens with a pronoun for a man or a woman ("Sie spricht schnell …"), as the language lists them. */
    private boolean opensWithPronoun(Sentence sentence) {
        List<Token> tokens = layout.tokensIn(sentence.start(), sentence.end());
        String first = tokens.isEmpty() ? "" : tokens.get(0).text().toLowerCase(Locale.ROOT);
        char gender = language.pronouns.containsKey(first) ? language.pronounGender(first) : 0; // (a subject, not "ihr" or "ihn")
        return gender == 'M' || gender == 'F';
    }

    /**
     * "Ein Sprecher des Ministeriums bestätigte die Verzögerung. Die Brücke müsse …": a sentence between whose verb of
     * saying has an unnamed subject hands the reported speech to that source; null otherwise.
     */
    private Speaker unnamedReporter(Sentence sentence) {
        for (Token t : layout.tokensIn(sentence.start(), sentence.end())) {
            if (t.isLowerCase() && language.reportingVerbs.containsKey(t.text())) {
                Speaker subject = speakers.subjectBefore(t.start(), sentence.start());
                return subject != null && subject.resolution() == dev.margin.domain.SpeakerResolution.ANONYMOUS ? subject : null;
            }
        }
        return null;
    }

    /** Whether {@code speaker}'s actor is named in {@code sentence}'s paragraph before it. */
    private boolean namedInParagraphBefore(Speaker speaker, Sentence sentence) {
        int paragraphStart = layout.text.lastIndexOf('\n', sentence.start()) + 1;
        for (Token t : layout.tokensIn(paragraphStart, sentence.start())) {
            Speaker named = speaker == null || speaker.entity() == null ? null : speakers.personNamedIn(t.start(), t.end());
            if (named != null && named.entity() == speaker.entity()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Am Montag legte die Senatorin nach: Die Konferenz werde …": the person the words before the sentence's colon name
     * as the subject after their verb, resolved as a speaker phrase is; null without a colon or such a person.
     */
    private Speaker beforeColon(Sentence sentence) {
        int colon = layout.text.indexOf(':', sentence.start());
        if (colon < 0 || colon >= sentence.end()) {
            return null;
        }
        List<Token> intro = layout.tokensIn(sentence.start(), colon);
        Speaker opening = speakers.about().opening(sentence);
        if (opening != null && opening.span() != null && opening.span().end() < colon && !language.holdsSubjunctive(intro)
                && layout.lowerCaseWordFollows(opening.span().end(), colon)) {
            return opening; // "Hainbuch bleibt skeptisch: Ein solches Versprechen sei nur so viel wert wie …"
        }
        for (int k = 1; k + 1 < intro.size(); k++) {
            if (intro.get(k).isLowerCase() && language.determiners.contains(intro.get(k + 1).text())) {
                Speaker subject = speakers.phraseAfter(intro.get(k).end(), colon);
                if (subject != null && subject.entity() != null && subject.entity().type == dev.margin.domain.ActorType.PERSON) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** Whether {@code tokens}, a clause on its own, read as reported speech: a listed subjunctive, or a Konjunktiv I in second place. */
    boolean readsAsReported(List<Token> tokens) {
        return language.holdsSubjunctive(tokens)
                || tokens.size() > 3 && verbSecondEndsInE(tokens, true);
    }

    /**
     * "Für die grundsätzliche Aussage der Studie spiele das kaum eine Rolle": after a prepositional phrase, a verb in
     * -e right after its noun and before its subject ("das", "er", "man") is Konjunktiv I.
     */
    private boolean verbAfterOpeningPhrase(List<Token> tokens, boolean onlyKonjunktivI) {
        for (int k = 2; k + 1 < tokens.size() && k < 9; k++) {
            String word = tokens.get(k).text();
            if (tokens.get(k - 1).isCapitalised() && tokens.get(k).isLowerCase() && VERB_SECOND_SUBJECTS.contains(tokens.get(k + 1).text())) {
                return word.length() > 3 && word.endsWith("e") && (!word.endsWith("te") || language.subjunctive.contains(word)) && !word.equals(PAST_IN_E)
                        && !(onlyKonjunktivI && isKonjunktivII(word));
            }
        }
        return false;
    }

    /**
     * "hätte", "wäre", "würde", "könnten": Konjunktiv II, which also states what did not happen. The plural "hätten",
     * "wären" and "würden" are not counted: they stand in for a Konjunktiv I that would read as the indicative ("sie
     * haben"), so in the plural they are how reported speech runs on ("Viele Städte hätten ihre Planungen gestoppt").
     */
    private boolean isKonjunktivII(String word) {
        if (PLURAL_STAND_INS.contains(word)) {
            return false;
        }
        if (word.startsWith("wär") || word.startsWith("würd") || word.startsWith("hätt") || MODALS_II.stream().anyMatch(word::startsWith)) {
            return true;
        }
        // "erwarte", "halte": a stem in -t makes Konjunktiv I end in -te; the listed ones are not the past
        return (word.endsWith("te") || word.endsWith("ten")) && !language.subjunctive.contains(word);
    }


    /** Relative pronouns that open a clause set off by commas inside a subject ("…, mit denen Trautwein … macht, …"). */
    private static final Set<String> RELATIVES = Set.of("der", "die", "das", "dem", "den", "denen", "deren", "dessen");

    /**
     * The index after a subject's attributes, from {@code at}: prepositional groups ("nach Komponenten für
     * Verbrennungsmotoren") and one relative clause set off by commas ("…, mit denen Trautwein knapp 60 Prozent macht,").
     */
    private int pastAttributes(List<Token> tokens, int at) {
        int k = at;
        while (k + 1 < tokens.size() && language.prepositions.contains(tokens.get(k).text()) && !layout.text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).contains(",")) {
            k++;
            while (k < tokens.size() && (tokens.get(k).isCapitalised() || language.determiners.contains(tokens.get(k).text()))) {
                k++; // "nach Komponenten", "für die Verbrennungsmotoren"
            }
        }
        boolean commaBefore = k < tokens.size() && layout.text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).contains(",");
        boolean relative = commaBefore && (RELATIVES.contains(tokens.get(k).text())
                || k + 1 < tokens.size() && language.prepositions.contains(tokens.get(k).text()) && RELATIVES.contains(tokens.get(k + 1).text()));
        if (!relative) {
            return k;
        }
        for (int j = k + 1; j < tokens.size(); j++) {
            if (layout.text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).contains(",")) {
                return j; // the verb after the clause's closing comma
            }
        }
        return tokens.size();
    }

    /**
     * "Sie bringe …", "Die Reform entlaste …": the finite verb in second place, after a pronoun or an article and
     * its noun, ends in -e, which in the third person is Konjunktiv I (the indicative ends in -t).
     */
    /** "Hitzig wurde es am Nachmittag": the one common past indicative that ends in -e without -te, so no Konjunktiv I. */
    private static final String PAST_IN_E = "wurde";

    private boolean verbSecondEndsInE(List<Token> tokens, boolean onlyKonjunktivI) {
        Token first = tokens.get(0);
        int verb;
        if (speakers.isPronoun(first.text().toLowerCase(Locale.ROOT)) || STANDING_ALONE.contains(first.text()) && tokens.get(1).isLowerCase() && !tokens.get(2).isCapitalised()) {
            // (not "Das bayerische Gesundheitsministerium verwies …", where an adjective and its noun follow)
            verb = 1;
        } else if (language.determiners.contains(first.text().toLowerCase(Locale.ROOT)) && tokens.get(1).isCapitalised()) {
            verb = 2;
            while (verb < tokens.size() - 1 && tokens.get(verb).isCapitalised() && layout.onlySpacesBetween(tokens.get(verb - 1).end(), tokens.get(verb).start())) {
                verb++; // "Die IG Metall schließe …": a name of several words
            }
            verb = pastAttributes(tokens, verb);
        } else if (tokens.size() > 3 && tokens.get(1).isLowerCase() && ADVERB_SUBJECTS.contains(tokens.get(2).text())
                && layout.quoteAt(first.start()) == null) {
            // "Zugleich erwarte er …", "Dabei gehe es …": an adverb first, then the verb, then its pronoun subject
            verb = 1;
        } else if (language.prepositions.contains(first.text().toLowerCase(Locale.ROOT))) {
            return verbAfterOpeningPhrase(tokens, onlyKonjunktivI);
        } else {
            return false;
        }
        if (verb >= tokens.size()) {
            return false;
        }
        String word = tokens.get(verb).text();
        return tokens.get(verb).isLowerCase() && word.length() > 3 && word.endsWith("e") && !word.endsWith("te")
                && !word.equals(PAST_IN_E) && !(onlyKonjunktivI && isKonjunktivII(word));
    }
}
