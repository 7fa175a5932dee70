package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/** Small checked look-ups into a JSON tree, failing with a message that names the field and the record. */
final class Json {
    private Json() {
    }

    static String text(JsonNode node, String field, String where) {
        return required(node, field, JsonNode::isTextual, "text field", where).asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static long number(JsonNode node, String field, String where) {
        return required(node, field, JsonNode::isIntegralNumber, "whole number", where).asLong();
    }

    /** The field's value when it is there and of the expected kind; else a failure naming {@code expected}, the field and the record. */
    private static JsonNode required(JsonNode node, String field, Predicate<JsonNode> fits, String expected, String where) {
        JsonNode value = node.get(field);
        if (value == null || !fits.test(value)) {
            throw new JsonLdFormatException(where + " has no " + expected + " '" + field + "'");
        }
        return value;
    }

    static Instant instant(String value, String where) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new JsonLdFormatException(where + ": '" + value + "' is not a UTC time like 2026-11-24T17:00:00Z", e);
        }
    }
}
