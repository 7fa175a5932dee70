package dev.margin.suggest;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs that are page furniture rather than prose: headlines, bylines, datelines standing
 * alone, "Also read: …" and "Follow us" lines. They hold no reported speech and no claim, and a
 * headline's capitals are no actors' names.
 */
final class Furniture {
    private static final List<String> FURNITURE_STARTS = List.of("also read", "read more", "read also", "related",
            "follow ", "sign up", "subscribe", "reporting by", "editing by", "writing by", "additional reporting",
            "photo", "image", "©", "copyright", "updated", "published", "share this", "advertisement", "watch:",
            "listen:", "by ", "with assistance from", "von ");

    /** A wire dateline opening a paragraph: "ABUJA, March 4 (Meridian Wire) — ", "GENEVA — ", "Feb 4 (Reuters) - ". */
    private static final Pattern DATELINE = Pattern.compile("(?:[A-Z][A-Z.'’ -]{1,30}(?:,[^—–\n]{1,40}| \\([^)\n]{1,30}\\))?"
            + "|[A-Z][a-z]{2,8}\\.? \\d{1,2} \\([^)\n]{1,30}\\)) [—–-]{1,2} ");

    /** An author and a date in brackets closing a paragraph, Der Standard's sign-off: "(Katharina Mittermayr, 20.11.2029)". */
    private static final Pattern SIGN_OFF = Pattern.compile("\\((?:\\p{Lu}[\\p{L}.’'-]+ ){1,3}\\p{Lu}[\\p{L}’'-]+, \\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}\\)\\s*$");

    /** A credit line's close: "… contributed reporting.", "… contributed to this report from Brussels." */
    private static final Pattern CREDIT_LINE = Pattern.compile("\\bcontributed (?:reporting|to this (?:report|story|article))(?: from [^.]{1,40})?\\.?$");

    /** A liveblog entry's time stamp: "14:05 — ". */
    private static final Pattern TIME_STAMP = Pattern.compile("\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})? ?[—–-]{1,2} ");

    private final BitSet furniture = new BitSet();
    private final BitSet marked = new BitSet();
    private final BitSet notActorText = new BitSet();
    private final BitSet headline = new BitSet();

    Furniture(TextLayout layout) {
        String text = layout.text;
        int paragraph = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            classify(layout, paragraph, start, end);
            if (marked.get(paragraph)) {
                notActorText.set(start, end);
            }
            Matcher dateline = DATELINE.matcher(text).region(start, end);
            if (dateline.lookingAt()) {
                notActorText.set(start, dateline.end());
            }
            Matcher signOff = SIGN_OFF.matcher(text).region(start, end);
            if (signOff.find()) {
                notActorText.set(signOff.start(), signOff.end());
            }
            paragraph++;
            start = end + 1;
        }
    }

    private void classify(TextLayout layout, int paragraph, int start, int end) {
        String line = layout.text.substring(start, end).strip();
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("(") || lower.startsWith("—")) {
            lower = lower.substring(1); // ("—With assistance from …", Bloomberg's credit line)
        }
        for (String marker : FURNITURE_STARTS) {
            // (a byline is short: "By Ama Mensah", "Von Clara Weidinger", not "Von den 30 Beschäftigten …")
            boolean byline = marker.equals("by ") || marker.equals("von ");
            if (lower.startsWith(marker) && (!byline || line.length() < 80 && !(marker.equals("von ") && endsLikeProse(line)))) {
                furniture.set(paragraph);
                marked.set(paragraph);
                return;
            }
        }
        if (line.length() < 200 && CREDIT_LINE.matcher(line).find()) {
            // "Marianne Oosterlinck contributed reporting.", "Associated Press writer Carla Duvenage in Wichita
            // contributed to this report.": the reporters named are no actors of the story
            furniture.set(paragraph);
            marked.set(paragraph);
            return;
        }
        if (line.isEmpty() || endsLikeProse(line)) {
            return;
        }
        List<Token> tokens = layout.tokensIn(start, end);
        if (tokens.size() < 25) {
            furniture.set(paragraph);
            int capitalised = 0;
            int longWords = 0;
            for (Token t : tokens) {
                if (t.text().length() >= 4) {
                    longWords++;
                    if (t.isCapitalised()) {
                        capitalised++;
                    }
                }
            }
            if (longWords >= 3 && capitalised * 10 >= longWords * 7) {
                headline.set(paragraph);
            }
        }
    }

    /**
     * A line ending in a full stop, a question or a colon, or in any closing quotation mark after one: German
     * „…“ and »…« close with “ and «, typewriter copy with '' ("…,'' she said." ends in a full stop, but
     * "Er sagte: „Wir prüfen das.“" does not).
     */
    private static boolean endsLikeProse(String line) {
        return ".!?:…”“\"’'»«›‹".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * Offsets where names are no actors of the story: bylines, credits, "Also read" lines and datelines.
     */
    BitSet notActorText() {
        return (BitSet) notActorText.clone();
    }

    /** Where the prose of a sentence starting at {@code start} begins, after a dateline or a time stamp. */
    static int skipLeadIn(String text, int start, int end) {
        Matcher dateline = DATELINE.matcher(text).region(start, end);
        if (dateline.lookingAt()) {
            return dateline.end();
        }
        Matcher stamp = TIME_STAMP.matcher(text).region(start, end);
        return stamp.lookingAt() ? stamp.end() : start;
    }

    boolean isFurniture(int paragraph) {
        return furniture.get(paragraph);
    }

    /** A title-case headline, whose capitals say nothing about names. */
    boolean isHeadline(int paragraph) {
        return headline.get(paragraph);
    }

    /** "KÖLN – …", "PORT ELLIS (Wire) — …": the place a story was filed from, in capitals at a paragraph's start. */
    /** Where a wire dateline opening the paragraph at {@code paragraphStart} ends ("ANKENY, Iowa — "), or -1 when none does. */
    static int datelineEnd(String text, int paragraphStart) {
        int end = text.indexOf('\n', paragraphStart);
        Matcher dateline = DATELINE.matcher(text).region(paragraphStart, end < 0 ? text.length() : end);
        return dateline.lookingAt() ? dateline.end() : -1;
    }

    static boolean isDateline(String text, Token acronym) {
        if (acronym.text().length() < 4 || acronym.start() > 0 && text.charAt(acronym.start() - 1) != '\n') {
            return false;
        }
        int p = acronym.end();
        while (p < text.length() && (text.charAt(p) == ' ' || Character.isUpperCase(text.charAt(p)))) {
            p++;
        }
        if (p + 2 < text.length() && text.charAt(p) == ',') {
            // "LAGOS, March 3", "KYIV, Ukraine": a date or a place follows; "PGMOL, the body responsible …" is an aside
            return Character.isUpperCase(text.charAt(p + 2)) || Character.isDigit(text.charAt(p + 2));
        }
        return p < text.length() && "–—(".indexOf(text.charAt(p)) >= 0;
    }
}
