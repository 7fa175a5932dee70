package dev.margin.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a JSON-LD file written by {@link JsonLdExporter} back into an {@link ExportBundle}: the
 * articles, actors and annotations, every field as it was, with the selectors' code point offsets
 * turned back into UTF-16 offsets of the article text.
 *
 * <p>The top level is streamed; each article, actor and annotation is read as a small tree, its line and column
 * noted for messages. Anything that does not fit stops the read with a {@link JsonLdFormatException} naming the
 * item and where it starts: a missing field or one of the wrong type, a number out of range, an unknown kind, an
 * offset outside the text, an empty span, a target naming no article of the file, an actor that is its own ancestor.
 *
 * <p>What the file says is read, not believed: an article's content hash is computed from the text the file holds
 * (the stated one is ignored), and whether an annotation's words stand at its offsets is for the restore to check.
 */
public final class JsonLdReader {
    /**
     * The longest string (in UTF-16 units) the reader accepts, which bounds an article's text: Jackson's default of
     * 20 million is just short of the largest text an import makes (a 20 MiB file), so an export of it could not be read
     * back. Fifty million leaves room for that with margin, and still keeps a hostile file from making one string take
     * more than about 100 MB of memory.
     */
    public static final int MAX_STRING_LENGTH = 50_000_000;

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            .build());

    /** One article, actor or annotation of the file with where it starts. */
    record Item(JsonNode node, long line, long column) {
        String at() {
            return "at line " + line + ", column " + column;
        }

        String id() {
            JsonNode id = node.get("id");
            return id != null && id.isTextual() ? id.asText() : "(without id)";
        }
    }

    public ExportBundle read(InputStream in) throws IOException {
        List<Item> articleNodes = new ArrayList<>();
        List<Item> actorNodes = new ArrayList<>();
        List<Item> annotationNodes = new ArrayList<>();
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
        } catch (StreamConstraintsException e) {
            throw new JsonLdFormatException("a value " + where(e) + " is larger than Margin reads (texts up to "
                    + MAX_STRING_LENGTH + " characters): " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new JsonLdFormatException("not valid JSON " + where(e) + ": " + e.getOriginalMessage(), e);
        }
        if (!isCollection) {
            throw new JsonLdFormatException("not a Margin export: the top-level object is not of type AnnotationCollection");
        }
        return assemble(articleNodes, actorNodes, annotationNodes, generator, creator, generated);
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static void readArray(JsonParser parser, List<Item> into) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonLdFormatException("'" + parser.currentName() + "' should be a list, at line " + parser.currentLocation().getLineNr());
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = parser.currentTokenLocation();
            into.add(new Item(parser.readValueAsTree(), start.getLineNr(), start.getColumnNr()));
        }
    }

    /** The annotations of every page, each with its own line, streamed so that a page's items are not one big tree. */
    private static void readPages(JsonParser parser, List<Item> annotations) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonLdFormatException("'pages' should be a list, at line " + parser.currentLocation().getLineNr());
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = parser.currentTokenLocation().getLineNr();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new JsonLdFormatException("an AnnotationPage at line " + line + " is not an object");
            }
            boolean hasItems = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("items")) {
                    readArray(parser, annotations);
                    hasItems = true;
                } else {
                    parser.skipChildren();
                }
            }
            if (!hasItems) {
                throw new JsonLdFormatException("the AnnotationPage at line " + line + " has no list of items");
            }
        }
    }

    private static ExportBundle assemble(List<Item> articleNodes, List<Item> actorNodes, List<Item> annotationNodes,
                                         JsonNode generator, JsonNode creator, String generated) {
        Map<String, Article> articlesBySource = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        List<RevisionText> olderRevisions = new ArrayList<>();
        Map<Long, ArticleAssessment> assessments = new HashMap<>();
        for (Item item : articleNodes) {
            String where = "article " + item.id() + " " + item.at();
            Article article = ArticleJsonReader.article(item.node(), where);
            articles.add(article);
            ArticleAssessment assessment = ArticleJsonReader.assessment(item.node(), where);
            if (!assessment.isEmpty()) {
                assessments.put(article.id(), assessment);
            }
            articlesBySource.put(Json.text(item.node(), "id", where), article);
            olderRevisions.addAll(ArticleJsonReader.olderRevisions(item.node(), article, where));
        }
        List<Actor> actors = new ArrayList<>();
        for (Item item : actorNodes) {
            actors.add(ArticleJsonReader.actor(item.node(), "actor " + item.id() + " " + item.at()));
        }
        ActorAncestry.refuseCycles(actors, actorNodes);
        AnnotationJsonReader annotationReader = new AnnotationJsonReader(articlesBySource, olderRevisions);
        List<Annotation> annotations = new ArrayList<>(annotationNodes.size());
        Set<UUID> ids = new HashSet<>();
        for (Item item : annotationNodes) {
            Annotation annotation = annotationReader.read(item);
            if (!ids.add(annotation.id())) {
                throw new JsonLdFormatException("annotation " + item.id() + " " + item.at() + " appears a second time in the file");
            }
            annotations.add(annotation);
        }
        ExportInfo info = new ExportInfo(
                generator == null ? "unknown" : generator.path("name").asText("unknown"),
                generator == null ? "" : generator.path("softwareVersion").asText(""),
                creator == null ? "" : creator.path("name").asText(""),
                generated == null ? Instant.EPOCH : Json.instant(generated, "generated"));
        try {
            return new ExportBundle(articles, actors, annotations, olderRevisions, info, assessments);
        } catch (IllegalArgumentException e) {
            throw new JsonLdFormatException("the export is inconsistent: " + e.getMessage(), e);
        }
    }
}
