package dev.margin.export;

import java.time.OffsetDateTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * Small checked look-ups into a JSON tree, failing with a message that names the field and the record. A field of the
 * wrong type is refused, never read as a default: a number where text belongs, text where a number belongs, a number
 * outside the range the field allows (it is never cut down to fit, as a cast to {@code int} would do).
 */
final class Json {
    private Json() {
    }

    static String text(JsonNode node, String field, String where) {
        return required(node, field, JsonNode::isTextual, "text field", where).asText();
    }

    /** The text of an optional field: null when absent or null, refused when it is not text. */
    static String optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(field, "text", value, where);
        }
        return value.asText();
    }

    static String textOr(JsonNode node, String field, String fallback, String where) {
        String value = optionalText(node, field, where);
        return value == null ? fallback : value;
    }

    static boolean booleanOr(JsonNode node, String field, boolean fallback, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "true or false", value, where);
        }
        return value.asBoolean();
    }

    /** A required whole number within {@code [min, max]}. */
    static long number(JsonNode node, String field, long min, long max, String where) {
        JsonNode value = required(node, field, JsonNode::isNumber, "whole number", where);
        return inRange(value, field, min, max, where);
    }

    /** A required whole number that fits a Java {@code int} and is at least {@code min}. */
    static int intNumber(JsonNode node, String field, int min, String where) {
        return (int) number(node, field, min, Integer.MAX_VALUE, where);
    }

    /** An optional whole number within {@code [min, max]}: null when absent or null. */
    static Long optionalNumber(JsonNode node, String field, long min, long max, String where) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : inRange(value, field, min, max, where);
    }

    /** The value itself as a whole number within {@code [min, max]} (an item of a list). */
    static long inRange(JsonNode value, String field, long min, long max, String where) {
        if (!value.isIntegralNumber()) {
            throw wrongType(field, "whole number", value, where);
        }
        if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            throw new JsonLdFormatException(where + ": '" + field + "' is " + value.asText() + ", outside " + min + " to " + max);
        }
        return value.asLong();
    }

    /** An optional list: empty when absent or null, refused when it is something else. */
    static JsonNode list(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return MissingNode.getInstance();
        }
        if (!value.isArray()) {
            throw wrongType(field, "list", value, where);
        }
        return value;
    }

    /** An optional object: null when absent or null, refused when it is something else. */
    static JsonNode optionalObject(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(field, "object", value, where);
        }
        return value;
    }

    /** A required object. */
    static JsonNode object(JsonNode node, String field, String where) {
        return required(node, field, JsonNode::isObject, "object", where);
    }

    /** The field's value when it is there and of the expected kind; else a failure naming {@code expected}, the field and the record. */
    private static JsonNode required(JsonNode node, String field, Predicate<JsonNode> fits, String expected, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new JsonLdFormatException(where + " has no " + expected + " '" + field + "'");
        }
        if (!fits.test(value)) {
            throw wrongType(field, expected, value, where);
        }
        return value;
    }

    private static JsonLdFormatException wrongType(String field, String expected, JsonNode value, String where) {
        String shown = value.isTextual() ? "the text \"" + excerpt(value.asText()) + "\""
                : value.isArray() ? "a list" : value.isObject() ? "an object" : value.toString();
        String wanted = switch (expected) {
            case "text field", "text" -> "text";
            case "object" -> "an object";
            case "true or false" -> expected;
            default -> "a " + expected;
        };
        return new JsonLdFormatException(where + ": '" + field + "' should be " + wanted + ", not " + shown);
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
    }

    static Instant instant(String value, String where) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new JsonLdFormatException(where + ": '" + value + "' is not a UTC time like 2026-11-24T17:00:00Z", e);
        }
    }

    /** An ISO date and time with its offset ("2026-03-04T23:30:00-05:00"), the offset kept. */
    static OffsetDateTime dateTime(String value, String where) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new JsonLdFormatException(where + ": '" + value + "' is not a date like 2026-11-24 or a date and time"
                    + " with its offset like 2026-11-24T23:30:00-05:00", e);
        }
    }

    static LocalDate date(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new JsonLdFormatException(where + ": '" + value + "' is not a date like 2026-11-24", e);
        }
    }
}
