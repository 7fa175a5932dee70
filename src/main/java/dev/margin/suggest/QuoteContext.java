package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;

import java.util.List;

/**
 * The speaker of a quote with no attribution of its own, from the text around it: the sentence before in its
 * paragraph, a headline's name after a colon, the quote of the paragraph before, or the person the paragraph before
 * introduced. Each way gives null when it does not apply; {@link DirectQuoteFinder} tries them in that order.
 */
final class QuoteContext {
    private final Lexicon lexicon;
    private final TextLayout layout;
    private final SpeakerFinder speakers;

    QuoteContext(Lexicon lexicon, TextLayout layout, SpeakerFinder speakers) {
        this.lexicon = lexicon;
        this.layout = layout;
        this.speakers = speakers;
    }

    /**
     * {@code speaker}, found from the text around {@code quote}, unless the quote names them ("Lukas hatte recht. Wie
     * meistens.", after Kettler reported what his captain Lukas Hennemann told him): nobody speaks of themselves by
     * name, so the words are the last other speaker's in the paragraph whom they do not name, or nobody's.
     */
    Speaker notNamedInside(Speaker speaker, QuotedSpan quote, List<FoundQuote> found) {
        return notNamedInside(speaker, quote, found, layout.text.lastIndexOf('\n', quote.open()) + 1);
    }

    /**
     * As {@link #notNamedInside(Speaker, QuotedSpan, List)} for a quote opening a paragraph that carries on the one
     * before: the other speaker is looked for in the two paragraphs before ("“I meant …,” Tannous replied. ¶ “At 11.42 at
     * night?” Mr Farrell asked. ¶ “I was a minister, Mr Farrell. …”" is the witness's answer).
     */
    Speaker notNamedInsideCarried(Speaker speaker, QuotedSpan quote, List<FoundQuote> found) {
        // (back two paragraphs: in an exchange of questions and answers the one before the asker is the other side)
        int from = layout.text.lastIndexOf('\n', quote.open()) + 1;
        for (int back = 0; back < 2 && from > 1; back++) {
            from = layout.text.lastIndexOf('\n', from - 2) + 1;
        }
        return notNamedInside(speaker, quote, found, from);
    }

    private Speaker notNamedInside(Speaker speaker, QuotedSpan quote, List<FoundQuote> found, int paragraphStart) {
        if (speaker == null || !namedInside(speaker, quote)) {
            return speaker;
        }
        for (int k = found.size() - 1; k >= 0 && found.get(k).start() >= paragraphStart; k--) {
            Speaker earlier = found.get(k).speaker();
            if (earlier != null && earlier.entity() != null && earlier.entity() != speaker.entity() && !namedInside(earlier, quote)) {
                return earlier;
            }
        }
        return null;
    }

    /** Whether {@code quote}'s words name {@code speaker}'s person ("I was a minister, Mr Farrell."). */
    boolean namedInside(Speaker speaker, QuotedSpan quote) {
        if (speaker == null || speaker.entity() == null || speaker.entity().type != ActorType.PERSON) {
            return false;
        }
        List<String> names = List.of(speaker.entity().name.split(" "));
        return layout.tokensIn(quote.contentStart(), quote.contentEnd()).stream()
                .anyMatch(t -> t.isCapitalised() && t.text().length() > 2 && names.contains(t.text()));
    }

