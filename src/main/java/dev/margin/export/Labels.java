package dev.margin.export;

import java.util.Locale;

/** Enum constants as the exports spell them: lower case, underscores as in the constant ("unverified"). */
final class Labels {
    private Labels() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} spelled {@code label}; a clear message names the field when it is unknown. */
    static <E extends Enum<E>> E parse(Class<E> type, String label, String field) {
        try {
            return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + " '" + label + "'", e);
        }
    }

    /** Capitalised for people: "Refuted". */
    static String title(Enum<?> value) {
        String lower = of(value).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
