package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Small checked look-ups into a JSON tree, failing with a message that names the field and the record. */
final class Json {
    private Json() {
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new JsonLdFormatException(where + " has no text field '" + field + "'");
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static long number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new JsonLdFormatException(where + " has no whole number '" + field + "'");
        }
        return value.asLong();
    }

    static Instant instant(String value, String where) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new JsonLdFormatException(where + ": '" + value + "' is not a UTC time like 2026-11-24T17:00:00Z", e);
        }
    }
}
