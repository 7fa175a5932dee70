package dev.margin.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into word and number tokens in one pass, without regular expressions: letters and digits,
 * joined by inner hyphens ("al-Sisi"), inner apostrophes ("don’t", "O’Brien"), inner dots ("U.S.") and
 * the separators inside numbers ("4,500", "3.2"). A trailing possessive "’s" is split off.
 */
final class Tokenizer {
    /** Abbreviations that keep their full stop, so that no sentence ends after them. */
    static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Gen",
            "Col", "Capt", "Sgt", "Lt", "Rev", "Jr", "Sr", "Inc", "Ltd", "Corp", "Co", "No", "Nos", "vs", "etc", "approx",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "a.m", "p.m",
            "e.g", "i.e", "U.S", "U.K", "U.N", "Nr", "Mio", "Mrd", "Tsd", "ca", "bzw", "vgl", "Abs", "rd", "inkl", "ggf", "Mag",
            "evtl", "Bgm", "Maj", "Adm", "Cmdr", "Det", "Cpl", "Pvt", "Supt", "Insp", "Atty");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean possessive = false;
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if (isApostrophe(c) && i + 1 < n && Character.isUpperCase(text.charAt(i + 1)) && i - start <= 4
                        && Character.isLowerCase(text.charAt(start))) {
                    // "l’Arpae", "dell’Economia", "d’Azur": the elided article is a word of its own before a name
                    break;
                } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                            && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                        possessive = true;
                        break;
                    }
                    i++;
                } else if ((c == '-' || c == '.' && Character.isLetter(text.charAt(i - 1))) && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                } else if ((c == ',' || c == '.') && Character.isDigit(text.charAt(i - 1)) && i + 1 < n
                        && Character.isDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            if (end < n && text.charAt(end) == '.' && (ABBREVIATIONS.contains(text.substring(start, end)) || isInitialism(text, start, end))) {
                end++;
            }
            tokens.add(new Token(start, end, text.substring(start, end), possessive));
            i = possessive ? end + 2 : end;
        }
        return tokens;
    }

    /** "F.A.A", "N.D", "W.Va": capitals with a dot between each, whose closing dot belongs to them as U.S.'s does. */
    private static boolean isInitialism(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start)) || text.indexOf('.', start) < 0 || text.indexOf('.', start) >= end) {
            return false;
        }
        int segment = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            segment = c == '.' ? 0 : segment + 1;
            if (segment > 2 || c != '.' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
