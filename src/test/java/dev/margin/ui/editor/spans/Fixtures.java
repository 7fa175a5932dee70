package dev.margin.ui.editor.spans;

import dev.margin.domain.Anchor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.TestBodies;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.QuoteDetails;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Real annotations on a wire-style test text, built the way the store would build them. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-04T09:15:00Z");

    /** Three paragraphs: a dateline lead, a quote with its speaker, an "Also read" line. */
    static final String TEXT = String.join("\n",
            "LAGOS, March 4 (Wire) — Transport minister Adaeze Okafor said on Tuesday fares would fall by 12% next year.",
            "“We will not let commuters pay for our mistakes,” Okafor told reporters in Lagos.",
            "Also read: Ferry operators warn of delays");

    private Fixtures() {
    }

    static int at(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("\"" + words + "\" is not in the fixture");
        }
        return start;
    }

    static Annotation annotation(AnnotationKind kind, String text, int start, int end) {
        Anchor anchor = Anchor.of(text, start, end);
        return switch (kind) {
            case HIGHLIGHT -> Annotation.highlight(1, 1, anchor, NOW);
            case QUOTE -> Annotation.quote(1, 1, anchor, QuoteDetails.direct(7L, "told"), NOW);
            case ACTOR -> Annotation.actorMention(1, 1, anchor, 7L, NOW);
            case CLAIM -> Annotation.claim(1, 1, anchor, ClaimDetails.unverified(7L), NOW);
        };
    }

    static Annotation on(AnnotationKind kind, String words) {
        int start = at(TEXT, words);
        return annotation(kind, TEXT, start, start + words.length());
    }

    static Annotation withState(Annotation annotation, AnchorState state) {
        return annotation.reanchored(annotation.revision() + 1, annotation.anchor(), state, NOW);
    }

    /** An annotation whose anchor lies (partly) past the end of the text: it was made on a longer revision. */
    static Annotation beyondText(AnnotationKind kind, int start, int end) {
        String exact = "x".repeat(end - start);
        return new Annotation(UUID.randomUUID(), 1, 1, new Anchor(start, end, exact, "", ""), AnchorState.OK, TestBodies.of(kind,
                null, null, null), "", List.of(), null, NOW, NOW);
    }
}
