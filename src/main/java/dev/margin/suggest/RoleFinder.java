package dev.margin.suggest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the role a text gives a person around the name: lower-case words before it ("transport minister
 * Ada Obi") or an apposition after it ("Ada Obi, a professor at Lagos University, said").
 */
final class RoleFinder {
    /** Words that end a role read backwards from a name. */
    private static final Set<String> ROLE_STOPS = Set.of("the", "a", "an", "said", "says", "and", "or", "but", "of", "to",
            "by", "with", "from", "that", "as", "at", "in", "on", "for", "told", "who", "when", "while", "after", "before",
            "his", "her", "their", "its", "according");
    static final Set<String> ROLE_HEADS = Set.of("minister", "secretary", "president", "spokesman", "spokeswoman",
            "spokesperson", "leader", "chief", "director", "professor", "economist", "analyst", "governor", "senator",
            "chairman", "chairwoman", "chair", "executive", "lawyer", "judge", "mayor", "ambassador", "commissioner",
            "envoy", "adviser", "advisor", "official", "coach", "founder", "editor", "researcher", "scientist",
            "historian", "author", "activist", "campaigner", "manager", "officer", "head", "lawmaker", "legislator",
            "candidate", "prosecutor", "attorney", "general", "counsel", "strategist", "commander", "mp", "councillor",
            "auditor", "regulator", "doctor", "nurse", "teacher", "farmer", "trader", "owner", "expert", "negotiator",
            "resident", "student", "worker", "physician", "engineer", "pilot", "captain", "cleric", "imam", "pastor",
            "drummer", "guitarist", "bassist", "singer", "keyboardist", "pianist", "producer", "songwriter", "composer",
            "conductor", "actor", "actress", "comedian", "novelist", "poet", "broadcaster", "presenter", "journalist",
            "reporter", "photographer", "designer", "architect", "chef", "dancer", "rapper", "landlady", "landlord",
            "publican", "vicar", "shopkeeper", "headteacher", "headmaster", "headmistress", "midwife", "paramedic",
            "firefighter", "volunteer", "organiser", "organizer", "pensioner", "retiree", "fisherman", "baker", "butcher",
            "quarterback", "linebacker", "cornerback", "receiver", "kicker", "striker", "midfielder", "defender", "goalkeeper",
            "winger", "batsman", "bowler", "jockey", "regent", "trustee", "councilman", "councilwoman", "alderman", "supervisor",
            "sheriff", "trooper", "detective", "chaplain", "bishop", "rabbi", "priest", "superintendent", "provost",
            "chancellor", "treasurer", "clerk", "coroner", "warden", "inspector", "constable", "pollster", "vice-president",
            "vice-chair", "vice-chairman", "vice-chairwoman", "lecturer", "consultant", "fellow");
    private static final int MAX_APPOSITION = 90;

    private RoleFinder() {
    }

    /** Lower-case role words ending in a role noun just before the name at {@code nameStart}, or null. */
    static String roleBefore(TextLayout layout, int nameStart) {
        int index = layout.firstTokenFrom(nameStart) - 1;
        int owner = index >= 0 && layout.tokens.get(index).possessive() && layout.tokens.get(index).isCapitalised() ? index : -1;
        while (owner > 0 && layout.tokens.get(owner - 1).isCapitalised() && layout.onlySpacesBetween(layout.tokens.get(owner - 1).end(),
                layout.tokens.get(owner).start())) {
            owner--;
        }
        if (owner > 0 && layout.tokens.get(owner - 1).text().equals("the")) {
            owner--;
        }
        if (owner > 0 && layout.text.startsWith(", ", layout.tokens.get(owner).start() - 2)) {
            // "the first minister, Sinn Féin's Orla Devine", "the deputy first minister, the DUP's Karen Gilmore": the party
            // owning the name stands between the role and the person
            return roleBefore(layout, layout.tokens.get(owner).start());
        }
        int roleStart = -1;
        int roleEnd = -1;
        int taken = 0;
        int boundary = nameStart;
        if (index >= 0 && nameStart >= 2 && layout.text.startsWith(", ", nameStart - 2)) {
            // "Redbridge’s head coach, Tomasz Wrona, said": the role in front, set off by a comma
            boundary = nameStart - 2;
            String titled = titledRoleBefore(layout, index);
            if (titled != null) {
                return titled;
            }
            String placed = roleOfPlaceBefore(layout, index);
            if (placed != null) {
                return placed;
            }
        }
        while (index >= 0 && taken < 4) {
            Token t = layout.tokens.get(index);
            if (!t.isLowerCase() || ROLE_STOPS.contains(t.text()) || !layout.onlySpacesBetween(t.end(), boundary)
                    || t.possessive()) {
                break;
            }
            if (taken == 0) {
                if (!ROLE_HEADS.contains(t.text())) {
                    return null;
                }
                roleEnd = t.end();
            }
            roleStart = t.start();
            boundary = t.start();
            taken++;
            index--;
        }
        return roleStart < 0 ? null : layout.text.substring(roleStart, roleEnd);
    }

    /** Prepositions between a role's noun and the place or body it serves ("coroner for Northamptonshire"). */
    private static final Set<String> ROLE_PLACES = Set.of("for", "of", "at", "in", "with");

    /**
     * "the assistant coroner for Northamptonshire, Helen Garside": a role's noun, a preposition and the capitalised name
     * of where the role is held, before the comma at token {@code last}; null when the words there are no such role.
     */
    private static String roleOfPlaceBefore(TextLayout layout, int last) {
        int k = last;
        while (k >= 0 && k > last - 4 && layout.tokens.get(k).isCapitalised() && !layout.tokens.get(k).possessive()) {
            k--;
        }
        if (k == last || k < 1 || !ROLE_PLACES.contains(layout.tokens.get(k).text()) || !ROLE_HEADS.contains(layout.tokens.get(k - 1).text())) {
            return null;
        }
        int start = k - 1;
        // ("assistant coroner", "chief medical officer": the lower-case words before the noun are the role's too)
        while (start > 0 && start > k - 3 && layout.tokens.get(start - 1).isLowerCase() && !ROLE_STOPS.contains(layout.tokens.get(start - 1).text())
                && layout.onlySpacesBetween(layout.tokens.get(start - 1).end(), layout.tokens.get(start).start())) {
            start--;
        }
        return layout.text.substring(layout.tokens.get(start).start(), layout.tokens.get(last).end());
    }

    /** Lower-case words that join the capitalised words of a post's name ("Minister of State for Rural Affairs"). */
    private static final Set<String> POST_JOINERS = Set.of("of", "for", "and", "the");

    /**
     * "the outgoing Minister of State for Rural Affairs, Declan Furlong": a post written with capitals before the comma
     * at token {@code last}, opening with a role's noun; null when the words there are no such post.
     */
    private static String titledRoleBefore(TextLayout layout, int last) {
        String role = null;
        for (int k = last; k >= 0 && k > last - 9; k--) {
            Token t = layout.tokens.get(k);
            if (k < last && !layout.onlySpacesBetween(t.end(), layout.tokens.get(k + 1).start())
                    || !t.isCapitalised() && !POST_JOINERS.contains(t.text()) || t.possessive()) {
                break;
            }
            if (t.isCapitalised() && ROLE_HEADS.contains(t.text().toLowerCase(Locale.ROOT))) {
                role = layout.text.substring(t.start(), layout.tokens.get(last).end());
            }
        }
        return role != null && Character.isUpperCase(layout.tokens.get(last).text().charAt(0)) ? role : null;
    }

    /** The apposition after a name: ", a professor at Lagos University," gives "professor at Lagos University". */
    static String appositionAfter(TextLayout layout, int nameEnd) {
        String text = layout.text;
        if (nameEnd + 2 >= text.length() || text.charAt(nameEnd) != ',' || text.charAt(nameEnd + 1) != ' ') {
            return null;
        }
        int start = nameEnd + 2;
        int limit = Math.min(text.length(), start + MAX_APPOSITION);
        int end = start;
        while (end < limit && (",;.\n“”\"(".indexOf(text.charAt(end)) < 0 || text.charAt(end) == '.' && layout.insideToken(end))) {
            end++; // (", chief U.S. economist at Carraway Securities,": an abbreviation's dots end nothing)
        }
        // (an apposition may close the sentence: "Among those in the front rows was Lloyd Kessler, a 68-year-old farmer.")
        if (end >= limit || text.charAt(end) != ',' && !(text.charAt(end) == '.' && closesParagraphOrSentence(text, end))) {
            return null;
        }
        List<Token> words = layout.tokensIn(start, end);
        if (words.isEmpty() || text.charAt(end) == '.' && words.getLast().isLowerCase() && !ROLE_HEADS.contains(words.getLast().text())) {
            return null; // (not "from Isabela and Cagayan, a department official said.": that is a clause with its verb)
        }
        String first = words.get(0).text();
        boolean article = first.equals("a") || first.equals("an") || first.equals("the");
        boolean headFirst = words.get(0).isLowerCase() && ROLE_HEADS.contains(first);
        boolean possessive = words.get(0).possessive() || words.size() > 1 && words.get(1).possessive() && words.get(1).isCapitalised();
        if (!article && !headFirst && !possessive) {
            return null;
        }
        boolean hasHead = words.stream().map(w -> w.text().toLowerCase(Locale.ROOT))
                .anyMatch(w -> ROLE_HEADS.contains(w) || w.endsWith("s") && ROLE_HEADS.contains(w.substring(0, w.length() - 1)));
        if (!hasHead) {
            return null;
        }
        int from = article ? words.get(1 < words.size() ? 1 : 0).start() : words.get(0).start();
        return text.substring(from, end);
    }

    /** Whether the full stop at {@code dot} ends its paragraph or is followed by a new sentence's capital. */
    private static boolean closesParagraphOrSentence(String text, int dot) {
        return dot + 1 >= text.length() || text.charAt(dot + 1) == '\n'
                || dot + 2 < text.length() && text.charAt(dot + 1) == ' ' && Character.isUpperCase(text.charAt(dot + 2));
    }

    /** True when a reporting verb (or "told") follows the token, directly or after an auxiliary or an apposition. */
    static boolean reportingVerbFollows(TextLayout layout, Lexicon lexicon, Token token) {
        int next = layout.firstTokenFrom(token.end());
        if (next < layout.tokens.size() && layout.onlySpacesBetween(token.end(), layout.tokens.get(next).start())) {
            Token after = layout.tokens.get(next);
            // "Météo-France a indiqué", "Quercus tem dito": past the auxiliary
            Token verb = isAuxiliary(lexicon, after) && next + 1 < layout.tokens.size()
                    && layout.onlySpacesBetween(after.end(), layout.tokens.get(next + 1).start()) ? layout.tokens.get(next + 1) : after;
            if (lexicon.reportingVerb(after.text()) != null || lexicon.reportingVerb(verb.text()) != null) {
                return true;
            }
        }
        return appositionAfter(layout, token.end()) != null || reportingVerbBefore(layout, lexicon, token)
                || reportingVerbAfterRelative(layout, lexicon, token);
    }

    private static boolean isAuxiliary(Lexicon lexicon, Token token) {
        return lexicon.language().auxiliaries.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** "Republicans, who had demanded deeper cuts, said …": a relative clause between the name and its verb. */
    private static boolean reportingVerbAfterRelative(TextLayout layout, Lexicon lexicon, Token token) {
        String text = layout.text;
        if (!text.startsWith(", who ", token.end())) {
            return false;
        }
        int comma = text.indexOf(',', token.end() + 6);
        if (comma < 0 || comma - token.end() > MAX_APPOSITION || text.substring(token.end(), comma).contains(".")) {
            return false;
        }
        int next = layout.firstTokenFrom(comma + 1);
        return next < layout.tokens.size() && lexicon.reportingVerb(layout.tokens.get(next).text()) != null
                && layout.onlySpacesBetween(comma + 1, layout.tokens.get(next).start());
    }

    /** "», a indiqué Météo-France", "«, sagte Verdi": the name right after a verb of saying (and its auxiliary) after a comma. */
    private static boolean reportingVerbBefore(TextLayout layout, Lexicon lexicon, Token token) {
        int before = layout.firstTokenFrom(token.start()) - 1;
        if (before < 1) {
            return false;
        }
        Token verb = layout.tokens.get(before);
        Token previous = layout.tokens.get(before - 1);
        int clauseStart = isAuxiliary(lexicon, previous) ? previous.start() : verb.start();
        int p = clauseStart - 1;
        while (p >= 0 && Character.isWhitespace(layout.text.charAt(p))) {
            p--;
        }
        return layout.onlySpacesBetween(verb.end(), token.start()) && lexicon.reportingVerb(verb.text()) != null
                && p >= 0 && layout.text.charAt(p) == ',';
    }
}
