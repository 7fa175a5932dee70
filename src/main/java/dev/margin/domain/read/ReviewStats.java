package dev.margin.domain.read;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts over the annotations a filter selects (or the whole library).
 *
 * @param perKind        annotations per kind; every kind present, zero included
 * @param quoteTypes     quotes per type (direct, indirect, partial); every type present
 * @param claimsByStatus claims per status; every status present
 * @param topSpeakers    the most-quoted speakers, most quotes first
 * @param perOutlet      annotations per outlet, most first ("" for articles without an outlet)
 * @param perMonth       annotations per month of their article's date, oldest first, months without any left out
 * @param undated        annotations whose article has no date (so not in {@code perMonth})
 */
public record ReviewStats(int total, Map<AnnotationKind, Integer> perKind, Map<QuoteType, Integer> quoteTypes,
                          Map<ClaimStatus, Integer> claimsByStatus, List<NamedCount> topSpeakers, List<NamedCount> perOutlet,
                          List<MonthCount> perMonth, int undated) {
    /** A name (an actor's, with its id; or an outlet's, id null) and a count. */
    public record NamedCount(Long id, String name, int count) {
        public NamedCount {
            Objects.requireNonNull(name, "name");
        }
    }

    public record MonthCount(YearMonth month, int count) {
        public MonthCount {
            Objects.requireNonNull(month, "month");
        }
    }

    public ReviewStats {
        perKind = complete(perKind, AnnotationKind.class);
        quoteTypes = complete(quoteTypes, QuoteType.class);
        claimsByStatus = complete(claimsByStatus, ClaimStatus.class);
        topSpeakers = List.copyOf(topSpeakers);
        perOutlet = List.copyOf(perOutlet);
        perMonth = List.copyOf(perMonth);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Map<E, Integer> counts, Class<E> type) {
        Map<E, Integer> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts == null ? 0 : counts.getOrDefault(value, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