    /** A quote opening its sentence takes the speaker named in the sentence before, in the same paragraph. */
    Speaker fromPreviousSentence(QuotedSpan quote, List<FoundQuote> found) {
        int index = layout.sentenceIndexAt(quote.open());
        if (index <= 0 || layout.sentences.get(index).start() != quote.open() && !afterFragment(layout.sentences.get(index), quote)) {
            return null;
        }
        Sentence previous = layout.sentences.get(index - 1);
        if (previous.paragraph() != layout.sentences.get(index).paragraph()) {
            return lastIntroOfParagraph(quote, previous);
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            FoundQuote earlier = found.get(k);
            if (earlier.start() >= previous.start() && earlier.end() <= previous.end() && earlier.speaker() != null) {
                return earlier.speaker();
            }
        }
        Speaker subject = reportingSubject(previous);
        Sentence twoBack = index >= 2 && layout.sentences.get(index - 2).paragraph() == previous.paragraph()
                ? layout.sentences.get(index - 2) : null;
        if (subject == null && twoBack != null && quotesIn(previous).isEmpty()) {
            // "“Raise your hand …,” Hargrove told the crowd. Nearly every hand went up. “Now keep it up …”": one sentence
            // of the writer's between two quotes of the same speaker
            for (int k = found.size() - 1; k >= 0 && subject == null; k--) {
                FoundQuote earlier = found.get(k);
                if (earlier.start() >= twoBack.start() && earlier.end() <= twoBack.end() && earlier.speaker() != null) {
                    subject = earlier.speaker();
                }
            }
        }
        if (subject == null && lexicon.language().subjunctive.contains(finiteSubjunctiveIn(previous))) {
            // "…, sagt Sabine Hörter. Die Energiekosten hätten sich verdoppelt, der Mindestlohn sei gestiegen. „…“": the
            // speaker of the reported speech the quote continues, one sentence further back
            subject = twoBack != null ? reportingSubject(twoBack) : null;
            if (subject == null && twoBack != null && quotesIn(twoBack).isEmpty()) {
                // "Am Montag legte Wendtland im Deutschlandfunk nach. Die Union müsse sich entscheiden, …": the one person
                // the sentence before the reported speech is about
                subject = speakers.about().only(twoBack);
            }
        }
        if (subject == null && quotesIn(previous).isEmpty()) {
            // "Auf der Pressekonferenz legte Hackl nach. „…“": the sentence before, about one person, introduces the quote
            subject = speakers.about().only(previous);
            Speaker opener = subject == null ? speakers.about().opening(previous) : null;
            if (opener != null && layout.text.startsWith(", ", opener.span().end())) {
                // "Kapitän Tim Brückner, der den Elfmeter von Hölzl beinahe pariert hätte, wollte … nichts wissen. „…“": whom
                // the clause set off after the subject names is no rival to it (but "Hackl lobte Sandström. „…“" is either's)
                subject = opener;
            }
        }
        if (subject == null && quotesIn(previous).isEmpty()) {
            subject = pronounSubjectOf(previous);
        }
        return subject == null && quotesIn(previous).isEmpty() ? onlyPersonOfParagraph(index) : subject;
    }

    /**
     * "Einen Rücktritt lehnt sie ab. „Ich gehe nicht …“", "He declined to resign. “…”": the sentence before names nobody
     * but has a pronoun for its subject (opening it, or right after its verb); the person the pronoun stands for.
     */
    private Speaker pronounSubjectOf(Sentence previous) {
        List<Token> words = layout.tokensIn(previous.start(), previous.end());
        for (int k = 0; k < Math.min(words.size(), 6); k++) {
            Token t = words.get(k);
            String lower = t.text().toLowerCase(java.util.Locale.ROOT);
            boolean opening = k == 0 || k == 1 && words.get(0).isLowerCase();
            boolean afterVerb = k > 0 && words.get(k - 1).isLowerCase() && t.isLowerCase();
            if (layout.quoteAt(t.start()) == null && speakers.isPronoun(lower) && (opening || afterVerb)) {
                Speaker person = speakers.pronounFor(t, lower);
                return person != null && person.entity() != null && person.entity().type == dev.margin.domain.ActorType.PERSON ? person : null;
            }
        }
        return null;
    }

    /**
     * "Besonders hart trifft es Anke Brüning (54). Die Bäckerin beliefert … Seit 1998 backt sie … „Früher war ich …“":
     * the one person the paragraph's sentences before the quote name, when none of them quotes anyone; null otherwise.
     */
    private Speaker onlyPersonOfParagraph(int index) {
        int paragraph = layout.sentences.get(index).paragraph();
        Speaker only = null;
        for (int k = index - 1; k >= 0 && layout.sentences.get(k).paragraph() == paragraph; k--) {
            Sentence sentence = layout.sentences.get(k);
            Speaker named = speakers.about().only(sentence);
            if (!quotesIn(sentence).isEmpty() || named == null && speakers.personNamedIn(sentence.start(), sentence.end()) != null
                    || named != null && only != null && named.entity() != only.entity()) {
                return null; // a quote of its own, or several persons
            }
            only = named != null ? named : only;
        }
        return only;
    }

