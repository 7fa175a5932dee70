package dev.margin.suggest;

/**
 * Where the words after a closing quotation mark that may attribute it end, for {@link DirectQuoteFinder}: at the next
 * full stop, colon, quotation or paragraph end, but not at the dot of an abbreviation, a middle initial or a state's tag
 * ("…,” said Caroline D. Hensley", "Rep. Travis Odell (R-Tex.) wrote").
 */
final class AttributionReach {
    private final TextLayout layout;
    private final Lexicon lexicon;

    AttributionReach(TextLayout layout, Lexicon lexicon) {
        this.layout = layout;
        this.lexicon = lexicon;
    }

    /** Where the attribution after a quote may run to: the next full stop, colon, quotation or paragraph end. */
    int clauseEnd(int from) {
        String text = layout.text;
        int limit = Math.min(text.length(), from + 200);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            QuotedSpan nickname = i > from ? layout.quoteAt(i) : null;
            if (nickname != null && nickname.open() == i && QuoteShape.isTitle(layout, lexicon, nickname)) {
                i = nickname.close() - 1; // "…,” Chief Executive Harold “Hal” Pruett Jr. said": the name goes on
                continue;
            }
            if (c == '\n' || c == '.' && !endsAbbreviation(i) || c == '!' || c == '?' || c == ';' || c == ':'
                    || c == '“' || c == '«' || c == '„' || c == '"' && i > from) {
                return i;
            }
        }
        return limit;
    }

    private boolean endsAbbreviation(int dot) {
        // (a dot inside a token, or closing it, is no full stop either: "said M.V. Sasidharan", "Sen.")
        int index = layout.firstTokenFrom(dot) - 1;
        return index >= 0 && layout.tokens.get(index).end() >= dot + 1 || isMiddleInitial(layout.text, dot) || closesTag(dot);
    }

    /** "Rep. Travis Odell (R-Tex.) wrote": the dot of a state's abbreviation closing a short tag in brackets. */
    private boolean closesTag(int dot) {
        int open = layout.text.lastIndexOf('(', dot);
        return dot + 1 < layout.text.length() && layout.text.charAt(dot + 1) == ')' && open >= 0 && dot - open <= 12
                && layout.text.substring(open, dot).indexOf(' ') < 0;
    }

    /** "Caroline D. Hensley": one capital between spaces, its dot followed by a capitalised word. */
    private static boolean isMiddleInitial(String text, int dot) {
        return dot >= 2 && dot + 2 < text.length() && Character.isUpperCase(text.charAt(dot - 1)) && text.charAt(dot - 2) == ' '
                && text.charAt(dot + 1) == ' ' && Character.isUpperCase(text.charAt(dot + 2));
    }
}
