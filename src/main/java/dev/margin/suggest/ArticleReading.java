package dev.margin.suggest;

import dev.margin.domain.Actor;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * One article as the rules read it, once: its layout, its page furniture, the actors it names, and the
 * direct and indirect quotes found with their speakers. The {@link Suggester} and the {@link QuoteProposer}
 * both start from it, so a quote marked by hand gets the speaker a suggestion would have named.
 */
final class ArticleReading {
    final TextLayout layout;
    final Furniture furniture;
    final ActorIndex actors;
    final SpeakerFinder speakers;
    /** Direct and partial quotes (interview answers included), in text order. */
    final List<FoundQuote> direct;
    final List<FoundQuote> indirect;

    /** The lexicon of the article's language, from its metadata or detected. */
    final Lexicon lexicon;

    private ArticleReading(Lexicon anyLanguage, String text, List<Actor> knownActors, String languageTag, boolean loadModels) {
        layout = new TextLayout(ShoutedNames.readable(text, anyLanguage));
        lexicon = languageTag == null || languageTag.isBlank()
                ? anyLanguage.forLanguage(anyLanguage.detectLanguage(layout)) : anyLanguage.forLanguage(languageTag);
        furniture = new Furniture(layout);
        PosTags pos = new PosTags(layout, lexicon.languageCode(), loadModels);
        actors = new ActorFinder(lexicon, layout, pos, notActorText(layout, lexicon, furniture), knownActors).find();
        speakers = new SpeakerFinder(lexicon, layout, actors, pos);
        List<FoundQuote> quotes = new ArrayList<>(new DirectQuoteFinder(lexicon, layout, speakers).find());
        quotes.addAll(new InterviewFinder(layout, actors).find(quotes));
        quotes.sort(Comparator.comparingInt(FoundQuote::start));
        CitedSources cited = new CitedSources(layout, actors);
        indirect = List.copyOf(cited.givenToSources(new IndirectQuoteFinder(lexicon, layout, pos, speakers, quotes).find(furniture)));
        direct = List.copyOf(quotesAfterReportedSpeech(layout, lexicon.language(), partialsOfReportedSpeech(layout, quotes, indirect), indirect));
    }

    /**
     * "Das entspreche einer Fehlerquote von 59,2 Prozent. »So etwas habe ich … nicht erlebt.«": a quote with no speaker of
     * its own that opens the sentence right after reported speech, in the same paragraph, or follows it after a colon in
     * the same sentence, goes on with that speaker.
     * (The reported speech is found after the quotes, so the quote finder cannot see it.)
     */
    private static List<FoundQuote> quotesAfterReportedSpeech(TextLayout layout, LanguageProfile language, List<FoundQuote> direct, List<FoundQuote> indirect) {
        List<FoundQuote> out = new ArrayList<>(direct.size());
        for (FoundQuote quote : direct) {
            int index = layout.sentenceIndexAt(quote.start());
            Sentence sentence = index > 0 ? layout.sentences.get(index) : null;
            Sentence before = index > 0 ? layout.sentences.get(index - 1) : null;
            boolean opensSentence = sentence != null && layout.text.substring(sentence.start(), quote.start()).strip().length() <= 1;
            FoundQuote reported = quote.speaker() != null || quote.type() != QuoteType.DIRECT || !opensSentence
                    || before.paragraph() != sentence.paragraph() ? null
                    : indirect.stream().filter(r -> r.speaker() != null && r.start() >= before.start() && r.start() < before.end())
                    .reduce((first, second) -> second).orElse(null);
            if (reported == null && quote.speaker() == null && quote.type() == QuoteType.DIRECT && before != null
                    && before.paragraph() == sentence.paragraph() && layout.text.substring(sentence.start(), quote.start()).replaceAll("[\\s„“\"»«‘‚›‹]+$", "").endsWith(":")
                    && language.holdsSubjunctive(layout.tokensIn(sentence.start(), quote.start()))) {
                // "…, sagte sie. Eine Verkürzung sei nicht zu stemmen: „Uns fehlen …“": her reported words go on, then a
                // colon opens her quote (after her report or her quote in the sentence before)
                reported = java.util.stream.Stream.concat(indirect.stream(), direct.stream())
                        .filter(r -> r.speaker() != null && r.speaker().name() != null && r.start() >= before.start() && r.start() < before.end())
                        .max(Comparator.comparingInt(FoundQuote::start)).orElse(null);
            }
            if (reported == null) {
                out.add(quote);
                continue;
            }
            Speaker was = reported.speaker();
            Speaker speaker = new Speaker(was.name(), was.span(), was.resolution() == SpeakerResolution.ANONYMOUS
                    ? SpeakerResolution.ANONYMOUS : SpeakerResolution.PRONOUN, was.entity());
            out.add(new FoundQuote(quote.start(), quote.end(), quote.type(), speaker, null, null, quote.partOf(), Math.min(quote.confidence(), 0.7)));
        }
        return out;
    }