    /**
     * "„Das ist ein Schlag ins Gesicht!“ Ortsbürgermeister Heiner Wöltje (62, CDU) ist stinksauer.": tabloid copy opens a
     * paragraph with the words and names their speaker in the next sentence, with no verb of saying.
     */
    Speaker introducedAfter(QuotedSpan quote) {
        int index = layout.sentenceIndexAt(quote.open());
        if (index < 0 || quote.open() > 0 && layout.text.charAt(quote.open() - 1) != '\n') {
            return null;
        }
        int next = index + 1;
        while (next < layout.sentences.size() && layout.sentences.get(next).start() <= quote.close()) {
            next++;
        }
        if (next >= layout.sentences.size() || layout.sentences.get(next).paragraph() != layout.sentences.get(index).paragraph()
                || !layout.text.substring(quote.close() + 1, layout.sentences.get(next).start()).isBlank()) {
            return null;
        }
        return speakers.about().opening(layout.sentences.get(next));
    }

    /**
     * "Dann, nach einer kurzen Pause: „…“", "And then, halfway into the car: “…”": a few words of scene before a colon,
     * with no verb of saying and nobody named, introduce the quote as if it opened the sentence.
     */
    private boolean afterFragment(Sentence sentence, QuotedSpan quote) {
        String intro = layout.text.substring(sentence.start(), quote.open()).strip();
        List<Token> words = layout.tokensIn(sentence.start(), quote.open());
        return intro.endsWith(":") && words.size() <= 8 && layout.quotes.stream().noneMatch(q -> q.open() >= sentence.start() && q.open() < quote.open())
                && words.stream().noneMatch(t -> t.isLowerCase() && lexicon.reportingVerb(t.text()) != null)
                && speakers.personNamedIn(sentence.start(), quote.open()) == null;
    }

    private List<QuotedSpan> quotesIn(Sentence sentence) {
        return layout.quotes.stream().filter(q -> q.open() >= sentence.start() && q.open() < sentence.end()).toList();
    }

    /** The first word of {@code sentence} that is a subjunctive of its language ("sei", "hätten"), or "". */
    private String finiteSubjunctiveIn(Sentence sentence) {
        for (Token t : layout.tokensIn(sentence.start(), sentence.end())) {
            if (t.isLowerCase() && lexicon.language().subjunctive.contains(t.text())) {
                return t.text();
            }
        }
        return "";
    }

    /** A paragraph ending "…, the ministry said:" introduces the quotation that opens the next one. */
    private Speaker lastIntroOfParagraph(QuotedSpan quote, Sentence previous) {
        int p = quote.open() - 1;
        while (p > previous.start() && Character.isWhitespace(layout.text.charAt(p - 1))) {
            p--;
        }
        if (p > 0 && layout.text.charAt(p - 1) == ':') {
            Speaker reporting = reportingSubject(previous);
            List<Token> words = layout.tokensIn(previous.start(), p - 1);
            if (reporting == null && words.size() >= 2 && words.size() <= 4 && words.get(1).isLowerCase()) {
                // "She went on:", "Er fügte hinzu:": a short line whose subject opens it hands the next quote to them
                Speaker subject = speakers.namedAt(words.get(0), p - 1);
                return subject != null && subject.entity() != null ? subject : null;
            }
            return reporting;
        }
        return null;
    }

