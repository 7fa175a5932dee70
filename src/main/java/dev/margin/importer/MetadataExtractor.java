package dev.margin.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news page's metadata from the places publishers put it, first non-empty source wins:
 * <ul>
 *   <li>title: og:title, JSON-LD NewsArticle headline, twitter:title, &lt;title&gt;; an " | Outlet" suffix (or
 *       " - Outlet" / " – Outlet" / " — Outlet" when it names the outlet) is stripped;</li>
 *   <li>byline: JSON-LD author name(s), meta name=author, article:author (unless it is a URL), .byline / [rel=author]
 *       / [itemprop=author] text without a leading "By";</li>
 *   <li>outlet: og:site_name, JSON-LD publisher name, application-name;</li>
 *   <li>date: article:published_time, JSON-LD datePublished, meta name=date / pubdate, the first &lt;time datetime&gt;;
 *       the calendar date as written in the source (no time-zone conversion);</li>
 *   <li>URL: link rel=canonical, og:url, JSON-LD url, else the page's own address when it has one;</li>
 *   <li>language: &lt;html lang&gt;, content-language, JSON-LD inLanguage, og:locale ("en_GB" becomes "en-GB").</li>
 * </ul>
 */
final class MetadataExtractor {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "WebPage");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by)\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+([|\\-–—:]{1,2})\\s+");

    private final ObjectMapper json;

    MetadataExtractor(ObjectMapper json) {
        this.json = json;
    }

    HtmlMetadata extract(Document doc, String pageUrlOrNull) {
        JsonNode ld = articleJsonLd(doc);
        String outlet = first(meta(doc, "og:site_name"), text(ld, "publisher", "name"), meta(doc, "application-name"));
        String title = stripOutletSuffix(first(meta(doc, "og:title"), text(ld, "headline"), meta(doc, "twitter:title"),
                doc.title()), outlet);
        String byline = first(ldAuthors(ld), meta(doc, "author"), notUrl(meta(doc, "article:author")), bylineElement(doc));
        LocalDate date = firstDate(meta(doc, "article:published_time"), text(ld, "datePublished"), meta(doc, "date"),
                meta(doc, "pubdate"), meta(doc, "dc.date"), timeElement(doc));
        String url = first(webAddress(doc.selectFirst("link[rel=canonical]")), webAddress(meta(doc, "og:url")),
                webAddress(text(ld, "url")), pageUrlOrNull == null ? "" : pageUrlOrNull);
        Element html = doc.selectFirst("html");
        String language = first(html == null ? "" : html.attr("lang"), httpEquiv(doc, "content-language"),
                text(ld, "inLanguage"), meta(doc, "og:locale"));
        return new HtmlMetadata(clean(title), clean(byline), clean(outlet), url.isBlank() ? null : url.strip(),
                date, language.strip().replace('_', '-'));
    }

    private static String clean(String text) {
        return TextNormalizer.htmlInline(text);
    }

    /** A meta element's content, looked up by property= or name= (case-insensitive), or "". */
    private static String meta(Document doc, String key) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.attr("property").equalsIgnoreCase(key) || meta.attr("name").equalsIgnoreCase(key)) {
                String content = meta.attr("content");
                if (!content.isBlank()) {
                    return content;
                }
            }
        }
        return "";
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.attr("http-equiv").equalsIgnoreCase(key)) {
                return meta.attr("content");
            }
        }
        return "";
    }

    /** The link's href made absolute against the page's address; "" when that gives no http(s) address. */
    private static String webAddress(Element link) {
        return link == null ? "" : webAddress(link.absUrl("href"));
    }

    /** The value when it is an absolute http(s) address, else "" (a file has no base to resolve "/news/x" against). */
    private static String webAddress(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? value.strip() : "";
    }

    private static String notUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://") ? "" : value;
    }

    private static String bylineElement(Document doc) {
        Element byline = doc.selectFirst(".byline, [rel=author], [itemprop=author], .author-name, .article-author");
        return byline == null ? "" : BY_PREFIX.matcher(TextNormalizer.htmlInline(byline.text())).replaceFirst("");
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("article time[datetime], time[datetime]");
        return time == null ? "" : time.attr("datetime");
    }

    private JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(json.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on real pages; the other metadata sources still apply.
                continue;
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.isObject()) {
            if (isArticleType(node.get("@type"))) {
                return node;
            }
            return findArticle(node.get("@graph"));
        }
        return null;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static String text(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            if (current == null) {
                return "";
            }
            current = current.isArray() && !current.isEmpty() ? current.get(0).get(key) : current.get(key);
        }
        return current == null || !current.isValueNode() ? "" : current.asText();
    }

    private static String ldAuthors(JsonNode ld) {
        if (ld == null || ld.get("author") == null) {
            return "";
        }
        JsonNode author = ld.get("author");
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isTextual() ? one.asText() : one.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return String.join(", ", names);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    private static LocalDate firstDate(String... candidates) {
        for (String candidate : candidates) {
            Matcher matcher = ISO_DATE.matcher(candidate == null ? "" : candidate);
            if (matcher.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                            Integer.parseInt(matcher.group(3)));
                } catch (DateTimeException e) {
                    continue;
                }
            }
        }
        return null;
    }

    /** The parts of a title split at its separators: "Outlet :: Headline" gives "Outlet" and "Headline". */
    static List<String> titleSegments(String title) {
        List<String> segments = new ArrayList<>();
        for (String segment : TITLE_SEPARATOR.split(title)) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
        }
        return segments;
    }

    /** "Headline | Outlet" becomes "Headline"; a dash or colon suffix only goes when it names the outlet. */
    static String stripOutletSuffix(String title, String outlet) {
        String stripped = TextNormalizer.htmlInline(title);
        Matcher matcher = TITLE_SEPARATOR.matcher(stripped);
        List<int[]> separators = new ArrayList<>();
        while (matcher.find()) {
            separators.add(new int[] {matcher.start(), matcher.end(), matcher.group(1).contains("|") ? 1 : 0});
        }
        if (separators.isEmpty()) {
            return stripped;
        }
        int[] last = separators.get(separators.size() - 1);
        String suffix = stripped.substring(last[1]);
        boolean namesOutlet = !outlet.isBlank() && suffix.strip().toLowerCase(Locale.ROOT)
                .equals(TextNormalizer.htmlInline(outlet).toLowerCase(Locale.ROOT));
        boolean pipeSuffix = last[2] == 1 && suffix.length() <= 40;
        return namesOutlet || pipeSuffix ? stripped.substring(0, last[0]) : stripped;
    }
}
