package dev.margin.store.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The word pairs a query's phrases need (V008), and the queries for which none may be used. */
class PhrasePairsTest {
    @Test
    void aPhraseNeedsEachPairOfNeighbours() {
        assertThat(PhrasePairs.of("'passengers' <-> 'a' <-> 'day'")).contains("'passengers a' & 'a day'");
        assertThat(PhrasePairs.of("'renka' <-> 'dor':*")).contains("'renka dor':*");
        assertThat(PhrasePairs.of("'o''brien' <-> 'said' & 'budget'")).contains("'o''brien said'");
        assertThat(PhrasePairs.of("( 'a' <-> 'b' ) & ( 'c' <-> 'd' )")).contains("'a b' & 'c d'");
    }

    @Test
    void noPairsWhereTheyCouldLeaveOutAMatch() {
        assertThat(PhrasePairs.of("'budget'")).isEmpty();
        assertThat(PhrasePairs.of("'budget' & 'cycle'")).isEmpty();
        assertThat(PhrasePairs.of("'a' <-> 'b' | 'c'")).as("OR").isEmpty();
        assertThat(PhrasePairs.of("'a' <-> 'b' & !'c'")).as("NOT").isEmpty();
        assertThat(PhrasePairs.of("'a':A <-> 'b'")).as("a weight").isEmpty();
        assertThat(PhrasePairs.of("'a':* <-> 'b'")).as("a prefix inside").isEmpty();
        assertThat(PhrasePairs.of("'a' <2> 'b'")).as("a distance").isEmpty();
    }
}
