package dev.margin.suggest;

import dev.margin.domain.SpeakerResolution;

import java.util.List;

/**
 * Who speaks a quotation that a sentence introduces with a colon and no verb of saying before it: "Kessler zeigte sich
 * zuversichtlich: »…«", "The mayor was blunt: “…”". For {@link DirectQuoteFinder}.
 */
final class ColonIntroductions {
    private final TextLayout layout;
    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final SpeakerFinder speakers;

    ColonIntroductions(TextLayout layout, Lexicon lexicon, SpeakerFinder speakers) {
        this.layout = layout;
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.speakers = speakers;
    }

    /**
     * "Kessler zeigte sich zuversichtlich: »Wir werden …«", "The mayor was blunt: “…”": a sentence that opens with a
     * named person or body and runs into a colon before the quote gives the quote to them, whatever its verb.
     */
    Speaker subject(QuotedSpan quote, int regionStart, List<Token> tokens) {
        int p = quote.open();
        while (p > regionStart && Character.isWhitespace(layout.text.charAt(p - 1))) {
            p--;
        }
        if (p <= regionStart || layout.text.charAt(p - 1) != ':' || tokens.isEmpty()) {
            return null;
        }
        Sentence sentence = layout.sentenceAt(quote.open());
        if (regionStart != sentence.start()) {
            // "Hennemann selbst sprach von einem „dreckigen Sieg“ und lobte Kettler: „…“": a partial quote before the colon
            // leaves the sentence's subject where it was; but not a sentence that opens with a quote of its own
            List<Token> whole = layout.tokensIn(sentence.start(), p);
            if (whole.isEmpty() || layout.quoteAt(whole.get(0).start()) != null) {
                return null;
            }
            tokens = whole.stream().filter(t -> layout.quoteAt(t.start()) == null).toList();
        }
        if (language.code.equals("de") && language.holdsSubjunctive(tokens)) {
            return null; // "Der Bundesrat habe die Kantone unterschätzt: „…“": reported words go on, and so does their speaker
        }
        Speaker subject = speakers.namedAt(tokens.get(0), p);
        if (subject == null && tokens.size() > 2 && lexicon.isTitle(tokens.get(0).text())) {
            subject = speakers.namedAt(tokens.get(1), p); // "Bildungspolitikerin Luise Neuhaus wird darin zitiert: „…“"
        }
        if (subject == null && language.indefiniteArticles.containsKey(tokens.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
            // "Ein Unionsabgeordneter formuliert es so: „…“", "A neighbour was blunt: “…”": someone unnamed
            int colon = p;
            List<Token> before = tokens.stream().filter(t -> t.end() <= colon).toList();
            int head = UnnamedSpeakers.headOfUnnamed(lexicon, before);
            Speaker unnamed = head < 0 ? null : speakers.phraseAfter(before.get(0).start(), before.get(head).end());
            subject = unnamed != null && unnamed.resolution() == SpeakerResolution.ANONYMOUS ? unnamed : null;
        }
        if (subject == null && language.code.equals("de") && tokens.size() > 2 && tokens.get(1).isLowerCase()) {
            // "Zugleich nahm er den Landeshauptmann in Schutz: „…“": one word first, then the verb and its subject
            Speaker after = speakers.phraseAfter(tokens.get(1).end(), p);
            subject = after != null && after.namesPerson() ? after : null;
        }
        if (subject == null && language.code.equals("de")) {
            // "Später, vor den Kameras auf der Fraktionsebene, legte sie nach: »…«": after the last comma, the verb first
            // and then its subject
            int comma = layout.text.lastIndexOf(',', p);
            int colon = p;
            List<Token> tail = comma < sentence.start() ? List.of() : tokens.stream().filter(t -> t.start() > comma && t.end() <= colon).toList();
            Speaker after = tail.size() >= 2 && tail.get(0).isLowerCase() ? speakers.phraseAfter(tail.get(0).end(), p) : null;
            subject = after != null && after.namesPerson() ? after : null;
        }
        if (subject == null && language.code.equals("de")) {
            // "Ob das reicht, bezweifelte Marquardt: „…“", "Eine Mehrheit sieht Casutt derzeit nicht: „…“": the one person
            // named, after the verb (right before the colon, or the verb's subject)
            Speaker only = speakers.about().only(layout.sentenceAt(quote.open()));
            int before = only == null || only.span() == null ? -1 : layout.firstTokenFrom(only.span().start()) - 1;
            boolean afterVerb = before >= 0 && layout.tokens.get(before).isLowerCase() && !language.prepositions.contains(layout.tokens.get(before).text());
            subject = only != null && only.span() != null && only.span().end() < p && (only.span().end() == p - 1 || afterVerb) ? only : null;
        }
        // ("Ein Unionsabgeordneter formuliert es so: „…“": someone unnamed, who is no earlier speaker either)
        if (subject == null || subject.entity() == null && subject.resolution() != SpeakerResolution.ANONYMOUS) {
            return null;
        }
        return subject;
    }
}
