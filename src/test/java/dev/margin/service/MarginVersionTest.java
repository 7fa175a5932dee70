package dev.margin.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarginVersionTest {

    @Test
    void theVersionComesFromTheBuildNotAPlaceholder() {
        assertThat(MarginVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }
}
