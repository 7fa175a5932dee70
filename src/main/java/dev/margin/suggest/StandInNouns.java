package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.List;
import java.util.Locale;

/**
 * German nouns that stand for an actor named before: words for what someone is ("der Sanierungsexperte", "der
 * 52-Jährige", "die Internistin", "die Mutter", "der Niederländer") for a person, and a body's own noun ("nach Angaben
 * des Landkreises") for that body. The word lists are the language's ({@code epithet-endings.txt}, {@code kin.txt},
 * {@code not-person-nouns.txt}, {@code nationality-nouns.txt}).
 */
final class StandInNouns {
    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final ActorIndex actors;

    StandInNouns(Lexicon lexicon, TextLayout layout, ActorIndex actors) {
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.actors = actors;
    }

    /** A German noun for a person: a woman's form in -in ("die Internistin") or a word of kin ("die Mutter"). */
    boolean isPersonNoun(String lower) {
        // (only German forms a woman's noun in -in: "le médecin" is none; English words of kin head appositions only)
        return lexicon.languageCode().equals("de") && (lower.endsWith("in") && lower.length() > 5
                && language.notPersonNouns.stream().noneMatch(lower::endsWith) || language.kin.contains(lower));
    }

    /** The gender a German article in the nominative gives its noun ("der" a man, "die" a woman), else {@code otherwise}. */
    private static char genderOf(String article, char otherwise) {
        return article.equals("der") ? 'M' : article.equals("die") ? 'F' : otherwise;
    }

    /** Titles a German report uses as a word for the scholar it just named ("sagte die Professorin"), lower case. */
    private static final java.util.Set<String> ACADEMIC_TITLES = java.util.Set.of("professor", "professorin");

    /** How far back (in characters) a person noun looks for the person it stands for. */
    private static final int NEAR_PERSON = 700;

    /** "der Sanierungsexperte", "die Naturschützerin": a German word for what someone is, standing for them. */
    boolean isEpithet(String lower) {
        return language.epithetEndings.stream().anyMatch(lower::endsWith);
    }

