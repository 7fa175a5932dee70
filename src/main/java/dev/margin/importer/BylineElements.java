package dev.margin.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the byline a page shows, by structure rather than per-site rules: the first short element whose class, id or
 * itemprop says byline or author (in the usual languages), or a rel=author link, that is not inside reader
 * comments, replies or widgets, not an avatar's initials, and not an author's biography box.
 */
final class BylineElements {
    private static final Pattern BYLINE_NAME = Pattern.compile(
            "(?i).*(byline|by-line|author|autor|auteur|firma|writer|signature|credit|contributor|dateline-name).*");
    private static final Pattern READER_CONTENT = Pattern.compile(
            "(?i).*(comment|reply|replies|respon|disqus|discussion|forum|reader|user-|avatar|initials|bio\\b|biography"
                    + "|about-the-author|author-box|author-card|newsletter|related|teaser|recommend).*");
    private static final int MAX_CHARS = 160;

    private BylineElements() {
    }

    /** The visible byline's text ("By Jane Doe and Omar Haddad · 8h"), or "" when the page shows none. */
    static String text(Document doc) {
        for (Element element : doc.body() == null ? doc.getAllElements() : doc.body().getAllElements()) {
            if (!namesByline(element) || insideReaderContent(element)) {
                continue;
            }
            String text = TextNormalizer.htmlInline(element.text()).strip();
            if (!text.isEmpty() && text.length() <= MAX_CHARS) {
                return text;
            }
        }
        return "";
    }

    private static boolean namesByline(Element element) {
        if (element.tagName().equals("meta") || element.tagName().equals("link") || element.tagName().equals("img")) {
            return false;
        }
        if (element.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
            return true;
        }
        String marks = element.className() + " " + element.id() + " " + element.attr("itemprop")
                + " " + element.attr("data-testid");
        return BYLINE_NAME.matcher(marks).matches() && !marks.toLowerCase(Locale.ROOT).contains("authority");
    }

    /** Whether the element or an ancestor is a comment, a reader widget, an avatar, a bio box or a teaser. */
    static boolean insideReaderContent(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            String marks = at.className() + " " + at.id();
            if (READER_CONTENT.matcher(marks).matches() || at.tagName().equals("aside") || at.tagName().equals("footer")) {
                return true;
            }
        }
        return false;
    }
}
