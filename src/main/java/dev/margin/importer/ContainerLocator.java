package dev.margin.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Finds the element that holds a page's article text without running Readability4j, which costs about ten times
 * as much on a heavy page. Two cheap rules, each tried by the extractor before the fallback:
 * <ol>
 *   <li>{@link #marked}: the container the page marks itself: {@code [itemprop=articleBody]}, else the
 *       {@code <article>} with the most paragraph text, else {@code <main>} / {@code [role=main]};</li>
 *   <li>{@link #densest}: on a cleaned page, the element under which the paragraphs are, scored the way Readability
 *       scores them: each {@code <p>}'s text outside links counts fully for its parent and half for its grandparent.
 *       The winner is trusted only when it holds at least half of all such paragraph text on the page and is not
 *       the whole page, so a page whose text is spread out or not in paragraphs goes to Readability4j.</li>
 * </ol>
 */
final class ContainerLocator {
    private ContainerLocator() {
    }

    static Element marked(Document doc) {
        Element body = doc.selectFirst("[itemprop=articleBody]");
        if (body != null) {
            return body;
        }
        Element best = richest(doc.getElementsByTag("article"));
        if (best != null) {
            return best;
        }
        return richest(doc.select("main, [role=main]"));
    }

    static Element densest(Element root) {
        Map<Element, Integer> scores = new IdentityHashMap<>();
        int total = 0;
        for (Element p : root.getElementsByTag("p")) {
            int chars = textOutsideLinks(p);
            if (chars == 0 || p.parent() == null) {
                continue;
            }
            total += chars;
            scores.merge(p.parent(), chars * 2, Integer::sum);
            Element grandparent = p.parent().parent();
            if (grandparent != null) {
                scores.merge(grandparent, chars, Integer::sum);
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        if (best == null || best == root || best.normalName().equals("body") || best.normalName().equals("html")) {
            return null;
        }
        int inside = 0;
        for (Element p : best.getElementsByTag("p")) {
            inside += textOutsideLinks(p);
        }
        return inside * 2 >= total ? best : null;
    }

    private static Element richest(Elements candidates) {
        Element best = null;
        int bestChars = 0;
        for (Element candidate : candidates) {
            int chars = 0;
            for (Element p : candidate.getElementsByTag("p")) {
                chars += p.text().length();
            }
            if (chars > bestChars) {
                best = candidate;
                bestChars = chars;
            }
        }
        return best;
    }

    /** A teaser's standfirst is a paragraph inside a link: it counts for nothing. */
    private static int textOutsideLinks(Element p) {
        if (p.closest("a") != null) {
            return 0;
        }
        int chars = p.text().length();
        for (Element link : p.getElementsByTag("a")) {
            chars -= link.text().length();
        }
        return Math.max(0, chars);
    }
}
