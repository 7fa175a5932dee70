package dev.margin.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects paragraphs and headings in reading order and joins them into the article text: one {@code '\n'}
 * between paragraphs, heading indexes recorded. Every paragraph goes through {@link TextNormalizer#paragraph}
 * and empty ones are skipped, so the result always follows the domain's paragraph convention.
 */
final class ReadingTextBuilder {
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Integer> headings = new ArrayList<>();

    ReadingTextBuilder paragraph(String text) {
        add(text, false);
        return this;
    }

    ReadingTextBuilder heading(String text) {
        add(text, true);
        return this;
    }

    void add(String text, boolean heading) {
        String normalised = TextNormalizer.paragraph(text);
        if (normalised.isEmpty()) {
            return;
        }
        if (heading) {
            headings.add(paragraphs.size());
        }
        paragraphs.add(normalised);
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    String text() {
        return String.join("\n", paragraphs);
    }

    List<Integer> headings() {
        return List.copyOf(headings);
    }
}
