package dev.margin.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Krippendorff's unitized alpha (α_U; Krippendorff 1995, "On the reliability of unitizing continuous data", and
 * Content Analysis, 2004): how far several coders agree on where units are on a continuum (an article's text, in
 * characters) and which category each has, corrected for the agreement expected by chance. Pure arithmetic.
 *
 * <p>For each category c and coder i the continuum [0, L) is cut into sections g: the coder's units of c (v = 1)
 * and the gaps between them (v = 0), with begin b and length l. With m coders:
 * <pre>
 *   D_o(c) = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(ig, jh) / (m (m−1) L²)
 *   δ²(ig, jh) = (b_ig − b_jh)² + (b_ig + l_ig − b_jh − l_jh)²   both units, and they overlap
 *              = l_ig²                                           ig a unit lying inside the gap jh
 *              = l_jh²                                           jh a unit lying inside the gap ig
 *              = 0                                               otherwise
 *   D_e(c) = (2 / L) · Σ_i Σ_g v_ig [ (N_c − 1)/3 · (2 l_ig³ − 3 l_ig² + l_ig) + l_ig² Σ_j Σ_h (1 − v_jh)(l_jh − l_ig + 1)[l_jh ≥ l_ig] ]
 *            / ( mL (mL − 1) − Σ_i Σ_g v_ig l_ig (l_ig − 1) )
 *   α_U = 1 − Σ_c D_o(c) / Σ_c D_e(c)
 * </pre>
 * where N_c counts the units of c of all coders. One category alone gives that category's α. A coder's overlapping
 * units of one category are joined first (the measure needs them apart). α is 1 for identical codings, 0 for
 * agreement at chance level and below 0 for systematic disagreement; it is not defined when no one marked anything.
 */
public final class UnitizedAlpha {
    private UnitizedAlpha() {
    }

    /** α_U over every category of {@code units}, for the {@code coders} (all of whom coded the whole continuum). */
    public static Alpha of(int length, Collection<String> coders, Collection<Unit> units) {
        if (coders.size() < 2) {
            throw new IllegalArgumentException("agreement needs two coders or more, not " + coders.size());
        }
        if (length <= 0) {
            throw new IllegalArgumentException("the continuum must be at least one position long, not " + length);
        }
        for (Unit unit : units) {
            if (!coders.contains(unit.coder()) || unit.end() > length) {
                throw new IllegalArgumentException("the unit " + unit + " is not on the continuum [0, " + length + ") of " + coders);
            }
        }
        TreeSet<String> categories = new TreeSet<>();
        units.forEach(unit -> categories.add(unit.category()));
        double observed = 0;
        double expected = 0;
        int count = 0;
        for (String category : categories) {
            Map<String, List<Section>> sections = new LinkedHashMap<>();
            for (String coder : coders) {
                sections.put(coder, sections(length, units.stream()
                        .filter(u -> u.coder().equals(coder) && u.category().equals(category)).toList()));
            }
            observed += observed(length, sections);
            expected += expected(length, sections);
            count += (int) sections.values().stream().flatMap(List::stream).filter(Section::unit).count();
        }
        if (expected == 0) {
            return Alpha.undefined(count);
        }
        return new Alpha(1 - observed / expected, observed, expected, count);
    }

    /** A section of one coder's continuum for one category: a unit or a gap. */
    private record Section(long begin, long length, boolean unit) {
        long end() {
            return begin + length;
        }
    }

    /** The coder's units of one category (overlapping ones joined) and the gaps around them, covering [0, length). */
    private static List<Section> sections(int length, List<Unit> units) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(Unit::start));
        List<Section> sections = new ArrayList<>();
        long position = 0;
        long unitStart = -1;
        long unitEnd = -1;
        for (Unit unit : sorted) {
            if (unitStart >= 0 && unit.start() < unitEnd) {
                unitEnd = Math.max(unitEnd, unit.end());
                continue;
            }
            if (unitStart >= 0) {
                sections.add(new Section(unitStart, unitEnd - unitStart, true));
                position = unitEnd;
            }
            if (unit.start() > position) {
                sections.add(new Section(position, unit.start() - position, false));
            }
            unitStart = unit.start();
            unitEnd = unit.end();
        }
        if (unitStart >= 0) {
            sections.add(new Section(unitStart, unitEnd - unitStart, true));
            position = unitEnd;
        }
        if (position < length) {
            sections.add(new Section(position, length - position, false));
        }
        return sections;
    }

    private static double observed(int length, Map<String, List<Section>> sections) {
        List<List<Section>> coders = List.copyOf(sections.values());
        double sum = 0;
        for (int i = 0; i < coders.size(); i++) {
            for (int j = 0; j < coders.size(); j++) {
                if (i == j) {
                    continue;
                }
                for (Section g : coders.get(i)) {
                    for (Section h : coders.get(j)) {
                        sum += distance(g, h);
                    }
                }
            }
        }
        double m = coders.size();
        return sum / (m * (m - 1) * (double) length * length);
    }

    private static double distance(Section g, Section h) {
        if (g.unit() && h.unit() && g.begin() < h.end() && h.begin() < g.end()) {
            double begins = g.begin() - h.begin();
            double ends = g.end() - h.end();
            return begins * begins + ends * ends;
        }
        if (g.unit() && !h.unit() && h.begin() <= g.begin() && g.end() <= h.end()) {
            return (double) g.length() * g.length();
        }
        if (!g.unit() && h.unit() && g.begin() <= h.begin() && h.end() <= g.end()) {
            return (double) h.length() * h.length();
        }
        return 0;
    }

    private static double expected(int length, Map<String, List<Section>> sections) {
        List<Section> all = sections.values().stream().flatMap(List::stream).toList();
        List<Section> unitsOfC = all.stream().filter(Section::unit).toList();
        List<Section> gaps = all.stream().filter(s -> !s.unit()).toList();
        double n = unitsOfC.size();
        double m = sections.size();
        double sum = 0;
        double squared = 0;
        for (Section unit : unitsOfC) {
            double l = unit.length();
            double withGaps = 0;
            for (Section gap : gaps) {
                if (gap.length() >= unit.length()) {
                    withGaps += gap.length() - l + 1;
                }
            }
            sum += (n - 1) / 3 * (2 * l * l * l - 3 * l * l + l) + l * l * withGaps;
            squared += l * (l - 1);
        }
        double ml = m * length;
        return 2.0 / length * sum / (ml * (ml - 1) - squared);
    }
}