    private Speaker reportingSubject(Sentence sentence) {
        List<Token> tokens = layout.tokensIn(sentence.start(), sentence.end());
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (layout.quoteAt(t.start()) != null || !t.isLowerCase() || lexicon.reportingVerb(t.text()) == null) {
                continue;
            }
            // "…, sagte er.": in an inverted attribution the subject follows the verb; the words before it are what was said
            // (only with a pronoun after it: "Eine Zeugin, die dort arbeitete, schilderte den Alltag" has its subject before)
            // (or a name right after it: "…, ärgere sie, räumte Haberl ein.")
            boolean afterComma = !lexicon.languageCode().equals("en") && k > 0 && k + 1 < tokens.size()
                    && layout.text.substring(tokens.get(k - 1).end(), t.start()).contains(",");
            // (or an article and a role resolved to someone: "…, sagte der Anwalt am Telefon.")
            boolean article = tokens.get(Math.min(k + 1, tokens.size() - 1)).isLowerCase()
                    && lexicon.language().determiners.contains(tokens.get(Math.min(k + 1, tokens.size() - 1)).text());
            Speaker named = afterComma && (!tokens.get(k + 1).isLowerCase() || article) ? speakers.phraseAfter(t.end(), sentence.end()) : null;
            named = named != null && article && named.entity() == null ? null : named;
            boolean inverted = afterComma && (lexicon.language().pronouns.containsKey(tokens.get(k + 1).text())
                    || named != null && named.span().start() == tokens.get(k + 1).start()
                    // ("…, sagte die Forscherin Jana Petersen.": the role's article opens the subject; a body after the
                    // verb, "sagte der Deutschen Presse-Agentur", is whom it was said to)
                    || named != null && article && named.entity().type == ActorType.PERSON);
            Speaker speaker = inverted ? speakers.phraseAfter(t.end(), sentence.end()) : speakers.subjectBefore(t.start(), sentence.start());
            if (speaker == null) {
                speaker = inverted ? null : speakers.phraseAfter(t.end(), sentence.end());
            }
            if (speaker != null) {
                return speaker;
            }
        }
        return null;
    }

    /**
     * "Ein Diplomat, der nicht genannt werden wollte, sagte, die Seite sei „gut vorbereitet“ gewesen. „Die wussten, was
     * kommt“, sagte er.": a pronoun right after an unnamed source's words, with nobody named since, is still that source.
     * {@code speaker} otherwise.
     */
    Speaker anonymousContinued(Speaker speaker, QuotedSpan quote, List<FoundQuote> found) {
        if (speaker == null || speaker.resolution() != SpeakerResolution.PRONOUN || speaker.span() == null || found.isEmpty()
                || !speakers.isPronoun(layout.text.substring(speaker.span().start(), speaker.span().end()).toLowerCase(java.util.Locale.ROOT))) {
            return speaker;
        }
        FoundQuote last = found.getLast();
        Sentence here = layout.sentenceAt(quote.open());
        Sentence there = layout.sentenceAt(last.start());
        if (last.speaker() == null || last.speaker().resolution() != SpeakerResolution.ANONYMOUS || here == null || there == null
                || here.paragraph() != there.paragraph() || layout.sentenceIndexAt(quote.open()) - layout.sentenceIndexAt(last.start()) > 1) {
            return speaker;
        }
        return speakers.personNamedIn(there.start(), quote.open()) == null ? last.speaker() : speaker;
    }

    /**
     * "«…», sagte Parteipräsident Hanspeter Rohner. Die Initiative hätte … am Ende «leere Busse durch leere Täler»
     * geschickt.": words in marks inside the next sentence of the paragraph, which names nobody and has no verb the
     * rules know, go on with the one quoted directly just before.
     */
    Speaker partialAfterQuoted(QuotedSpan quote, List<FoundQuote> found) {
        int index = layout.sentenceIndexAt(quote.open());
        if (index <= 0 || found.isEmpty()) {
            return null;
        }
        Sentence here = layout.sentences.get(index);
        Sentence previous = layout.sentences.get(index - 1);
        FoundQuote last = found.getLast();
        boolean justBefore = last.start() >= previous.start() && last.end() <= previous.end() + 1 && last.type() == dev.margin.domain.QuoteType.DIRECT;
        if (previous.paragraph() != here.paragraph() || !justBefore || last.speaker() == null
                || speakers.personNamedIn(here.start(), here.end()) != null) {
            return null;
        }
        return last.speaker();
    }

    /**
     * "calling her "…" and saying the pair would "…"", "telling Keel that she was “…” and that voters wanted “…”": words
     * quoted after "and" in the sentence of another quote go on with that quote's speaker, when a verb follows "and" or no
     * one is named between.
     */
    Speaker chainedAfterQuote(QuotedSpan quote, List<FoundQuote> found) {
        FoundQuote last = found.isEmpty() ? null : found.getLast();
        Sentence here = layout.sentenceAt(quote.open());
        QuotedSpan before = last == null ? null : layout.quoteAt(last.start());
        if (last == null || last.speaker() == null || here == null || before == null || before.open() < here.start()
                || before.close() >= quote.open()) {
            return null;
        }
        // (from the closing mark and any comma after it)
        String[] words = layout.text.substring(before.close(), quote.open()).replaceFirst("^[^\\p{L}]+", "").strip().split("\\s+", 3);
        // ("and", and the other languages' word for it: "und", "et", "y")
        boolean and = words[0].equals("and") || lexicon.language().nameConjunctions.contains(words[0])
                // (", adding: “…”": a participle of saying goes on with the sentence's speaker too)
                || words.length == 1 && words[0].endsWith("ing:") && saysGoingOn(words[0].substring(0, words[0].length() - 1));
        // (someone named after the verb is its object: "… as “a political stunt” and accused Calloway of “…”"; but "and
        // Whitlock firing back" is someone else's clause)
        boolean verbFollows = words.length > 1 && !words[1].isEmpty() && Character.isLowerCase(words[1].charAt(0));
        if (!and || !verbFollows && speakers.personNamedIn(before.close(), quote.open()) != null) {
            return null;
        }
        return last.speaker();
    }

    /** Whether {@code participle} says more of the same ("adding", "noting", a verb of saying's -ing form). */
    private boolean saysGoingOn(String participle) {
        return GOING_ON.contains(participle) || lexicon.reportingVerb(participle) != null;
    }

    /** Participles that go on with what the sentence's speaker said, though not verbs of saying of their own. */
    private static final java.util.Set<String> GOING_ON = java.util.Set.of("adding", "saying", "noting", "writing", "explaining");

    /** A quote that opens a paragraph right after another quote's paragraph continues that speaker. */
    Speaker carriedOver(QuotedSpan quote, List<FoundQuote> found) {
        if (found.isEmpty() || quote.open() > 0 && layout.text.charAt(quote.open() - 1) != '\n') {
            return null;
        }
        FoundQuote previous = found.getLast();
        Sentence here = layout.sentenceAt(quote.open());
        Sentence there = layout.sentenceAt(previous.start());
        if (previous.speaker() == null || here == null || there == null || here.paragraph() - there.paragraph() > 1) {
            return null;
        }
        return previous.speaker();
    }

    /**
     * Feature copy introduces a person, then lets the next paragraph be their words with no verb: "Lorna Fitzgerald, 74,
     * has lived on Marshall Road since 1971." and a paragraph of “…” alone. The person must open the last or the first
     * sentence of the paragraph before, and that paragraph must hold no quote of its own.
     */
    Speaker introducedBefore(QuotedSpan quote) {
        int index = layout.sentenceIndexAt(quote.open());
        if (index <= 0 || layout.sentences.get(index).start() != quote.open()) {
            return null;
        }
        int paragraph = layout.sentences.get(index).paragraph();
        int first = index - 1;
        if (layout.sentences.get(first).paragraph() != paragraph - 1) {
            return null;
        }
        while (first > 0 && layout.sentences.get(first - 1).paragraph() == paragraph - 1) {
            first--;
        }
        Sentence opening = layout.sentences.get(first);
        Sentence closing = layout.sentences.get(index - 1);
        for (QuotedSpan other : layout.quotes) {
            if (other.open() >= opening.start() && other.open() < closing.end()) {
                return null;
            }
        }
        // the person opening the paragraph's last sentence ("Die SPD-Abgeordnete Dagmar Oltmanns hat …"), else its first
        Speaker named = speakers.about().opening(closing);
        if (named == null && opening != closing) {
            named = speakers.about().opening(opening);
        }
        if (named == null) {
            named = speakers.about().only(closing);
        }
        return named != null || opening == closing ? named : speakers.about().only(opening);
    }
}
