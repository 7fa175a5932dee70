package dev.margin.agreement;

import java.util.List;
import java.util.Map;

/**
 * A stretch of the continuum where coders' units overlap but differ (in where they start or end, in their category,
 * or because some coder has none there), with each coder's units in it (an empty list: none).
 */
public record Difference(int start, int end, Map<String, List<Unit>> byCoder) {
    public Difference {
        byCoder = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCoder));
    }
}
