package dev.margin.cli;

import dev.margin.domain.ActorMention;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Highlight;
import dev.margin.domain.QuoteDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Short labels for an article's annotations in text order, orphans last (Q1, A2, C3, H4: the kind's letter and
 * a running number), the spans to mark with them, and a one-line description of each for the legend.
 */
final class AnnotationLabels {
    private static final int SHOWN_EXACT = 60;

    /** One annotation with its label. */
    record Entry(String label, Annotation annotation, String details) {
        String describe() {
            return label + " " + details;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    AnnotationLabels(List<Annotation> annotations, ActorNames actors) {
        // orphans keep offsets into an older text, so they are numbered after the placed ones
        List<Annotation> ordered = new ArrayList<>();
        annotations.stream().filter(annotation -> annotation.anchorState() != AnchorState.ORPHANED).forEach(ordered::add);
        annotations.stream().filter(annotation -> annotation.anchorState() == AnchorState.ORPHANED).forEach(ordered::add);
        int number = 0;
        for (Annotation annotation : ordered) {
            number++;
            String label = letter(annotation) + number;
            entries.add(new Entry(label, annotation, details(annotation, actors)));
        }
    }

    List<Entry> entries() {
        return entries;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The spans of every annotation placed in the current text (orphans are not). */
    List<InlineMarkup.Mark> marks() {
        List<InlineMarkup.Mark> marks = new ArrayList<>();
        for (Entry entry : entries) {
            Annotation annotation = entry.annotation();
            if (annotation.anchorState() != AnchorState.ORPHANED) {
                marks.add(new InlineMarkup.Mark(entry.label(), annotation.start(), annotation.end()));
            }
        }
        return marks;
    }

    private static String letter(Annotation annotation) {
        return switch (annotation.kind()) {
            case QUOTE -> "Q";
            case ACTOR -> "A";
            case CLAIM -> "C";
            case HIGHLIGHT -> "H";
        };
    }

    private static String details(Annotation annotation, ActorNames actors) {
        StringBuilder line = new StringBuilder();
        line.append(annotation.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(quoted(annotation.exact()));
        switch (annotation.body()) {
            case QuoteDetails quote -> {
                line.append(" — speaker ").append(actors.of(quote.speakerActorId()));
                if (!quote.cue().isBlank()) {
                    line.append(", cue ").append(quoted(quote.cue()));
                }
                line.append(", ").append(lower(quote.type().name()));
            }
            case ActorMention mention -> line.append(" — ").append(actors.describe(mention.actorId()));
            case ClaimDetails claim -> {
                String claimant = claim.claimantIsOutlet() ? "the outlet" : actors.of(claim.claimantActorId());
                line.append(" — claimant ").append(claimant).append(", ").append(lower(claim.status().name()));
                if (!claim.statement().isBlank()) {
                    line.append(", statement ").append(quoted(claim.statement()));
                }
            }
            case Highlight highlight -> {
            }
        }
        if (annotation.anchorState() == AnchorState.MOVED) {
            line.append("; moved in revision ").append(annotation.revision());
        }
        if (!annotation.tags().isEmpty()) {
            line.append("; tags ").append(String.join(", ", annotation.tags()));
        }
        if (!annotation.note().isBlank()) {
            line.append("; note: ").append(OneLine.of(annotation.note()));
        }
        return line.toString();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String quoted(String text) {
        String oneLine = OneLine.of(text);
        if (oneLine.codePointCount(0, oneLine.length()) > SHOWN_EXACT) {
            oneLine = oneLine.substring(0, oneLine.offsetByCodePoints(0, SHOWN_EXACT - 1)) + "…";
        }
        return "«" + oneLine + "»";
    }
}
