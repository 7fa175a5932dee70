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
    void aSingleFailedImportSaysWhyInsteadOfCountingZeroOfOne() {
        String oneFailed = messages.get("import.done", 0, 1, "notes.bin is not text: it holds binary data");
        assertThat(oneFailed).isEqualTo("Not imported: notes.bin is not text: it holds binary data");
        assertThat(messages.get("import.done", 2, 3, "x")).isEqualTo("Imported 2 of 3 articles");
        assertThat(messages.get("import.failures.header", 1, 1)).isEqualTo("The import failed");
        assertThat(messages.get("import.failures.header", 2, 5)).isEqualTo("2 of 5 could not be imported");
    }
}
