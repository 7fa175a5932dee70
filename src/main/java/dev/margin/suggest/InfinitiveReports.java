package dev.margin.suggest;

import dev.margin.domain.Span;

import java.util.List;
import java.util.regex.Pattern;

/**
 * German reports whose content is an infinitive clause after a comma: "Wehrstein kündigte an, sich noch vor Weihnachten
 * mit der Initiative zu treffen", "Gundermann warf dem Vorstand vor, den Vertrag zu brechen". The verbs and their
 * particles are in {@code infinitive-reports.txt}; the particle must close the words before the comma, and the clause
 * must end in an infinitive with "zu" ("zu treffen", "anzufordern"). The reported clause is the infinitive clause.
 */
final class InfinitiveReports {
    /** "anzufordern", "umzustellen", "einzuhalten": the particle, "zu" and the verb written as one word. */
    private static final Pattern JOINED_ZU_INFINITIVE = Pattern.compile(
            "(ab|an|auf|aus|bei|bereit|dar|ein|fest|fort|frei|her|heraus|herein|herunter|hin|hinaus|hinein|klar|los|mit|nach|offen"
                    + "|statt|teil|um|vor|voran|vorbei|weg|weiter|zu|zurück|zusammen)zu\\p{Ll}{2,}n");

    private final LanguageProfile language;
    private final TextLayout layout;
    private final SpeakerFinder speakers;
    private final ReportedClauseBounds clause;

    InfinitiveReports(LanguageProfile language, TextLayout layout, SpeakerFinder speakers, ReportedClauseBounds clause) {
        this.language = language;
        this.layout = layout;
        this.speakers = speakers;
        this.clause = clause;
    }

    /** The infinitive report in {@code sentence}, or null. */
    FoundQuote in(Sentence sentence) {
        if (language.infinitiveReports.isEmpty()) {
            return null;
        }
        List<Token> tokens = layout.tokensIn(sentence.start(), sentence.end());
        int end = clause.contentEnd(sentence);
        for (int k = 0; k < tokens.size(); k++) {
            Token verb = tokens.get(k);
            String particle = verb.isLowerCase() ? language.infinitiveReports.get(verb.text()) : null;
            int comma = particle == null ? -1 : layout.text.indexOf(',', verb.end());
            if (comma < 0 || comma >= end || !closesWith(verb, comma, particle) || !endsInZuInfinitive(comma + 1, end)) {
                continue;
            }
            Speaker speaker = speakers.subjectBefore(verb.start(), sentence.start());
            if (speaker != null && language.prepositions.contains(tokens.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
                // "Für die Grünen warf Fraktionschef Tarek Soltani beiden Seiten vor, …": the body the sentence opens with
                // is whom the person after the verb speaks for
                Speaker after = speakers.phraseAfter(verb.end(), comma, true);
                speaker = after != null && after.namesPerson() ? after : speaker;
            }
            if (speaker == null) {
                // "Außerdem kündigte die Stadt an, …": the subject after the verb
                speaker = speakers.phraseAfter(verb.end(), comma, true);
            }
            if (speaker == null && k > 2 && tokens.get(k - 1).text().equals("und")) {
                speaker = firstVerbsSubject(sentence, tokens, k);
            }
            FoundQuote report = clause.make(comma + 1, end, speaker, verb.text(), new Span(verb.start(), verb.end()));
            if (report != null) {
                return report;
            }
        }
        return null;
    }

    /**
     * "Sie sprach von einem „Totalversagen“ und forderte, …": the second verb shares the subject of the sentence's first,
     * the first word in lower case after the subject it opens with; null when none is found before {@code k}.
     */
    private Speaker firstVerbsSubject(Sentence sentence, List<Token> tokens, int k) {
        for (int j = 1; j < k - 1 && j <= 5; j++) {
            Token t = tokens.get(j);
            if (t.isLowerCase() && !language.determiners.contains(t.text())) {
                return speakers.subjectBefore(t.start(), sentence.start());
            }
        }
        return null;
    }

    /** Whether the words before the comma end with the verb's particle ("kündigte an,"), or with the verb or its object. */
    private boolean closesWith(Token verb, int comma, String particle) {
        List<Token> before = layout.tokensIn(verb.end(), comma);
        if (particle.isEmpty()) {
            return before.size() <= 4; // "versprach den Anwohnern, …"
        }
        return !before.isEmpty() && before.getLast().text().equals(particle) && before.size() <= 8;
    }

    private boolean endsInZuInfinitive(int from, int end) {
        List<Token> words = layout.tokensIn(from, end);
        if (words.size() < 2) {
            return false;
        }
        Token last = words.getLast();
        return words.get(words.size() - 2).text().equals("zu") && last.isLowerCase() || JOINED_ZU_INFINITIVE.matcher(last.text()).matches();
    }
}
