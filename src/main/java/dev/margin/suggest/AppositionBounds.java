package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an aside between a subject and its verb begins: "Roe, a professor at Y, said", "Sen. Rand Paul, R-Ky., who voted
 * against it, said", "Lukas Pfurtscheller, Leiter des Lawinenwarndienstes, sagte". Part of the {@link SpeakerFinder}.
 */
final class AppositionBounds {
    /** Characters no aside reaches back across: a sentence's end, a colon or semicolon, quotation marks, a line break. */
    private static final String ASIDE_ENDS = ".;:!?“”\"\n";
    /** How far back (in characters) an aside may reach. */
    static final int MAX_APPOSITION = 150;
    /** A US party-and-state tag after a name: "D-N.Y.", "R-Ky". */
    private static final Pattern PARTY_TAG = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,8}");
    /** "R-Idaho", "D-N.M.": an American politician's party and state, after the name, never a name of its own. */
    static boolean isPartyTag(Token token) {
        return PARTY_TAG.matcher(token.text()).matches();
    }

    /** German articles that open a genitive attribute: "Leiter des Dienstes", "Chefin der Firma". */
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der");

    /** The words of a subject that only counts off members of a group named in its aside: "One of them", "Another". */
    private static final Set<String> QUANTIFIERS = Set.of("one", "of", "them", "another", "those", "these");

    private final Lexicon lexicon;
    private final LanguageProfile language;
    private final TextLayout layout;
    private final SpeakerPhrase phrases;
    private final ActorIndex actors;

    AppositionBounds(Lexicon lexicon, TextLayout layout, SpeakerPhrase phrases, ActorIndex actors) {
        this.actors = actors;
        this.lexicon = lexicon;
        this.language = lexicon.language();
        this.layout = layout;
        this.phrases = phrases;
    }

    /** "Lukas Pfurtscheller, Leiter des Lawinenwarndienstes, sagte": a German role noun, or any noun with a genitive after it. */
    private boolean germanRole(List<Token> inside) {
        // ("Erste Bevollmächtigte der IG Metall", "Stellvertretende Vorsitzende": an adjective may come first)
        boolean adjectiveThenTitle = inside.size() > 1 && inside.get(0).text().endsWith("e") && lexicon.isTitle(inside.get(1).text());
        return language.code.equals("de") && inside.get(0).isCapitalised() && (lexicon.isTitle(inside.get(0).text()) || adjectiveThenTitle
                || inside.size() > 1 && GENITIVE_ARTICLES.contains(inside.get(1).text()));
    }

    /**
     * The comma opening an apposition or relative clause that ends at {@code closingComma}, or -1 when the
     * words between do not read as one ("a professor at Y", "who chairs the committee", "54"). {@code strict}: a second
     * aside, which must open with a relative or a role.
     */
    int openingComma(int closingComma, int regionStart, boolean strict) {
        int limit = Math.max(regionStart, closingComma - MAX_APPOSITION);
        for (int i = closingComma - 1; i >= limit; i--) {
            char c = layout.text.charAt(i);
            if (c == ',' && i > 0 && Character.isDigit(layout.text.charAt(i - 1)) && Character.isDigit(layout.text.charAt(i + 1))) {
                continue; // "about 61,000 drivers": a thousands separator
            }
            if (c == ',' && stateAfterTown(i, closingComma)) {
                continue; // "Marwick, which is based in Troy, Michigan, said": the comma parts a town from its state
            }
            if (c == ',' && firmPartners(i)) {
                continue; // "Odum, who follows the industry for Kessler, Rand & Co., said": the comma is inside the firm's name
            }
            if (c == ',') {
                List<Token> inside = layout.tokensIn(i + 1, closingComma);
                if (inside.isEmpty()) {
                    return -1;
                }
                Token first = inside.get(0);
                String lower = first.text().toLowerCase(Locale.ROOT);
                // ("Okonjo, director of the Penal Policy Unit, a think tank, said": a role may head the first of two)
                boolean reads = first.isLowerCase() && (!strict || SpeakerPhrase.RELATIVES.contains(lower) || RoleFinder.ROLE_HEADS.contains(lower))
                        || first.isNumber()
                        || phrases.isDeterminer(lower)
                        || first.possessive() || inside.size() > 1 && inside.get(1).possessive()
                        || PARTY_TAG.matcher(first.text()).matches()
                        || germanRole(inside);
                return reads ? i : endsList(inside) ? relativeOpeningList(i, limit) : -1;
            }
            QuotedSpan quoted = c == '”' || c == '"' ? layout.quoteAt(i) : null;
            if (quoted != null && quoted.open() > limit && quoted.close() <= closingComma && quoted.closed()
                    && Character.isLowerCase(layout.text.charAt(quoted.contentStart()))) {
                i = quoted.open(); // "Kovac, who rates the stock “in line”, wrote": a few quoted words inside the aside
                continue;
            }
            boolean innerDot = c == '.' && (!Character.isWhitespace(layout.text.charAt(i + 1)) || abbreviationBefore(i));
            if (ASIDE_ENDS.indexOf(c) >= 0 && !innerDot) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The VDA, whose members include Volkswagen, BMW and Mercedes-Benz, said": the comma at {@code listComma} parts the
     * names a relative clause lists; the comma before that clause's relative word opens the aside. -1 when none does.
     */
    /** "BMW and Mercedes-Benz": names joined by "and" or "or", the last of a list. */
    /**
     * Where the name before letters set off by commas ends ("Dominic Farrell, SC, asked"), for a verb whose subject
     * search stands at {@code p} right after the second comma; -1 when no such letters stand there.
     */
    int postNominalBefore(int p, int regionStart) {
        if (p <= regionStart || layout.text.charAt(p - 1) != ',') {
            return -1;
        }
        int index = layout.firstTokenFrom(p - 1) - 1;
        Token last = index >= 0 ? layout.tokens.get(index) : null;
        boolean set = last != null && last.start() - 2 > regionStart && isSetOffPostNominal(lexicon, layout.text, last);
        return set ? last.start() - 2 : -1;
    }

    /** Whether {@code word} is letters after a name, between two commas ("Dominic Farrell, SC, asked"). */
    static boolean isSetOffPostNominal(Lexicon lexicon, String text, Token word) {
        return lexicon.language().postNominals.contains(word.text()) && word.start() >= 2 && text.startsWith(", ", word.start() - 2)
                && text.startsWith(",", word.end());
    }

    private static boolean endsList(List<Token> inside) {
        return inside.size() >= 3 && inside.stream().anyMatch(t -> t.text().equals("and") || t.text().equals("or"))
                && inside.stream().allMatch(t -> t.isCapitalised() || t.text().equals("and") || t.text().equals("or"));
    }

    private int relativeOpeningList(int listComma, int limit) {
        for (int i = listComma - 1; i >= limit; i--) {
            char c = layout.text.charAt(i);
            if (ASIDE_ENDS.indexOf(c) >= 0) {
                return -1;
            }
            if (c == ',') {
                List<Token> after = layout.tokensIn(i + 1, listComma);
                String lower = after.isEmpty() ? "" : after.get(0).text().toLowerCase(Locale.ROOT);
                if (after.size() > 2 && (lower.equals("whose") || SpeakerPhrase.RELATIVES.contains(lower)) && after.get(0).isLowerCase()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** "Troy, Michigan": the comma at {@code comma}, after a capitalised word, is followed by a state or place alone up to {@code end}. */
    private boolean stateAfterTown(int comma, int end) {
        List<Token> after = layout.tokensIn(comma + 1, end);
        if (after.isEmpty() || after.size() > 3 || comma < 1 || !Character.isLetter(layout.text.charAt(comma - 1))
                || !after.stream().allMatch(Token::isCapitalised)) {
            return false;
        }
        List<Token> before = layout.tokensIn(Math.max(0, comma - 40), comma);
        String place = layout.text.substring(after.get(0).start(), after.getLast().end());
        return !before.isEmpty() && before.getLast().isCapitalised() && (lexicon.isPlace(place) || lexicon.stateNamed(place) != null);
    }

    /** "Kessler, Rand & Co.": the comma at {@code comma} parts two partners' names before an ampersand. */
    private boolean firmPartners(int comma) {
        int next = layout.firstTokenFrom(comma + 1);
        return comma > 0 && Character.isLetter(layout.text.charAt(comma - 1)) && next < layout.tokens.size()
                && layout.tokens.get(next).isCapitalised() && layout.tokens.get(next).start() == comma + 2
                && layout.text.startsWith(" & ", layout.tokens.get(next).end());
    }

    /** "whose church on St. Louis Avenue", "Nicole A. Brandvold": the full stop at {@code dot} closes an abbreviation or an initial. */
    private boolean abbreviationBefore(int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(layout.text.charAt(start - 1))) {
            start--;
        }
        String word = layout.text.substring(start, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || Tokenizer.ABBREVIATIONS.contains(word);
    }

    /** The person named right after a comma at {@code from} and closed by a comma or the end of the clause. */
    Speaker personAfterComma(int from, int regionEnd) {
        int p = from;
        if (p >= layout.text.length() || layout.text.charAt(p) != ',') {
            return null;
        }
        int index = layout.firstTokenFrom(p);
        if (index >= layout.tokens.size() || layout.tokens.get(index).start() >= regionEnd) {
            return null;
        }
        Mention m = actors.at(layout.tokens.get(index).start());
        if (m == null && index + 1 < layout.tokens.size() && lexicon.isTitle(layout.tokens.get(index).text())) {
            m = actors.at(layout.tokens.get(index + 1).start()); // ", Gerichtspräsidentin Cornelia Aschenbrenner,"
            p = layout.tokens.get(index).end() - 1;
        }
        if (m == null || m.entity().type != ActorType.PERSON || !layout.onlySpacesBetween(p + 1, m.start())) {
            return null;
        }
        int after = m.end();
        if (after < layout.text.length() && ",.;\n".indexOf(layout.text.charAt(after)) < 0 && after < regionEnd) {
            return null;
        }
        return new Speaker(m.entity().name, new Span(m.start(), m.end()), SpeakerResolution.EXPLICIT, m.entity());
    }

    /**
     * "Ihr agrarpolitischer Sprecher, der CSU-Europaabgeordnete Matthias Ebersberger, warf …": a spokesman an aside names
     * is no anonymous source, and "One of them, the Oslo-based firm Tarehav Carbon, which runs …, states" is that firm.
     * The name must close its aside (a relative clause ends on its verb); a body counts only after a bare "one of them".
     */
    Speaker namedClosingOne(List<Span> chain, List<Token> phrase) {
        boolean bare = phrase.stream().allMatch(t -> QUANTIFIERS.contains(t.text().toLowerCase(Locale.ROOT)));
        for (Span aside : chain) {
            Speaker named = namedIn(aside.start(), aside.end());
            if (named != null && (named.namesPerson() || bare) && named.span() != null
                    && layout.skipSpacesLeft(aside.end(), aside.start()) == named.span().end()) {
                return named;
            }
        }
        return null;
    }

    /** The first person or body (not a place or thing) named between {@code start} and {@code end}, or null. */
    private Speaker namedIn(int start, int end) {
        for (Token t : layout.tokensIn(start, end)) {
            Mention m = actors.at(t.start());
            if (m != null && m.entity().type != ActorType.OTHER) {
                return new Speaker(m.entity().name, new Span(m.start(), m.end()),
                        SpeakerResolution.EXPLICIT, m.entity());
            }
        }
        return null;
    }

    /**
     * Whether what its sentence holds before {@code comma} is no subject: one word that names no one ("However"), or a
     * fronted phrase ("In a statement made available to journalists", "Speaking to reporters").
     */
    boolean openingAdverbial(int comma) {
        Sentence sentence = layout.sentenceAt(comma);
        List<Token> before = sentence == null ? List.of() : layout.tokensIn(sentence.start(), comma);
        if (before.isEmpty() || actors.at(before.get(0).start()) != null || layout.text.substring(sentence.start(), comma).indexOf(',') >= 0) {
            return false; // ("In the bleachers, Tom Lindqvist, 58, …, said": the words before the first comma only)
        }
        String first = before.get(0).text().toLowerCase(Locale.ROOT);
        return before.size() == 1 && !phrases.isPronoun(first) || language.prepositions.contains(first)
                || language.code.equals("en") && first.endsWith("ing") && before.size() > 1;
    }
}