    /**
     * "der Dortmunder", "die Kielerin": a German noun for someone from a listed town, which stands for the person of
     * that sex named last, as a nationality does.
     */
    boolean isTownsman(String word) {
        if (!language.code.equals("de") || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (REGION_PEOPLE.contains(word)) {
            return true;
        }
        return word.endsWith("erin") && lexicon.isPlace(word.substring(0, word.length() - 4))
                || word.endsWith("er") && lexicon.isPlace(word.substring(0, word.length() - 2));
    }

    /**
     * People of German regions whose word is also a surname or a company's name ("Bayer", "Sachse"), so that it is no
     * nationality before a name (nationality-nouns.txt leaves them out), but after "der" or "die" stands for the person
     * named last, as "der Dortmunder" does ("sagte der Sachse", "so der Sauerländer"); not the forms that are also the
     * region's name ("Sachsen", "Hessen").
     */
    private static final java.util.Set<String> REGION_PEOPLE = java.util.Set.of("Bayer", "Bayerin", "Sachse", "Sächsin",
            "Hesse", "Hessin", "Franke", "Fränkin", "Thüringer", "Thüringerin", "Sauerländer", "Sauerländerin",
            "Schwarzwälder", "Schwarzwälderin", "Niedersachse", "Niedersächsin", "Mecklenburger", "Mecklenburgerin",
            "Pfälzer", "Pfälzerin", "Badener", "Badenerin", "Brandenburger", "Brandenburgerin", "Oberpfälzer", "Oberpfälzerin",
            "Unterfranke", "Oberfranke", "Mittelfranke", "Allgäuer", "Allgäuerin",
            "Münsterländer", "Münsterländerin", "Emsländer", "Emsländerin", "Eifeler", "Eifelerin", "Lausitzer", "Lausitzerin",
            "Vogtländer", "Vogtländerin", "Erzgebirgler", "Erzgebirglerin", "Ostwestfale", "Ostwestfälin",
            "Nordfriese", "Nordfriesen", "Nordfriesin", "Uckermärker", "Uckermärkerin", "Altmärker", "Altmärkerin");

    /** The person {@code article} and {@code head} ("der Sanierungsexperte", "die Mutter", "der Niederländer") stand for, or null. */
    ActorEntity personFor(String article, Token head) {
        return personFor(article, head, false);
    }

    /**
     * As {@link #personFor(String, Token)}; {@code former} when an adjective before the noun says what the person once
     * was or long has been ("der frühere Lokführer", "die langjährige Wirtin"): any noun so qualified is a person's.
     */
    ActorEntity personFor(String article, Token head, boolean former) {
        String lower = head.text().toLowerCase(Locale.ROOT);
        LanguageProfile.Nationality nationality = language.nationality(head.text());
        if (nationality != null) {
            // "der Niederländer" with no Dutchman named by that word: the man named last before the sentence
            Sentence sentence = layout.sentenceAt(head.start());
            char gender = nationality.gender() != '-' ? nationality.gender()
                    : genderOf(article, ActorIndex.ANY_GENDER);
            return actors.personBefore(sentence == null ? head.start() : sentence.start(), gender);
        }
        if (isTownsman(head.text())) {
            Sentence sentence = layout.sentenceAt(head.start());
            char gender = head.text().endsWith("in") ? 'F' : genderOf(article, ActorIndex.ANY_GENDER);
            return actors.personBefore(sentence == null ? head.start() : sentence.start(), gender);
        }
        int hyphen = head.text().indexOf('-');
        if (hyphen > 1) {
            // "die CDU-Politikerin", "der Grünen-Politiker": the party's member named last, before anyone named later
            char partyGender = genderOf(article, ActorIndex.ANY_GENDER);
            ActorEntity member = actors.personOfParty(head.start(), head.text().substring(0, hyphen), partyGender);
            if (member != null) {
                return member;
            }
        }
        // ("die Ministerin" needs a minister; "die Professorin" is the academic just named, whatever her field's word)
        boolean personNoun = former || isPersonNoun(lower) && (!lexicon.isTitle(head.text()) || ACADEMIC_TITLES.contains(lower));
        if (!isEpithet(lower) && !personNoun) {
            return null; // "die Ministerin" with no minister named is nobody yet, not the woman named last
        }
        char gender = lexicon.titleGender(head.text());
        if (gender != 'M' && gender != 'F' && lower.endsWith("in") && isPersonNoun(lower) && !language.kin.contains(lower)) {
            gender = 'F'; // "nach Angaben der Managerin": the woman's ending tells, where "der" is her genitive
        }
        if (gender != 'M' && gender != 'F') {
            gender = genderOf(article, '-');
        }
        // the person named before the sentence: in "Der Kontakt zwischen Hollerbach und Aydın sei minimal gewesen, sagte
        // der 52-Jährige" the men named in the reported words are not the speaker
        Sentence sentence = layout.sentenceAt(head.start());
        int before = sentence == null ? head.start() : sentence.start();
        if (gender == '-') {
            return null;
        }
        // "die Verbraucherschützerin", "die Mutter": a word for what a woman is stands for the one named just before, not
        // for one named paragraphs away
        ActorEntity found = personNoun && !isEpithet(lower) ? actors.personBefore(before, gender, NEAR_PERSON) : actors.personBefore(before, gender);
        if (found == null && (lower.contains("angeklagte") || lower.contains("beschuldigte") || lower.endsWith("jährige"))) {
            // "Der 29-Jährige ließ über seinen Verteidiger erklären, …" before "Dennis K." is named: German court reports
            // shorten only the accused's (or the victim's) surname to its initial
            found = actors.onlyPersonWithInitialSurname(gender);
        }
        java.util.regex.Matcher aged = SpeakerPhrase.AGE_EPITHET.matcher(head.text());
        if (found != null && aged.matches()) {
            // "Die 39-Jährige sagte als Zeugin …" about Nadine K.; later "…, sagte die 58-Jährige" is another woman, one the
            // text left unnamed: an age word never stands for someone the text gave another age
            String known = ageGivenBefore(found, head.start());
            if (known != null && !known.equals(aged.group(1))) {
                // ("Die Vorsitzende Sabine Thielemann sagte, mit Lennartz-Bode komme … Zugleich warnte die 58-Jährige": the
                // one named nearest is 51, so another woman of the paragraph whom no other age was given)
                found = ofAgeInParagraph(before, gender, aged.group(1));
                if (found == null) {
                    agesRuledOut.add(head.start());
                }
            }
            agedPersons.put(head.start(), java.util.Optional.ofNullable(found));
        }
        return found;
    }

    /** The person of {@code gender} named last in the paragraph before {@code offset} whom no other age was given, or null. */
    private ActorEntity ofAgeInParagraph(int offset, char gender, String age) {
        int paragraphStart = layout.text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (paragraphStart == offset && offset > 1) {
            // ("Bis auf Weiteres übernimmt Sascha Möllmann, … ¶ „…“, sagte der 38-Jährige": a sentence opening its paragraph
            // goes on with the paragraph before)
            paragraphStart = layout.text.lastIndexOf('\n', offset - 2) + 1;
        }
        List<Mention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() >= offset || layout.quoteAt(m.start()) != null) {
                continue;
            }
            if (m.start() < paragraphStart) {
                return null;
            }
            String known = m.entity().type == ActorType.PERSON && m.entity().fitsGender(gender) ? ageGivenBefore(m.entity(), offset) : "-";
            if (known == null || known.equals(age)) {
                return m.entity();
            }
        }
        return null;
    }

    /** "Die 39-Jährige", "der 23-Jährige": an age word as a noun, standing for someone. */
    private static final java.util.regex.Pattern AGE_NOUN =
            java.util.regex.Pattern.compile("\\b([Dd](?:er|ie)) (" + SpeakerPhrase.AGE_EPITHET.pattern() + ")\\b");

    /** The offsets of age nouns whose nearest candidate the text gave another age: someone it left unnamed. */
    private final java.util.Set<Integer> agesRuledOut = new java.util.HashSet<>();

    /** Whether the age noun {@code head} ("die 58-Jährige") stands for someone unnamed, the nearest candidate being older or younger. */
    boolean isUnnamedOfOtherAge(Token head) {
        return agesRuledOut.contains(head.start());
    }

    /** Who each age noun met so far stood for, by its offset: the ages the text gave people, as they are read. */
    private final java.util.Map<Integer, java.util.Optional<ActorEntity>> agedPersons = new java.util.HashMap<>();

    /**
     * The age the text gave {@code person} before {@code offset} (the last given), beside a name ("Kevin S. (23)", "der 23
     * Jahre alte Kevin S.") or by an age noun standing for them ("Die 39-Jährige sagte"); null when none.
     */
    String ageGivenBefore(ActorEntity person, int offset) {
        String known = null;
        int knownAt = -1;
        for (Mention m : actors.mentions()) {
            if (m.start() >= offset) {
                break;
            }
            if (m.entity() != person) {
                continue;
            }
            String after = AgeBesideName.after(layout.text, m.end());
            String age = after != null ? after : AgeBesideName.before(layout.text, m.start());
            if (age != null) {
                known = age;
                knownAt = m.start();
            }
        }
        java.util.regex.Matcher noun = AGE_NOUN.matcher(layout.text).region(0, offset);
        while (noun.find()) {
            if (noun.start() <= knownAt) {
                continue;
            }
            int at = noun.start(2);
            java.util.Optional<ActorEntity> meant = agedPersons.get(at);
            if (meant == null) {
                List<Token> words = layout.tokensIn(at, noun.end(2));
                meant = words.size() == 1 ? java.util.Optional.ofNullable(personFor(noun.group(1).toLowerCase(Locale.ROOT), words.getFirst()))
                        : java.util.Optional.empty();
            }
            if (meant.orElse(null) == person && onlyPersonJustBefore(at, person)) {
                known = noun.group(3);
            }
        }
        return known;
    }

    /**
     * Whether {@code person} is the only person named in the sentence before {@code offset}'s and in its own before it:
     * "Nadine K., einer Bankangestellten. Die 39-Jährige sagte …" gives her an age, but "Vogler lief …, nur Marchand war
     * schneller. …, sagte die 27-Jährige" gives it to no one for certain.
     */
    private boolean onlyPersonJustBefore(int offset, ActorEntity person) {
        int index = layout.sentenceIndexAt(offset);
        int from = index > 0 ? layout.sentences.get(index - 1).start() : 0;
        return actors.mentions().stream().filter(m -> m.start() >= from && m.start() < offset && m.entity().type == dev.margin.domain.ActorType.PERSON)
                .allMatch(m -> m.entity() == person);
    }

    /**
     * German: a body named by its noun alone ("nach Angaben des Landkreises", "laut der Polizei") is the body named
     * before with that word ("Landkreis Cuxhaven"), else the noun in its own form ("Landkreis", "Polizei"), not the
     * words as inflected in the sentence.
     */
    Speaker namedBody(Speaker speaker) {
        if (speaker == null || speaker.entity() != null || speaker.span() == null || !language.code.equals("de")) {
            return speaker;
        }
        List<Token> words = layout.tokensIn(speaker.span().start(), speaker.span().end());
        String drawnUpBy = words.isEmpty() ? null : language.documentBodies.get(words.getLast().text().toLowerCase(Locale.ROOT));
        // ("Die Anklage spricht von …", read as someone unnamed: the indictment, which speaks for the prosecutors)
        if (speaker.resolution() != SpeakerResolution.EXPLICIT && !(speaker.resolution() == SpeakerResolution.ANONYMOUS && drawnUpBy != null)) {
            return speaker;
        }
        if (drawnUpBy != null && words.size() <= 2) {
            // "Laut Anklage …": the indictment speaks for the prosecutors named in the article, before or after it
            ActorEntity body = actors.bodyNamedWith(layout.text.length() + 1, drawnUpBy, Integer.MAX_VALUE);
            return body == null ? speaker : new Speaker(body.name, speaker.span(), SpeakerResolution.EXPLICIT, body);
        }
        if (words.size() != 2 || !language.determiners.contains(words.get(0).text().toLowerCase(Locale.ROOT)) || !words.get(1).isCapitalised()) {
            return speaker;
        }
        String noun = words.get(1).text();
        boolean genitive = words.get(0).text().equalsIgnoreCase("des") || words.get(0).text().equalsIgnoreCase("eines");
        // ("des Bündnisses": a noun in -nis doubles its "s" before the genitive's "-es")
        String base = genitive && noun.endsWith("nisses") ? noun.substring(0, noun.length() - 3)
                : genitive && noun.endsWith("es") && noun.length() > 5 ? noun.substring(0, noun.length() - 2)
                : genitive && noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        ActorEntity body = actors.bodyNamedWith(speaker.span().start(), base);
        return body != null ? new Speaker(body.name, speaker.span(), SpeakerResolution.EXPLICIT, body)
                : new Speaker(base, speaker.span(), SpeakerResolution.EXPLICIT, null);
    }

    /** English nouns for one person of a nation that are not also its adjective ("the Dane", "the Spaniard"). */
    static final java.util.Set<String> ENGLISH_NATIONALS = java.util.Set.of("Dane", "Swede", "Finn", "Pole",
            "Spaniard", "Frenchman", "Frenchwoman", "Dutchman", "Dutchwoman", "Englishman", "Englishwoman", "Scot",
            "Welshman", "Welshwoman", "Irishman", "Irishwoman", "Briton", "Turk", "Argentine", "Portuguese", "Croat", "Serb");

    /**
     * "“…,” the Dane said", "The Portuguese said he would not be fined": in English sports and foreign copy a noun of
     * nationality (or a people's adjective in -an or -i used as one: "the Brazilian", "the Iraqi") stands for the person
     * named last before it. Null when {@code head} is no such noun or nobody was named.
     */
    ActorEntity englishNational(Token head) {
        String word = head.text();
        Lexicon.State nation = lexicon.stateOfDemonym(word);
        boolean singularAdjective = (word.endsWith("an") || word.endsWith("i") || NOUN_LIKE_DEMONYMS.contains(word)) && nation != null;
        if (!ENGLISH_NATIONALS.contains(word) && !singularAdjective) {
            return null;
        }
        // ("The Czech … saved two break points before Marchbank's double faults": not the British number two)
        return actors.personBefore(head.start(), NEAR_PERSON, person -> nation == null || !namedWithOtherNation(person, nation));
    }

    /** Demonyms in neither -an nor -i that sports and foreign copy use as a noun for one person: "the Czech", "the Thai". */
    private static final java.util.Set<String> NOUN_LIKE_DEMONYMS = java.util.Set.of("Czech", "Slovak", "Greek", "Thai", "Kazakh", "Uzbek");

    /** Whether a demonym of another nation stands right before a mention of {@code person}: "British number two Ellie Marchbank". */
    private boolean namedWithOtherNation(ActorEntity person, Lexicon.State nation) {
        for (Mention m : actors.mentions()) {
            if (m.entity() != person) {
                continue;
            }
            Sentence sentence = layout.sentenceAt(m.start());
            int index = layout.firstTokenFrom(m.start());
            for (int k = index - 1; k >= 0 && k >= index - 4 && sentence != null && layout.tokens.get(k).start() >= sentence.start(); k--) {
                Lexicon.State other = lexicon.stateOfDemonym(layout.tokens.get(k).text());
                if (other != null) {
                    return !other.equals(nation);
                }
            }
        }
        return false;
    }

    /**
     * "sagt die 43 Jahre alte Pflegekraft aus Hanau": an age written out stands, as "die 43-Jährige" does, for the person
     * of the article's gender just named in the paragraph; null for any other phrase, or when nobody was.
     */
    Speaker ageWrittenOut(List<Token> phrase) {
        if (!language.code.equals("de") || phrase.size() < 4 || !phrase.get(1).isNumber() || !phrase.get(2).text().equals("Jahre")
                || !phrase.get(3).text().startsWith("alte")) {
            return null;
        }
        String article = phrase.get(0).text().toLowerCase(Locale.ROOT);
        char gender = article.equals("der") ? 'M' : article.equals("die") ? 'F' : 0;
        ActorEntity person = gender == 0 ? null : actors.personBefore(phrase.get(0).start(), gender, layout.reachToParagraphStart(phrase.get(0).start()));
        return person == null ? null : new Speaker(person.name, new Span(phrase.get(0).start(), phrase.get(3).end()), SpeakerResolution.PRONOUN, person);
    }
}
