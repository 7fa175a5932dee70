package dev.margin.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a news page's metadata from the places publishers put it, in a fixed order (the first source that gives
 * something usable wins; docs/IMPORT-METADATA.md lists the order and why):
 * <ul>
 *   <li>title: the headline on the page (itemprop=headline, the article's h1, a lone h1 outside the header) when
 *       there is one, since og:title and the JSON-LD headline are often a social-media variant; else og:title,
 *       JSON-LD headline, twitter:title, &lt;title&gt;; an " | Outlet" suffix (or " - Outlet" / " – Outlet" /
 *       " — Outlet" when it names the outlet) is stripped;</li>
 *   <li>authors: JSON-LD author (names, Person objects, lists, {@code @id} references, CDATA-wrapped blocks), meta
 *       name=author (every non-empty one), {@code byl}, article:author (unless a URL), Dublin Core creator, itemprop=author
 *       (a non-empty meta content or its itemprop=name), rel=author, then visible byline elements outside comments and
 *       reader widgets; names cleaned by {@link AuthorNames}, several kept, joined with ", ";</li>
 *   <li>outlet: og:site_name, JSON-LD publisher name, application-name;</li>
 *   <li>date: the published date, never the modified one: JSON-LD datePublished, article:published_time, itemprop=
 *       datePublished, meta date / pubdate / DC.date / dcterms.issued / dcterms.created, time[pubdate], then the first
 *       &lt;time datetime&gt; not marked as an update; the calendar date as written in the source (no time-zone
 *       conversion), with the time of day and its offset when the same value gives both;</li>
 *   <li>URL: link rel=canonical, og:url, JSON-LD url, else the page's own address when it has one;</li>
 *   <li>language: &lt;html lang&gt;, content-language, JSON-LD inLanguage, og:locale ("en_GB" becomes "en-GB").</li>
 * </ul>
 */
final class MetadataExtractor {
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_TIME = Pattern.compile(
            "^\\s*\\d{4}-\\d{2}-\\d{2}[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|z|[+-]\\d{2}:?\\d{2})\\s*$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+([|\\-–—:]{1,2})\\s+");

    private final ObjectMapper json;

    MetadataExtractor(ObjectMapper json) {
        this.json = json;
    }

    HtmlMetadata extract(Document doc, String pageUrlOrNull) {
        JsonLdArticle ld = JsonLdArticle.of(doc, json);
        String outlet = first(meta(doc, "og:site_name"), ld.publisherName(), meta(doc, "application-name"));
        String declaredTitle = stripOutletSuffix(first(meta(doc, "og:title"), ld.text("headline"),
                meta(doc, "twitter:title"), doc.title()), outlet);
        String title = first(PageHeadline.of(doc, outlet, declaredTitle), declaredTitle);
        String byline = AuthorNames.joined(authors(doc, ld, clean(outlet)));
        String dated = firstDated(ld.text("datePublished"), meta(doc, "article:published_time"),
                itemprop(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"), meta(doc, "dcterms.issued"), meta(doc, "dcterms.created"),
                attribute(doc.selectFirst("time[pubdate][datetime]"), "datetime"), timeElement(doc));
        LocalDate date = dateOf(dated);
        String url = first(webAddress(doc.selectFirst("link[rel=canonical]")), webAddress(meta(doc, "og:url")),
                webAddress(ld.text("url")), pageUrlOrNull == null ? "" : pageUrlOrNull);
        Element html = doc.selectFirst("html");
        String language = first(html == null ? "" : html.attr("lang"), httpEquiv(doc, "content-language"),
                ld.text("inLanguage"), meta(doc, "og:locale"));
        return new HtmlMetadata(clean(title), clean(byline), clean(outlet), url.isBlank() ? null : url.strip(),
                date, language.strip().replace('_', '-'), date == null ? null : timeOf(dated));
    }

    /** The first source, in the documented order, that names at least one author. */
    private static List<String> authors(Document doc, JsonLdArticle ld, String outlet) {
        List<List<String>> sources = List.of(
                ld.authorNames().stream().flatMap(name -> AuthorNames.from(name, outlet).stream()).toList(),
                AuthorNames.from(String.join(", ", metas(doc, "author")), outlet),
                AuthorNames.from(meta(doc, "byl"), outlet),
                AuthorNames.from(notUrl(meta(doc, "article:author")), outlet),
                AuthorNames.from(first(meta(doc, "dc.creator"), meta(doc, "dcterms.creator")), outlet),
                AuthorNames.from(itempropAuthors(doc), outlet),
                AuthorNames.from(BylineElements.text(doc), outlet));
        for (List<String> names : sources) {
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** Every itemprop=author's name: a meta's non-empty content, a nested itemprop=name, or the element's text. */
    private static String itempropAuthors(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element author : doc.select("[itemprop~=^author$]")) {
            if (BylineElements.insideReaderContent(author)) {
                continue;
            }
            Element name = author.selectFirst("[itemprop=name]");
            String value = author.tagName().equals("meta") ? author.attr("content")
                    : name != null ? first(name.attr("content"), name.text()) : author.text();
            if (!value.isBlank()) {
                names.add(value);
            }
        }
        return String.join(", ", names);
    }

    private static String itemprop(Document doc, String property) {
        for (Element element : doc.select("[itemprop=" + property + "]")) {
            String value = first(element.attr("content"), element.attr("datetime"), element.text());
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String attribute(Element element, String name) {
        return element == null ? "" : element.attr(name);
    }

    /** Every non-empty meta content under a name, in page order. */
    private static List<String> metas(Document doc, String key) {
        List<String> values = new ArrayList<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            if ((meta.attr("property").equalsIgnoreCase(key) || meta.attr("name").equalsIgnoreCase(key))
                    && !meta.attr("content").isBlank()) {
                values.add(meta.attr("content"));
            }
        }
        return values;
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

    /** The first time element's datetime that is not marked as an update ("updated", "modified", "aktualisiert"). */
    private static String timeElement(Document doc) {
        for (Element time : doc.select("article time[datetime], time[datetime]")) {
            String marks = (time.className() + " " + time.attr("itemprop") + " " + time.parent().className() + " "
                    + time.parent().ownText()).toLowerCase(Locale.ROOT);
            if (!marks.matches("(?s).*(modif|updat|aktualisiert|mis à jour|actualiza).*")) {
                return time.attr("datetime");
            }
        }
        return "";
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    /** The first candidate that starts with a valid ISO date, or "". */
    private static String firstDated(String... candidates) {
        for (String candidate : candidates) {
            if (dateOf(candidate) != null) {
                return candidate;
            }
        }
        return "";
    }

    private static LocalDate dateOf(String candidate) {
        Matcher matcher = ISO_DATE.matcher(candidate == null ? "" : candidate);
        if (matcher.find()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The time of day with its offset that follows the date ("T23:30:00-05:00", " 23:30Z", "T06:00:00.000+0100"),
     * or null when there is none or it has no offset: a time without a zone cannot be placed, and a guessed zone
     * would be wrong as often as right.
     */
    static OffsetTime timeOf(String candidate) {
        Matcher matcher = ISO_TIME.matcher(candidate == null ? "" : candidate);
        if (!matcher.find()) {
            return null;
        }
        try {
            String offset = matcher.group(4);
            ZoneOffset zone = offset.equalsIgnoreCase("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
            return OffsetTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)), 0, zone);
        } catch (DateTimeException e) {
            return null;
        }
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
