package dev.margin.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schema.org article a page describes in its JSON-LD blocks, as publishers really write them: wrapped in
 * {@code <![CDATA[ … ]]>} or HTML comments, several objects in a top-level array, everything in an {@code @graph},
 * the article's type given as a list, and authors given as names, as Person or Organization objects, as lists of
 * either, or as {@code {"@id": …}} references to a node elsewhere in the page's JSON-LD. A block that does not parse
 * is skipped (the page's other sources still apply); the first article-typed node found wins.
 */
final class JsonLdArticle {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "ScholarlyArticle", "SatiricalArticle", "AskPublicNewsArticle", "WebPage");
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?://\\s*)?(?:<!\\[CDATA\\[|<!--)|(?://\\s*)?(?:\\]\\]>|-->)\\s*$");

    private final JsonNode article;
    private final Map<String, JsonNode> nodesById;

    private JsonLdArticle(JsonNode article, Map<String, JsonNode> nodesById) {
        this.article = article;
        this.nodesById = nodesById;
    }

    /** The page's article node, or an empty reading when the page has none. */
    static JsonLdArticle of(Document doc, ObjectMapper json) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode block = json.readTree(unwrapped(script.data()));
                if (block != null) {
                    blocks.add(block);
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on real pages; the other metadata sources still apply.
                continue;
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode block : blocks) {
            collectIds(block, byId);
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (JsonNode block : blocks) {
            flatten(block, nodes, 0);
        }
        JsonNode webPage = null;
        for (JsonNode node : nodes) {
            String kind = articleType(node.get("@type"));
            if (kind != null && !kind.equals("WebPage")) {
                return new JsonLdArticle(node, byId);
            }
            if (kind != null && webPage == null) {
                webPage = node;
            }
        }
        if (webPage != null) {
            return new JsonLdArticle(webPage, byId);
        }
        return new JsonLdArticle(null, byId);
    }

    /** The script's JSON without the CDATA or comment markers some CMSs wrap it in. */
    static String unwrapped(String script) {
        return WRAPPER.matcher(script.strip()).replaceAll("").strip();
    }

    boolean present() {
        return article != null;
    }

    /** A top-level string field ("headline", "datePublished"), or "" when absent. */
    String text(String field) {
        return textOf(article, field);
    }

    /** The publisher's name, following an {@code @id} reference when the publisher is given as one. */
    String publisherName() {
        return article == null ? "" : textOf(resolved(article.get("publisher")), "name");
    }

    /** Every author's name, in order, without repeats; references and nested lists followed. */
    List<String> authorNames() {
        Set<String> names = new LinkedHashSet<>();
        if (article != null) {
            collectNames(article.get("author"), names, 0);
            if (names.isEmpty()) {
                collectNames(article.get("creator"), names, 0);
            }
        }
        return List.copyOf(names);
    }

    private void collectNames(JsonNode node, Set<String> names, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isTextual()) {
            if (!node.asText().isBlank()) {
                names.add(node.asText().strip());
            }
        } else if (node.isArray()) {
            for (JsonNode one : node) {
                collectNames(one, names, depth + 1);
            }
        } else if (node.isObject()) {
            JsonNode target = resolved(node);
            JsonNode name = target.get("name");
            if (name != null && (name.isTextual() || name.isArray())) {
                collectNames(name, names, depth + 1);
            } else if (target.has("givenName") || target.has("familyName")) {
                String joined = (target.path("givenName").asText("") + " " + target.path("familyName").asText("")).strip();
                if (!joined.isEmpty()) {
                    names.add(joined);
                }
            }
        }
    }

    /** The node an {@code {"@id": …}} reference stands for, or the node itself. */
    private JsonNode resolved(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray() && !node.isEmpty()) {
            return resolved(node.get(0));
        }
        if (node.isObject() && node.size() == 1 && node.has("@id")) {
            return nodesById.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static String textOf(JsonNode node, String field) {
        if (node == null) {
            return "";
        }
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value == null || !value.isValueNode() ? "" : value.asText();
    }

    private static void collectIds(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collectIds(item, byId));
        } else if (node.isObject()) {
            if (node.has("@id") && node.size() > 1) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
            collectIds(node.get("@graph"), byId);
        }
    }

    /** Every object of a block, top-level arrays and graphs opened, in document order. */
    private static void flatten(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 3) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> flatten(item, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into, depth + 1);
        }
    }

    /** The article type a node declares ("NewsArticle"; "WebPage" last resort), or null. */
    private static String articleType(JsonNode type) {
        if (type == null) {
            return null;
        }
        String webPage = null;
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(t.asText())) {
                if (!t.asText().equals("WebPage")) {
                    return t.asText();
                }
                webPage = "WebPage";
            }
        }
        return webPage;
    }
}
