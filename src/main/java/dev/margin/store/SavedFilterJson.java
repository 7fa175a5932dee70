package dev.margin.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ActorLink;
import dev.margin.domain.read.AnnotationFilter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * An {@link AnnotationFilter} as the JSON a saved filter keeps: {@code {"version":1, "text":"…",
 * "kinds":["QUOTE"], "actorId":7, "actorLinks":["SPEAKER"], "tags":[…], "statuses":[…], "outlets":[…],
 * "articleId":3, "from":"2026-01-01", "to":"2026-06-30", "anchorStates":[…], "annotators":["ana"]}}. Fields that set no
 * condition are left out; lists are sorted so the same filter always gives the same text.
 */
public final class SavedFilterJson {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedFilterJson() {
    }

    public static String write(AnnotationFilter filter) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        if (!filter.text().isBlank()) {
            root.put("text", filter.text());
        }
        putNames(root, "kinds", filter.kinds());
        if (filter.actorId() != null) {
            root.put("actorId", filter.actorId());
            putNames(root, "actorLinks", filter.actorLinks());
        }
        putStrings(root, "tags", filter.tags());
        putNames(root, "statuses", filter.statuses());
        putStrings(root, "outlets", filter.outlets());
        if (filter.articleId() != null) {
            root.put("articleId", filter.articleId());
        }
        if (filter.from() != null) {
            root.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            root.put("to", filter.to().toString());
        }
        putNames(root, "anchorStates", filter.anchorStates());
        putStrings(root, "annotators", filter.annotators());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a filter could not be written as JSON", e);
        }
    }

    /** The filter in {@code json}; throws {@link IllegalArgumentException} naming what is wrong with it. */
    public static AnnotationFilter read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new IllegalArgumentException("its version " + root.path("version") + " is not " + VERSION
                    + " (saved by another version of Margin?)");
        }
        return new AnnotationFilter(
                root.path("text").asText(""),
                values(root, "kinds", name -> AnnotationKind.valueOf(name)),
                id(root, "actorId"),
                values(root, "actorLinks", name -> ActorLink.valueOf(name)),
                values(root, "tags", Function.identity()),
                values(root, "statuses", name -> ClaimStatus.valueOf(name)),
                values(root, "outlets", Function.identity()),
                id(root, "articleId"),
                date(root, "from"),
                date(root, "to"),
                values(root, "anchorStates", name -> AnchorState.valueOf(name)),
                values(root, "annotators", Function.identity()));
    }

    private static void putNames(ObjectNode root, String field, Collection<? extends Enum<?>> values) {
        putStrings(root, field, values.stream().map(Enum::name).toList());
    }

    private static void putStrings(ObjectNode root, String field, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        ArrayNode array = root.putArray(field);
        values.stream().sorted().forEach(array::add);
    }

    private static <T> Set<T> values(JsonNode root, String field, Function<String, T> parse) {
        JsonNode array = root.get(field);
        if (array == null || array.isNull()) {
            return Set.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a list");
        }
        Set<T> values = new LinkedHashSet<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("\"" + field + "\" holds " + item + ", not a name");
            }
            try {
                values.add(parse.apply(item.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + field + "\" holds the unknown value " + item, e);
            }
        }
        return values;
    }

    private static Long id(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" is " + value + ", not a whole number");
        }
        return value.asLong();
    }

    private static LocalDate date(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" is " + value + ", not a date (yyyy-mm-dd)", e);
        }
    }
}
