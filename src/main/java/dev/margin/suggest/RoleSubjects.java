package dev.margin.suggest;

import dev.margin.domain.ActorType;

import java.util.List;
import java.util.Locale;

/**
 * The person a pronoun continues when an earlier sentence of its paragraph opened with a definite role ("Die Ministerin
 * wies das zurück. …, betonte sie."), for {@link SpeakerPhrase#pronoun}: the role outweighs someone named in between.
 */
final class RoleSubjects {
    /** German articles a subject after the verb takes ("meldete sich die Ministerin"; "warf dem Vorstand vor" is an object). */
    private static final java.util.Set<String> NOMINATIVE = java.util.Set.of("der", "die", "das");
    private static final java.util.regex.Pattern ENGLISH_AGE = java.util.regex.Pattern.compile("\\d+-year-old");
    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;
    private final StandInNouns standIns;

    RoleSubjects(Lexicon lexicon, TextLayout layout, ActorIndex actors, StandInNouns standIns) {
        this.standIns = standIns;
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
    }

    /**
     * "Die Ministerin wies das zurück. …, betonte sie.": when the sentence before the pronoun's, in its paragraph, opens
     * (or in English holds) a definite role ("Die Ministerin", "The minister") that resolves to a person of the pronoun's gender, the
     * pronoun continues that subject, even when another person was named in between. Null otherwise.
     */
    ActorEntity before(Token pronoun, char gender) {
        int index = layout.sentenceIndexAt(pronoun.start());
        Sentence here = index < 0 ? null : layout.sentences.get(index);
        // (in English, a paragraph opening with a quote continues the paragraph before's last sentence)
        boolean quoteOpens = here != null && language.code.equals("en") && layout.quoteAt(here.start()) != null;
        if (index <= 0 || layout.sentences.get(index - 1).paragraph() != here.paragraph()
                && !(quoteOpens && layout.sentences.get(index - 1).paragraph() == here.paragraph() - 1)) {
            return null;
        }
        // ("Der Kanzler selbst gab sich gelassen. „…“, sagte er. Ernster fügte er hinzu, …": the role two sentences back,
        // when the sentence between names nobody and only goes on with a pronoun)
        // (a quote opening the paragraph: the sentence before, in the paragraph before, as if it were this paragraph's)
        for (int back = index - 1; back >= 0 && back >= index - 3
                && (layout.sentences.get(back).paragraph() == here.paragraph() || back == index - 1 && quoteOpens); back--) {
            ActorEntity role = roleOpening(layout.sentences.get(back), gender);
            if (role == null && back == index - 1 && namesAnyone(layout.sentences.get(back))) {
                // "At 10.40pm Ms Hanrahan told candidates that … Ms Costelloe’s surplus … “…,” she said.": the subject;
                // across a paragraph's break only one the sentence opens with ("Moffatt said Marchbank “…”. ¶ “…,” she said")
                Sentence previous = layout.sentences.get(back);
                ActorEntity subject = subjectNamedFirst(previous, gender);
                return previous.paragraph() == here.paragraph() || opensWith(previous, subject) || namedAsOwnersKin(previous, subject) ? subject : null;
            }
            if (role != null || namesAnyone(layout.sentences.get(back))) {
                return role;
            }
        }
        return null;
    }

    /** "Ardmore’s mother, ": a role owned by a name, set off before the person who holds it. */
    private static final java.util.regex.Pattern OWNERS_ROLE = java.util.regex.Pattern.compile("\\p{L}+['’]s(?: \\p{Ll}+){1,3}, $");

