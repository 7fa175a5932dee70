package dev.margin.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where coders differ, to show side by side: the units of all coders grouped into stretches of overlapping units,
 * and the stretches in which not every coder has the same one unit (same span, same category). Pure.
 */
public final class Differences {
    private Differences() {
    }

    public static List<Difference> of(Collection<String> coders, Collection<Unit> units) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(Unit::start).thenComparingInt(Unit::end));
        List<Difference> differences = new ArrayList<>();
        List<Unit> stretch = new ArrayList<>();
        int stretchEnd = -1;
        for (Unit unit : sorted) {
            if (!stretch.isEmpty() && unit.start() >= stretchEnd) {
                addIfDifferent(coders, stretch, differences);
                stretch = new ArrayList<>();
            }
            stretch.add(unit);
            stretchEnd = stretch.size() == 1 ? unit.end() : Math.max(stretchEnd, unit.end());
        }
        if (!stretch.isEmpty()) {
            addIfDifferent(coders, stretch, differences);
        }
        return differences;
    }

    private static void addIfDifferent(Collection<String> coders, List<Unit> stretch, List<Difference> differences) {
        Map<String, List<Unit>> byCoder = new LinkedHashMap<>();
        coders.forEach(coder -> byCoder.put(coder, new ArrayList<>()));
        stretch.forEach(unit -> byCoder.computeIfAbsent(unit.coder(), c -> new ArrayList<>()).add(unit));
        Unit first = stretch.getFirst();
        boolean same = byCoder.values().stream().allMatch(list -> list.size() == 1 && list.getFirst().start() == first.start()
                && list.getFirst().end() == first.end() && list.getFirst().category().equals(first.category()));
        if (!same) {
            int start = stretch.stream().mapToInt(Unit::start).min().orElseThrow();
            int end = stretch.stream().mapToInt(Unit::end).max().orElseThrow();
            Map<String, List<Unit>> copied = new LinkedHashMap<>();
            byCoder.forEach((coder, list) -> copied.put(coder, List.copyOf(list)));
            differences.add(new Difference(start, end, copied));
        }
    }
}
