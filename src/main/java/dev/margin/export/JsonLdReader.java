package dev.margin.export;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON-LD file written by {@link JsonLdExporter} back into an {@link ExportBundle}: the
 * articles, actors and annotations, every field as it was, with the selectors' code point offsets
 * turned back into UTF-16 offsets of the article text.
 *
 * <p>The top level is streamed; each article, actor and page is read as a small tree. Anything
 * that does not fit (a missing field, an unknown kind, an offset outside the text, a target naming
 * no article of the file) stops the read with a {@link JsonLdFormatException} naming the problem.
 */
public final class JsonLdReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public ExportBundle read(InputStream in) throws IOException {
        List<JsonNode> articleNodes = new ArrayList<>();
        List<JsonNode> actorNodes = new ArrayList<>();
        List<JsonNode> annotationNodes = new ArrayList<>();
        JsonNode generator = null;
        JsonNode creator = null;
        String generated = null;
        boolean isCollection = false;
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonLdFormatException("not a JSON-LD AnnotationCollection: the file does not start with a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "type" -> isCollection = "AnnotationCollection".equals(parser.getValueAsString());
                    case "generated" -> generated = parser.getValueAsString();
                    case "generator" -> generator = parser.readValueAsTree();
                    case "creator" -> creator = parser.readValueAsTree();
                    case "articles" -> readArray(parser, articleNodes);
                    case "actors" -> readArray(parser, actorNodes);
                    case "pages" -> readPages(parser, annotationNodes);
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            throw new JsonLdFormatException("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (!isCollection) {
            throw new JsonLdFormatException("not a Margin export: the top-level object is not of type AnnotationCollection");
        }
        return assemble(articleNodes, actorNodes, annotationNodes, generator, creator, generated);
    }

    private static void readArray(JsonParser parser, List<JsonNode> into) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonLdFormatException("'" + parser.currentName() + "' should be a list, at line " + parser.currentLocation().getLineNr());
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            into.add(parser.readValueAsTree());
        }
    }

    private static void readPages(JsonParser parser, List<JsonNode> annotations) throws IOException {
        List<JsonNode> pages = new ArrayList<>();
        readArray(parser, pages);
        for (JsonNode page : pages) {
            JsonNode items = page.path("items");
            if (!items.isArray()) {
                throw new JsonLdFormatException("AnnotationPage " + page.path("id").asText("(without id)") + " has no list of items");
            }
            items.forEach(annotations::add);
        }
    }

    private static ExportBundle assemble(List<JsonNode> articleNodes, List<JsonNode> actorNodes, List<JsonNode> annotationNodes,
                                         JsonNode generator, JsonNode creator, String generated) {
        Map<String, Article> articlesBySource = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        List<RevisionText> olderRevisions = new ArrayList<>();
        for (JsonNode node : articleNodes) {
            Article article = article(node);
            articles.add(article);
            articlesBySource.put(Json.text(node, "id", "article"), article);
            for (JsonNode older : node.path("olderRevisions")) {
                String where = "article " + node.path("id").asText() + " older revision";
                olderRevisions.add(new RevisionText(article.id(), (int) Json.number(older, "revision", where), Json.text(older, "text", where)));
            }
        }
        List<Actor> actors = new ArrayList<>();
        for (JsonNode node : actorNodes) {
            actors.add(actor(node));
        }
        AnnotationJsonReader annotationReader = new AnnotationJsonReader(articlesBySource, olderRevisions);
        List<Annotation> annotations = new ArrayList<>(annotationNodes.size());
        for (JsonNode node : annotationNodes) {
            annotations.add(annotationReader.read(node));
        }
        ExportInfo info = new ExportInfo(
                generator == null ? "unknown" : generator.path("name").asText("unknown"),
                generator == null ? "" : generator.path("softwareVersion").asText(""),
                creator == null ? "" : creator.path("name").asText(""),
                generated == null ? Instant.EPOCH : Json.instant(generated, "generated"));
        try {
            return new ExportBundle(articles, actors, annotations, olderRevisions, info);
        } catch (IllegalArgumentException e) {
            throw new JsonLdFormatException("the export is inconsistent: " + e.getMessage(), e);
        }
    }

    private static Article article(JsonNode node) {
        String where = "article " + node.path("id").asText("(without id)");
        try {
            List<Integer> headings = new ArrayList<>();
            node.path("headings").forEach(h -> headings.add(h.asInt()));
            return new Article(Json.number(node, "localId", where), node.path("title").asText(""), node.path("byline").asText(""),
                    node.path("outlet").asText(""), Json.optionalText(node, "url"),
                    node.hasNonNull("datePublished") ? LocalDate.parse(node.get("datePublished").asText()) : null,
                    node.hasNonNull("importedAt") ? Json.instant(node.get("importedAt").asText(), where + " importedAt") : null,
                    node.path("inLanguage").asText(""), Json.text(node, "text", where), headings,
                    Json.text(node, "contentHash", where), (int) Json.number(node, "revision", where));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new JsonLdFormatException(where + ": " + e.getMessage(), e);
        }
    }

    private static Actor actor(JsonNode node) {
        String where = "actor " + node.path("id").asText("(without id)");
        try {
            List<String> aliases = new ArrayList<>();
            node.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<ActorRole> roles = new ArrayList<>();
            for (JsonNode role : node.path("roles")) {
                roles.add(new ActorRole(Json.text(role, "role", where + " role"),
                        role.hasNonNull("asOf") ? LocalDate.parse(role.get("asOf").asText()) : null,
                        role.hasNonNull("fromArticle") ? role.get("fromArticle").asLong() : null));
            }
            return new Actor(Iris.actorId(Json.text(node, "id", where)), Json.text(node, "name", where), aliases,
                    Labels.parse(ActorType.class, node.path("actorType").asText("other"), "actor type"),
                    node.path("description").asText(""), Json.optionalText(node, "externalId"),
                    node.hasNonNull("parent") ? Iris.actorId(node.get("parent").asText()) : null, roles);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new JsonLdFormatException(where + ": " + e.getMessage(), e);
        }
    }
}
