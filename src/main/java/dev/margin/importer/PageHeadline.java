package dev.margin.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headline the page itself shows above the article. Publishers often declare another one for sharing
 * (og:title, twitter:title, the JSON-LD headline: shorter, with a site tail, or reworded for social media); the
 * reader cites the one on the page. A candidate must look like a headline, not a logo or a section name: not the
 * outlet's name, inside no header, navigation or footer (unless inside the article), and four words or more, or
 * sharing most of its words with the declared title.
 */
final class PageHeadline {
    private static final Pattern CJK_CHARACTER = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final List<String> CANDIDATES = List.of("[itemprop=headline]", "article h1", "main h1", "h1");

    private PageHeadline() {
    }

    /** The page's own headline, or "" when it shows none that can be trusted. */
    static String of(Document doc, String outlet, String declaredTitle) {
        for (String selector : CANDIDATES) {
            for (Element element : doc.select(selector)) {
                String text = TextNormalizer.htmlInline(element.tagName().equals("meta") ? element.attr("content")
                        : element.text()).strip();
                if (plausible(element, text, outlet, declaredTitle)) {
                    return text;
                }
            }
        }
        return "";
    }

    private static boolean plausible(Element element, String text, String outlet, String declaredTitle) {
        if (text.isEmpty() || text.length() > 300 || text.equalsIgnoreCase(outlet.strip())) {
            return false;
        }
        if (element.closest("nav, footer, aside") != null
                || element.closest("header") != null && element.closest("article, main, [role=main]") == null) {
            return false;
        }
        int words = text.split("\\s+").length;
        // Chinese and Japanese put no spaces between words: eight characters make a headline, not a section name.
        return words >= 4 || CJK_CHARACTER.matcher(text).results().count() >= 8 || sharedWords(text, declaredTitle) >= 0.6;
    }

    /** The share of the candidate's words that the declared title also has. */
    private static double sharedWords(String candidate, String declared) {
        Set<String> declaredWords = new HashSet<>(words(declared));
        List<String> candidateWords = words(candidate);
        if (candidateWords.isEmpty()) {
            return 0;
        }
        return candidateWords.stream().filter(declaredWords::contains).count() / (double) candidateWords.size();
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