    /**
     * "The group said it had offered “the best package” and accused the union of “moving the goalposts.”": a few quoted
     * words in a sentence of reported speech are its speaker's, unless their own attribution names someone in that
     * sentence. Without this, a phrase whose verb reports nothing ("accused … of") went to the person quoted before.
     */
    private static List<FoundQuote> partialsOfReportedSpeech(TextLayout layout, List<FoundQuote> direct, List<FoundQuote> indirect) {
        List<FoundQuote> out = new ArrayList<>(direct.size());
        for (FoundQuote quote : direct) {
            Sentence sentence = quote.type() == QuoteType.PARTIAL ? layout.sentenceAt(quote.start()) : null;
            List<FoundQuote> inSentence = sentence == null ? List.of() : indirect.stream()
                    .filter(r -> r.speaker() != null && r.start() >= sentence.start() && r.start() < sentence.end()).toList();
            // (the report holding the words, where a sentence has two: "said the nurses were … and that the director … “…”")
            FoundQuote reported = inSentence.stream().filter(r -> r.start() <= quote.start() && quote.end() <= r.end()).findFirst()
                    .orElse(inSentence.isEmpty() ? null : inSentence.getFirst());
            if (reported == null) {
                out.add(quote);
                continue;
            }
            Span own = quote.speaker() == null ? null : quote.speaker().span();
            // a name inside the reported words themselves ("accused the union of …") is what is spoken about, not who speaks
            // (and only when a verb of its own gave it: "Asked about Archuleta’s letter, the press secretary said … “…”" is
            // no attribution to the person asked about)
            boolean ownInAttribution = own != null && quote.cue() != null && own.start() >= sentence.start() && own.end() <= sentence.end()
                    && inSentence.stream().noneMatch(r -> own.start() >= r.start() && own.end() <= r.end())
                    && !(own.start() >= reported.end() && reported.speaker().span() != null && reported.speaker().span().end() <= reported.start())
                    // (nor one inside the report's own attribution, read as a whole there: "Aus der SPD-Fraktion hieß es")
                    && !(reported.speaker().span() != null && reported.speaker().span().start() <= own.start() && own.end() <= reported.speaker().span().end())
                    // (nor one between the report's trailing verb and its source: "…, hieß es aus der CSU-Landesgruppe im Bundestag")
                    && !(reported.cueSpan() != null && reported.speaker().span() != null && own.start() >= reported.cueSpan().start()
                            && reported.cueSpan().start() >= reported.end() && own.end() <= reported.speaker().span().end());
            // (nor is one who passes the words on after them: "X said the deal was “…”, the IRNA news agency reported")
            if (!ownInAttribution) {
                out.add(new FoundQuote(quote.start(), quote.end(), quote.type(), reported.speaker(), reported.cue(), reported.cueSpan(),
                        quote.partOf(), Math.min(quote.confidence(), reported.confidence())));
            } else {
                out.add(quote);
            }
        }
        return out;
    }

    /**
     * The reading for a proposal asked on the FX thread (the Q dialog): the language is detected, and its
     * part-of-speech model is used only if a suggestion task has loaded it already, never loaded here.
     */
    static ArticleReading of(Lexicon lexicon, String text, List<Actor> knownActors) {
        return new ArticleReading(lexicon, text, knownActors, null, false);
    }

    /** @param languageTag the article's language from its metadata ("de", "pt-BR"), or null/blank to detect it */
    static ArticleReading of(Lexicon lexicon, String text, List<Actor> knownActors, String languageTag) {
        return new ArticleReading(lexicon, text, knownActors, languageTag, true);
    }

    /** Offsets where no actor is looked for: title-case headlines and titles or scare quotes in marks. */
    private static BitSet notActorText(TextLayout layout, Lexicon lexicon, Furniture furniture) {
        BitSet excluded = furniture.notActorText();
        int paragraph = 0;
        int start = 0;
        String text = layout.text;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (furniture.isHeadline(paragraph)) {
                excluded.set(start, end);
            }
            paragraph++;
            start = end + 1;
        }
        for (QuotedSpan quote : layout.quotes) {
            if (QuoteShape.isTitle(layout, lexicon, quote)) {
                excluded.set(quote.contentStart(), quote.contentEnd());
            }
        }
        return excluded;
    }
}
