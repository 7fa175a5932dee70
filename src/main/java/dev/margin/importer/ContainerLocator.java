package dev.margin.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the element that holds a page's article text without running Readability4j, which costs about ten times
 * as much on a heavy page. Two cheap rules, each tried by the extractor before the fallback:
 * <ol>
 *   <li>{@link #marked}: the container the page marks itself: the common ancestor of its {@code articleBody}
 *       blocks, grown to the enclosing {@code <article>} (so a standfirst or an opening beside the body is kept),
 *       else the {@code <article>} with the most paragraph text (or, when sibling articles hold paragraphs too, as a
 *       live blog's posts do, their parent), else {@code <main>} / {@code [role=main]}; grown to take in the page's
 *       headline when a long-form hero holds it and the story's opening;</li>
 *   <li>{@link #densest}: on a cleaned page, the element under which the paragraphs are, scored the way Readability
 *       scores them: each {@code <p>}'s text outside links counts fully for its parent and half for its grandparent.
 *       The winner is trusted only when it holds at least half of all such paragraph text on the page and is not
 *       the whole page, so a page whose text is spread out or not in paragraphs goes to Readability4j. When the
 *       winner is one of several look-alike parts of the story, their parent is the container; a lead paragraph in
 *       its own block just before it is found by {@link #leadBefore}.</li>
 * </ol>
 */
final class ContainerLocator {
    private static final int FEED_POST_CHARS = 60;
    private static final int LEAD_CHARS = 80;
    private static final int MAX_LEAD_BLOCKS = 2;

    private ContainerLocator() {
    }

    static Element marked(Document doc) {
        Element marked = markedBody(doc);
        return marked == null ? null : widenedToHeadline(marked, doc);
    }

    /**
     * Several {@code articleBody} blocks (an article split around ads) count as one: their closest common ancestor.
     * The body sits inside the article it belongs to, with its standfirst and opening paragraphs beside it: when an
     * {@code <article>} or a schema.org Article element encloses the body, that is the container.
     */
    private static Element markedBody(Document doc) {
        Elements bodies = doc.select("[itemprop=articleBody], [property=articleBody]");
        if (!bodies.isEmpty()) {
            Element common = bodies.get(0);
            for (Element body : bodies) {
                common = commonAncestor(common, body);
            }
            if (common == null || isPageRoot(common)) {
                return bodies.get(0);
            }
            for (Element ancestor = common; ancestor != null && !isPageRoot(ancestor); ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("article") || ancestor.attr("itemtype").endsWith("Article")) {
                    return ancestor;
                }
            }
            return common;
        }
        Element best = richest(doc.getElementsByTag("article"));
        if (best != null) {
            return feedAround(best);
        }
        return richest(doc.select("main, [role=main]"));
    }

    /**
     * A live blog or a story told in numbered parts puts every post in an {@code <article>} of its own, side by side:
     * when the richest article has at least two sibling articles that also hold paragraphs, and together they hold at
     * least half as much as it does, the story is their parent. Teaser cards beside a story hold next to no
     * paragraph text outside their links, so they never make a feed.
     */
    private static Element feedAround(Element article) {
        Element parent = article.parent();
        if (parent == null || isPageRoot(parent)) {
            return article;
        }
        int siblings = 0;
        int siblingChars = 0;
        for (Element sibling : parent.children()) {
            if (sibling != article && sibling.normalName().equals("article")) {
                int chars = paragraphChars(sibling);
                if (chars >= FEED_POST_CHARS) {
                    siblings++;
                    siblingChars += chars;
                }
            }
        }
        return siblings >= 2 && siblingChars * 2 >= paragraphChars(article) ? parent : article;
    }

    /**
     * The paragraphs just before a container found by density that belong to it: a standfirst or lead paragraph that
     * the page keeps in a block of its own before the body. A block qualifies when nearly all its text is paragraphs
     * outside links; the walk back stops at the first block that does not (the headline, a byline, a picture).
     */
    static List<Element> leadBefore(Element container) {
        List<Element> lead = new ArrayList<>();
        for (Element sibling = container.previousElementSibling(); sibling != null && lead.size() < MAX_LEAD_BLOCKS;
                sibling = sibling.previousElementSibling()) {
            int text = sibling.text().length();
            if (text == 0) {
                continue;
            }
            int chars = paragraphChars(sibling);
            if (chars < LEAD_CHARS || chars * 10 < text * 9 || !sibling.getElementsByTag("h1").isEmpty()) {
                break;
            }
            lead.addFirst(sibling);
        }
        return lead;
    }

    /**
     * A long-form page puts the headline and the story's opening in a hero block before the article element. When
     * the container lacks the page's only {@code <h1>}, it grows to the nearest ancestor holding it, as long as that
     * adds less paragraph text than the container has (so it never swallows another story or the whole page).
     */
    private static Element widenedToHeadline(Element container, Document doc) {
        Elements headlines = doc.getElementsByTag("h1");
        if (headlines.size() != 1 || container.getElementsByTag("h1").size() == 1) {
            return container;
        }
        Element wider = commonAncestor(container, headlines.get(0));
        if (wider == null || isPageRoot(wider)) {
            return container;
        }
        int inside = paragraphChars(container);
        return paragraphChars(wider) - inside < inside ? wider : container;
    }

    private static Element commonAncestor(Element a, Element b) {
        java.util.Set<Element> ancestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = a; e != null; e = e.parent()) {
            ancestors.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (ancestors.contains(e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean isPageRoot(Element element) {
        String tag = element.normalName();
        return tag.equals("body") || tag.equals("html") || tag.equals("#root");
    }

    private static int paragraphChars(Element element) {
        int chars = 0;
        for (Element p : element.getElementsByTag("p")) {
            chars += textOutsideLinks(p);
        }
        return chars;
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
        if (hasLookAlikeSiblingWithParagraphs(best) && best.parent() != root && !isPageRoot(best.parent())) {
            // The story is cut into look-alike parts (around ads, for example): the densest part is only one of them.
            best = best.parent();
        }
        int inside = 0;
        for (Element p : best.getElementsByTag("p")) {
            inside += textOutsideLinks(p);
        }
        return inside * 2 >= total ? best : null;
    }

    private static boolean hasLookAlikeSiblingWithParagraphs(Element element) {
        if (element.parent() == null) {
            return false;
        }
        for (Element sibling : element.parent().children()) {
            if (sibling != element && sibling.normalName().equals(element.normalName())
                    && sibling.className().equals(element.className()) && paragraphChars(sibling) > 0) {
                return true;
            }
        }
        return false;
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
