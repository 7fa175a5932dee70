package dev.margin.ui.common;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences that count things read right for none, one and many (issue 16, item 16). */
class CountSentencesTest {
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void deletingAnArticleSaysHowManyAnnotationsGoWithIt() {
        assertThat(messages.get("library.delete.content", 0)).startsWith("It has no annotations.").doesNotContain("0 annotations");
        assertThat(messages.get("library.delete.content", 1)).startsWith("Its one annotation is deleted with it.");
        assertThat(messages.get("library.delete.content", 1234)).startsWith("Its 1,234 annotations are deleted with it.");
    }

    @Test
    void failedImportsAreNamedInsteadOfCountingZeroOfOne() {
        // One failed input is told by its own message (ImportViewModel); these are the sentences for several.
        assertThat(messages.get("import.failures.headerOne", "notes.bin")).isEqualTo("notes.bin could not be imported");
        assertThat(messages.get("import.failed.none", 2, "a.bin and b.bin")).isEqualTo("None of the 2 inputs could be imported: a.bin and b.bin");
        assertThat(messages.get("import.done", 2, 3)).isEqualTo("Imported 2 of 3 inputs");
        assertThat(messages.get("import.failures.header", 1, 3)).isEqualTo("1 of 3 inputs was not imported");
        assertThat(messages.get("import.failures.header", 2, 5)).isEqualTo("2 of 5 inputs were not imported");
    }
}
