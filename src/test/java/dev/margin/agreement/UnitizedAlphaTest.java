package dev.margin.agreement;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * α_U against values worked out by hand from the formula in {@link UnitizedAlpha} (each example's arithmetic is in
 * its comment), on a continuum of L = 10 positions.
 */
class UnitizedAlphaTest {
    private static final List<String> TWO = List.of("ana", "tomas");

    @Test
    void identicalCodingsAgreeFully() {
        Alpha alpha = UnitizedAlpha.of(10, TWO, List.of(new Unit("ana", 2, 5, "quote"), new Unit("tomas", 2, 5, "quote")));
        assertThat(alpha.value()).isEqualTo(1.0);
        assertThat(alpha.observed()).isZero();
        assertThat(alpha.units()).isEqualTo(2);
    }

    /**
     * ana [2,5), tomas [3,6), one category. D_o: the two units overlap, δ² = (2−3)² + (5−6)² = 2, once for each ordered
     * pair of coders: 4 / (2·1·10²) = 0.02. No unit lies inside the other coder's gap. D_e: N = 2; each unit (l = 3)
     * gives (2−1)/3·(54 − 27 + 3) = 10, plus 3² times Σ(l_gap − 3 + 1) over gaps of 3 or more (ana's 5 → 3, tomas's 3 → 1
     * and 4 → 2; ana's 2 is too short) = 9·6 = 54: 64 per unit, 128 in all; times 2/L = 25.6, divided by
     * 20·19 − (3·2 + 3·2) = 368: D_e = 0.0695652. α = 1 − 0.02 / 0.0695652 = 0.7125.
     */
    @Test
    void unitsShiftedByOnePosition() {
        Alpha alpha = UnitizedAlpha.of(10, TWO, List.of(new Unit("ana", 2, 5, "quote"), new Unit("tomas", 3, 6, "quote")));
        assertThat(alpha.observed()).isCloseTo(0.02, within(1e-12));
        assertThat(alpha.expected()).isCloseTo(25.6 / 368, within(1e-12));
        assertThat(alpha.value()).isCloseTo(0.7125, within(1e-12));
    }

    /**
     * ana [0,5), tomas nothing. D_o: ana's unit lies in tomas's gap [0,10): 5² = 25, once each way: 50 / 200 = 0.25. D_e:
     * N = 1, so only the gaps count: gaps of 5 or more are ana's [5,10) (5 − 5 + 1 = 1) and tomas's [0,10) (6): 25·7 =
     * 175; times 2/10, over 20·19 − 5·4 = 360: 35/360. α = 1 − 0.25·360/35 = −11/7: worse than chance.
     */
    @Test
    void aUnitOnlyOneCoderSawIsSystematicDisagreement() {
        Alpha alpha = UnitizedAlpha.of(10, TWO, List.of(new Unit("ana", 0, 5, "quote")));
        assertThat(alpha.value()).isCloseTo(-11.0 / 7, within(1e-12));
    }

    /**
     * Three coders: ana and bo [2,5), cy [3,6). D_o: ana–bo 0, ana–cy 2, bo–cy 2; each ordered pair counted: 8 / (3·2·100).
     * D_e: N = 3; each unit gives (3−1)/3·30 = 20 plus 9·(3 + 3 + 1 + 2) = 81 (gaps 5, 5, 3, 4 of ana, bo, cy), 101; three
     * units 303; times 2/10 = 60.6, over 30·29 − 3·6 = 852. α = 1 − (8/600)/(60.6/852) = 0.8125413.
     */
    @Test
    void threeCoders() {
        Alpha alpha = UnitizedAlpha.of(10, List.of("ana", "bo", "cy"),
                List.of(new Unit("ana", 2, 5, "quote"), new Unit("bo", 2, 5, "quote"), new Unit("cy", 3, 6, "quote")));
        assertThat(alpha.value()).isCloseTo(1 - (8.0 / 600) / (60.6 / 852), within(1e-12)).isCloseTo(0.8125413, within(1e-7));
    }

    /**
     * Two categories (say two speakers): ana c [0,2), d [5,8); tomas c [0,2), d [6,8). c agrees: D_o(c) = 0; D_e(c): units of
     * 2 give 1/3·(16 − 12 + 2) = 2 plus 4·(7 + 7) (gaps of 8) = 58 each, 116; ·2/10 over 380 − 4: 23.2/376. d: the units
     * overlap with δ² = 1 + 0, both ways: D_o(d) = 2/200 = 0.01; D_e(d): ana's l = 3 unit 10 + 9·(3 + 4) = 73 (gaps 5 and 6 of
     * the gaps 5, 2, 6, 2), tomas's l = 2 unit 2 + 4·(4 + 1 + 5 + 1) = 46; 119·2/10 over 380 − 8: 23.8/372.
     * α = 1 − 0.01/(23.2/376 + 23.8/372) = 0.9204332; d alone 1 − 0.01/(23.8/372) = 0.8436975.
     */
    @Test
    void categoriesAddTheirDisagreements() {
        List<Unit> units = List.of(new Unit("ana", 0, 2, "c"), new Unit("ana", 5, 8, "d"), new Unit("tomas", 0, 2, "c"),
                new Unit("tomas", 6, 8, "d"));
        assertThat(UnitizedAlpha.of(10, TWO, units).value()).isCloseTo(0.9204332, within(1e-7));
        List<Unit> onlyD = units.stream().filter(u -> u.category().equals("d")).toList();
        assertThat(UnitizedAlpha.of(10, TWO, onlyD).value()).isCloseTo(0.8436975, within(1e-7));
    }

    @Test
    void overlappingUnitsOfOneCoderAreJoinedAndNothingMarkedIsUndefined() {
        Alpha joined = UnitizedAlpha.of(10, TWO, List.of(new Unit("ana", 2, 4, "quote"), new Unit("ana", 3, 5, "quote"),
                new Unit("tomas", 2, 5, "quote")));
        assertThat(joined.value()).isEqualTo(1.0);
        assertThat(UnitizedAlpha.of(10, TWO, List.of()).defined()).isFalse();
        assertThatThrownBy(() -> UnitizedAlpha.of(10, List.of("ana"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitizedAlpha.of(10, TWO, List.of(new Unit("ana", 8, 12, "quote"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differencesListTheStretchesWhereCodersDoNotHaveTheSameUnit() {
        List<Unit> units = List.of(new Unit("ana", 0, 2, "Okafor"), new Unit("tomas", 0, 2, "Okafor"),
                new Unit("ana", 5, 8, "Okafor"), new Unit("tomas", 6, 9, "Mensah"), new Unit("tomas", 12, 14, "Okafor"));
        List<Difference> differences = Differences.of(TWO, units);
        assertThat(differences).hasSize(2);
        assertThat(differences.get(0).start()).isEqualTo(5);
        assertThat(differences.get(0).end()).isEqualTo(9);
        assertThat(differences.get(0).byCoder().get("ana")).containsExactly(new Unit("ana", 5, 8, "Okafor"));
        assertThat(differences.get(0).byCoder().get("tomas")).containsExactly(new Unit("tomas", 6, 9, "Mensah"));
        assertThat(differences.get(1).byCoder().get("ana")).isEmpty();
        assertThat(differences.get(1).byCoder().keySet()).containsExactly("ana", "tomas");
    }
}
