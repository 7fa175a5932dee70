package dev.margin.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes suggestions as JSON lines for {@code suggest --json}: one object a line,
 * {@code {"source", "kind": "quote"|"actor"|"claim", "start", "end", "exact", "speaker", "cue", "quoteType",
 * "actor", "actorType", "claimant"}}, plus {@code "id"}, {@code "confidence"} and, where they apply,
 * {@code "resolution"}, {@code "partOf"}, {@code "role"}, {@code "claimKind"}. Fields that do not apply
 * are left out; enum values are lower case ("direct", "person", "statistic"). Offsets are UTF-16 units.
 */
public final class SuggestionJsonLines {
    private final ObjectMapper json = new ObjectMapper();

    /** One suggestion as one line of JSON (without the line break). */
    public String toJson(String source, Suggestion s) {
        ObjectNode node = json.createObjectNode();
        node.put("source", source);
        node.put("id", s.id());
        node.put("kind", lower(s.kind()));
        node.put("start", s.start());
        node.put("end", s.end());
        node.put("exact", s.exact());
        putIfPresent(node, "speaker", s.speaker());
        putIfPresent(node, "cue", s.cue());
        putIfPresent(node, "quoteType", lower(s.quoteType()));
        putIfPresent(node, "resolution", lower(s.resolution()));
        putIfPresent(node, "partOf", s.partOf());
        putIfPresent(node, "actor", s.actor());
        putIfPresent(node, "actorType", lower(s.actorType()));
        putIfPresent(node, "role", s.role());
        putIfPresent(node, "claimant", s.claimant());
        putIfPresent(node, "claimKind", lower(s.claimKind()));
        node.put("confidence", s.confidence());
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a suggestion could not be written as JSON", e);
        }
    }

    /** Every suggestion of one source, one line each. */
    public void write(String source, List<Suggestion> suggestions, Writer out) throws IOException {
        for (Suggestion s : suggestions) {
            out.write(toJson(source, s));
            out.write('\n');
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