    /**
     * Whether {@code sentence} names {@code entity} as the holder of someone's role ("Outside the court, Ardmore’s mother,
     * Gloria Ardmore, stood …"): the sentence's subject, whatever phrase is fronted.
     */
    private boolean namedAsOwnersKin(Sentence sentence, ActorEntity entity) {
        for (Token t : layout.tokensIn(sentence.start(), sentence.end())) {
            Mention m = actors.at(t.start());
            if (m != null && m.entity() == entity
                    && OWNERS_ROLE.matcher(layout.text.substring(Math.max(sentence.start(), m.start() - 40), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code sentence}'s first word starts a mention of {@code entity}. */
    private boolean opensWith(Sentence sentence, ActorEntity entity) {
        Mention first = entity == null ? null : actors.at(layout.tokens.get(layout.firstTokenFrom(sentence.start())).start());
        return first != null && first.entity() == entity;
    }

    /**
     * The person {@code sentence} names first outside quotation marks, when of {@code gender} and followed by a word in
     * lower case (a verb): the subject a pronoun in the next sentence most likely continues. Null otherwise.
     */
    private ActorEntity subjectNamedFirst(Sentence sentence, char gender) {
        List<Token> words = layout.tokensIn(sentence.start(), sentence.end());
        // ("Zur Entscheidung von Schiedsrichter Jannik Fehrmann wollte Ruhnau nichts sagen": German fronts a phrase opened
        // by a preposition, and the subject follows the verb; whoever that phrase names is none)
        boolean inFrontedPhrase = language.code.equals("de") && !words.isEmpty() && isPreposition(words.get(0).text().toLowerCase(Locale.ROOT));
        for (Token t : words) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            inFrontedPhrase &= !t.isLowerCase() || isPreposition(lower) || language.determiners.contains(lower);
            if (inFrontedPhrase) {
                continue;
            }
            Mention m = layout.quoteAt(t.start()) == null ? actors.at(t.start()) : null;
            int before = layout.firstTokenFrom(t.start()) - 1;
            // (the word before the sentence's first is the last of the sentence before: "… unter. Riesbeck, …")
            String previous = before >= 0 && t != words.get(0) ? layout.tokens.get(before).text().toLowerCase(Locale.ROOT) : "";
            if (m == null || language.prepositions.contains(previous) || previous.equals("by") || actors.toldBySameSex(m, gender)
                    || layout.possessiveAt(m.end())) {
                // ("Questioned by Quaid, Ashby-Grant said …": who is after a preposition is no subject; nor is an owner,
                // "Ardmore’s mother, Gloria Ardmore, stood …")
                continue;
            }
            boolean verbAfter = layout.lowerCaseWordFollows(m.end(), layout.text.length()) || verbAfterApposition(m, sentence);
            boolean sameSex = gender == ActorIndex.ANY_GENDER || m.entity().gender == gender;
            return m.entity().type == ActorType.PERSON && sameSex && verbAfter ? m.entity() : null;
        }
        return null;
    }

    /**
     * "Riesbeck, ein Vertrauter von Haddou, versuchte es …": a part set off by commas after the name, then the verb; or the
     * name closing an apposition, then the verb ("The association’s chairman, Pádraig Nolan, said …").
     */
    private boolean verbAfterApposition(Mention m, Sentence sentence) {
        if (m.start() >= 2 && layout.text.startsWith(", ", m.start() - 2) && layout.text.startsWith(", ", m.end())
                && layout.lowerCaseWordFollows(m.end() + 1, sentence.end())) {
            return true;
        }
        int close = layout.text.startsWith(", ", m.end()) ? layout.text.indexOf(", ", m.end() + 2) : -1;
        return close > 0 && close < sentence.end() && layout.lowerCaseWordFollows(close + 1, sentence.end());
    }

    private boolean isPreposition(String lower) {
        return language.prepositions.contains(lower) && !language.determiners.contains(lower) || GERMAN_CONTRACTIONS.contains(lower);
    }

    /** A German preposition run together with its article ("zur Entscheidung", "beim Elfmeter"). */
    private static final java.util.Set<String> GERMAN_CONTRACTIONS = java.util.Set.of("zur", "zum", "beim", "ins", "ans", "aufs");

    /**
     * "The company said in a filing to the London Stock Exchange that … It said …": "it" continues the body that opened
     * the sentence before (in its paragraph), named or pointed back to, not the body named last. Null otherwise.
     */
    ActorEntity bodyOpeningBefore(Token pronoun) {
        Sentence before = layout.sentenceBeforeInParagraph(pronoun.start());
        if (before == null) {
            return null;
        }
        List<Token> words = layout.tokensIn(before.start(), before.end());
        int k = !words.isEmpty() && isDefinite(words.get(0).text().toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (k >= words.size() - 1 || !words.get(k + 1).isLowerCase()) {
            return null;
        }
        Mention named = actors.at(words.get(k).start());
        if (named != null) {
            return named.entity().type == ActorType.PERSON ? null : named.entity();
        }
        String lower = words.get(k).text().toLowerCase(Locale.ROOT);
        ActorEntity body = k == 1 && language.bodyAnaphors.contains(lower) ? actors.describedBefore(words.get(k).start(), lower, true) : null;
        return body != null && body.type != ActorType.PERSON ? body : null;
    }

    /**
     * For a German epithet that the rules gave to {@code found}: the person who opened the sentence before, in the same
     * paragraph, when of the same sex as far as known and someone else ("Overbeck ging auf Weigand ein. Er habe …, sagte
     * der 64-Jährige"); null when that is {@code found} or nobody.
     */
    ActorEntity openerBefore(Token word, ActorEntity found) {
        Sentence before = layout.sentenceBeforeInParagraph(word.start());
        if (before == null) {
            return null;
        }
        char gender = found.gender;
        ActorEntity opener = subjectNamedFirst(before, gender == '-' ? ActorIndex.ANY_GENDER : gender);
        if (opener == null) {
            // "Der Coach nahm auch sich selbst in die Pflicht. Er habe …, räumte der 44-Jährige ein": a role opening it
            opener = roleOpening(before, gender == '-' ? ActorIndex.ANY_GENDER : gender);
        }
        return opener != found && opener != null && opener.fitsGender(gender) ? opener : null;
    }

    /**
     * "The association’s chairman, Pádraig Nolan, said … ¶ “…,” said the retired secondary teacher": a description no
     * one was given, in a sentence that a quote opens at the start of its paragraph, is the person the sentence ending
     * the paragraph before opened with; null otherwise.
     */
    ActorEntity subjectOfParagraphBefore(Token description) {
        int index = layout.sentenceIndexAt(description.start());
        Sentence here = index > 0 ? layout.sentences.get(index) : null;
        if (here == null || layout.quoteAt(here.start()) == null || layout.text.charAt(here.start() - 1) != '\n'
                || layout.sentences.get(index - 1).paragraph() != here.paragraph() - 1) {
            return null;
        }
        ActorEntity subject = subjectNamedFirst(layout.sentences.get(index - 1), ActorIndex.ANY_GENDER);
        return subject != null && subject.type == ActorType.PERSON ? subject : null;
    }

    /** Whether {@code pronoun} follows a verb of saying right after a comma: "…, sagt sie", "…, said he". */
    boolean closesReport(Token pronoun) {
        int index = layout.firstTokenFrom(pronoun.start()) - 1;
        if (index < 0 || layout.sentenceAt(pronoun.start()) == null || lexicon.reportingVerb(layout.tokens.get(index).text()) == null) {
            return false;
        }
        int before = layout.skipSpacesLeft(layout.tokens.get(index).start(), 0);
        return before > 0 && layout.text.charAt(before - 1) == ',';
    }

    /** Where the words reported before {@code pronoun} start: after the sentence's last colon, else at its start. */
    int reportStart(Token pronoun) {
        Sentence sentence = layout.sentenceAt(pronoun.start());
        int colon = layout.text.lastIndexOf(':', pronoun.start());
        return colon >= sentence.start() ? colon + 1 : sentence.start();
    }

    /** Whether {@code sentence} names anyone outside quotation marks. */
    private boolean namesAnyone(Sentence sentence) {
        return layout.tokensIn(sentence.start(), sentence.end()).stream()
                .anyMatch(t -> layout.quoteAt(t.start()) == null && actors.at(t.start()) != null);
    }

    /** The person a definite role opening {@code previous} (in English: holding it) stands for, of {@code gender}, or null. */
    private ActorEntity roleOpening(Sentence previous, char gender) {
        List<Token> words = layout.tokensIn(previous.start(), previous.end());
        if (words.size() < 3) {
            return null;
        }
        // the role opening the sentence, or (in English) the role that said the quote before it: "“…,” the commissioner
        // said. Asked whether …, he added: “…”"
        // (German puts the subject after the verb when something else opens the sentence: "Am Ende der Debatte meldete sich
        // die Kultusministerin zu Wort", "In seinem Schlusswort entschuldigte sich der Angeklagte")
        int last = language.code.equals("en") ? words.size() - 2 : Math.min(words.size() - 2, 7);
        for (int k = last; k >= 0; k--) {
            // ("The 54-year-old governor did not wait to be called on. “…,” she said": an age before the role)
            boolean aged = language.code.equals("en") && k + 2 < words.size() && ENGLISH_AGE.matcher(words.get(k + 1).text()).matches();
            Token head = words.get(aged ? k + 2 : k + 1);
            boolean afterVerb = k > 0 && words.get(k - 1).isLowerCase() && !isDefinite(words.get(k - 1).text())
                    && !language.prepositions.contains(words.get(k - 1).text()) && NOMINATIVE.contains(words.get(k).text());
            if (language.code.equals("de") && k > 0 && !afterVerb) {
                continue;
            }
            // ("der Angeklagte" is no title, but the role of "Der Angeklagte Dominik P.")
            boolean heldRole = language.code.equals("de") && head.isCapitalised() && k + 2 < words.size() && words.get(k + 2).isLowerCase()
                    && actors.describedBefore(words.get(k).start(), head.text().toLowerCase(Locale.ROOT), false) != null;
            if (language.code.equals("en") && words.get(k).text().equalsIgnoreCase("the")
                    && (k == 0 || !language.prepositions.contains(words.get(k - 1).text()))) {
                // ("The Czech, who lost in the first round last year, saved two break points …", "In her news conference,
                // the Czech said …": a nation's noun is the subject; "to the Czech fourth seed" is none)
                ActorEntity national = standIns.englishNational(head);
                if (national != null) {
                    return national.fitsGender(gender) ? national : null;
                }
            }
            if (layout.quoteAt(words.get(k).start()) != null || !isDefinite(words.get(k).text().toLowerCase(Locale.ROOT))
                    || !lexicon.isTitle(head.text()) && !lexicon.isTitle(SpeakerPhrase.capitalised(head.text())) && !heldRole) {
                continue;
            }
            for (int j = k + 2; j < Math.min(words.size(), k + 8); j++) {
                // "Der Fraktionschef der CDU, Ralf Degenhardt, stellte sich …": the role's apposition names who it is
                Mention named = actors.at(words.get(j).start());
                // ("Seine Präsidentin, die Kasseler Oberbürgermeisterin Dagmar Overbeck-Rinke, hatte …": the name closes it)
                boolean closesApposition = named != null && layout.text.startsWith(",", head.end()) && layout.text.startsWith(",", named.end());
                if (named != null && named.entity().type == ActorType.PERSON && (layout.text.charAt(words.get(j).start() - 2) == ',' || closesApposition)) {
                    return named.entity().fitsGender(gender) ? named.entity() : null;
                }
            }
            ActorEntity entity = actors.describedBefore(words.get(k).start(), head.text().toLowerCase(Locale.ROOT), false);
            return entity != null && entity.type == ActorType.PERSON && entity.fitsGender(gender) ? entity : null;
        }
        return null;
    }

    /**
     * "Fiona Maitland-Rees does not look like … the chief executive of Castlegate Aerostructures says": a definite role
     * no one was given stands for the person its paragraph opened with, when nothing else was said of what they are.
     * Null when the paragraph names someone else first, or the one it names has a role.
     */
    ActorEntity unroledOpenerOfParagraph(Token role) {
        int paragraphStart = layout.text.lastIndexOf('\n', role.start()) + 1;
        for (Token t : layout.tokensIn(paragraphStart, role.start())) {
            Mention m = layout.quoteAt(t.start()) == null ? actors.at(t.start()) : null;
            if (m != null) {
                // (the paragraph's subject, opening it: not "A senior Ocampo adviser … The adviser added")
                return m.start() == paragraphStart && m.entity().type == ActorType.PERSON && m.entity().role == null ? m.entity() : null;
            }
        }
        return null;
    }

    /**
     * "NATO Secretary General Henrik Aalstad said … Speaking at a closing news conference, the former Norwegian defence
     * minister said": a former post is told of the person the paragraph opens with, titles before the name aside,
     * whatever their role now. Null when the paragraph opens otherwise.
     */
    ActorEntity openerOfParagraph(Token role) {
        int paragraphStart = layout.text.lastIndexOf('\n', role.start()) + 1;
        for (Token t : layout.tokensIn(paragraphStart, role.start())) {
            Mention m = actors.at(t.start());
            if (layout.quoteAt(t.start()) != null) {
                return null; // (a paragraph opening with a quote opens with no one)
            }
            if (m != null) {
                return m.entity().type == ActorType.PERSON ? m.entity() : null;
            }
            if (!lexicon.isTitle(t.text()) && !t.isAcronym()) {
                return null;
            }
        }
        return null;
    }

    private boolean isDefinite(String lower) {
        return lower.equals("the") || !language.code.equals("en") && language.determiners.contains(lower)
                && !lower.startsWith("ein") && !lower.equals("un") && !lower.equals("une") && !lower.equals("una")
                && !lower.equals("uno") && !lower.equals("um") && !lower.equals("uma") && !lower.equals("een");
    }
}
