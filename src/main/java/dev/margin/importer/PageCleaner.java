package dev.margin.importer;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the page furniture that is never part of an article's reading text: scripts and styles; navigation,
 * asides, footers, forms and figures (with their captions); elements whose role says so; and elements whose
 * class or id names a known kind of boilerplate (cookie/consent banners, share bars, newsletter boxes,
 * related-link lists, ads, comments, bylines and date lines, which Margin keeps as metadata instead).
 *
 * <p>Class and id names are compared as whole tokens split at "-", "_" and spaces, so "ad" matches
 * "ad-slot" but not "header" or "download". The article container itself, html, body, main and article
 * are never removed, whatever their class.
 */
final class PageCleaner {
    private static final Set<String> ALWAYS_REMOVED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "form", "button", "select", "textarea", "input", "nav", "aside", "footer",
            "figure", "figcaption", "dialog", "menu", "link", "meta");
    private static final Set<String> HIDDEN_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
    private static final Set<String> BOILERPLATE_TOKENS = Set.of("ad", "ads", "advert", "adverts", "advertisement",
            "adslot", "sponsor", "sponsored", "promo", "promotion", "share", "sharing", "sharebar", "social", "cookie",
            "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "paywall", "related",
            "recommended", "recirculation", "outbrain", "taboola", "comments", "comment", "breadcrumb", "breadcrumbs",
            "nav", "navbar", "menu", "masthead", "sidebar", "popup", "modal", "toolbar", "byline", "author", "timestamp",
            "caption", "credit", "tags", "topics", "trending", "mostread", "skip", "visuallyhidden", "player", "playlist",
            "like", "likes", "tweet", "talkback", "talkbacks", "discussion", "reprints");
    private static final int COLLAPSED_PROSE_CHARS = 200;
    private static final Set<String> KEPT_TAGS = Set.of("html", "body", "main", "article");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+");

    private PageCleaner() {
    }

    /**
     * Removes boilerplate under {@code root} (not {@code root} itself) and returns the text paragraphs that were
     * removed with it, so that the caller can report them.
     */
    static List<Block> clean(Element root) {
        List<Block> removed = new ArrayList<>();
        List<Element> doomed = new ArrayList<>();
        int rootChars = root.text().length();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != root && isBoilerplate(element)
                        && !holdsMostOfTheText(element, rootChars)) {
                    doomed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element element : doomed) {
            if (BlockCollector.INVISIBLE_TAGS.contains(element.normalName())) {
                element.remove();
            } else {
                // Removed after the walk, leaving a marker of where its text was (DroppedPlaces).
                DroppedPlaces.remove(element, removed);
            }
        }
        StructuralCleaner.clean(root, removed);
        return removed;
    }

    /**
     * On broken pages an unclosed {@code <div id="masthead">} or {@code <nav>} swallows the whole article; an element
     * that holds more than half of the text is therefore never removed for its name alone. Scripts and styles
     * hold no visible text, so they always go.
     */
    private static boolean holdsMostOfTheText(Element element, int rootChars) {
        if (BlockCollector.INVISIBLE_TAGS.contains(element.normalName()) || rootChars == 0) {
            return false;
        }
        return element.text().length() * 2 > rootChars;
    }

    static boolean isBoilerplate(Element element) {
        String tag = element.normalName();
        if (ALWAYS_REMOVED.contains(tag)) {
            return true;
        }
        if (KEPT_TAGS.contains(tag) || element.hasAttr("itemprop") && element.attr("itemprop").equals("articleBody")) {
            return false;
        }
        if (tag.equals("time") && element.closest("header") != null) {
            // The date line under a headline; the date is metadata. Times inside entries (liveblogs) stay.
            return true;
        }
        if (HIDDEN_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if ((element.attr("aria-hidden").equals("true") || element.hasAttr("hidden")) && !isCollapsedProse(element)) {
            return true;
        }
        return hasBoilerplateToken(element.className()) || hasBoilerplateToken(element.id());
    }

    /**
     * The rest of an article behind a "continue reading" button is in the page, only hidden until the click: a hidden
     * element holding {@value #COLLAPSED_PROSE_CHARS} characters of paragraphs, mostly outside links, is that rest.
     * A hidden menu, dialog or screen-reader label holds no such paragraphs.
     */
    private static boolean isCollapsedProse(Element element) {
        int prose = 0;
        for (Element p : element.getElementsByTag("p")) {
            int linked = 0;
            for (Element link : p.getElementsByTag("a")) {
                linked += link.text().length();
            }
            int text = p.text().length();
            if (linked * 2 < text) {
                prose += text;
            }
        }
        return prose >= COLLAPSED_PROSE_CHARS;
    }

    private static boolean hasBoilerplateToken(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String token : TOKEN_SPLIT.split(names.toLowerCase(Locale.ROOT))) {
            if (BOILERPLATE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
