package dev.margin.export;

import dev.margin.notes.NoteBlock;
import dev.margin.notes.NoteMarkdown;
import dev.margin.notes.NoteRun;
import dev.margin.domain.Actor;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.QuoteDetails;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article of the PDF report: the title block (title, outlet · byline · date, the linked URL,
 * counts, who exported it and when), a legend of the marks and verdict colours, the article text
 * with its marks when asked for ({@link PdfArticleText}), then its quotes, claims, actors and
 * highlights, each with its note (Markdown, drawn bold, slanted and linked) and tags. Colours are
 * {@link Palette}'s: a bar in the kind's colour beside each item, each verdict in its own colour.
 */
final class PdfArticleSection {
    private static final List<AnnotationKind> KINDS = List.of(AnnotationKind.QUOTE, AnnotationKind.ACTOR, AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT);
    private final PdfLayout layout;
    private final PdfFonts fonts;
    private final Map<Long, Actor> actors;
    private final AnnotationText text;
    private final ExportInfo info;
    private final boolean includeText;

    PdfArticleSection(PdfLayout layout, Map<Long, Actor> actors, ExportInfo info, boolean includeText) {
        this.layout = layout;
        this.fonts = layout.fonts();
        this.actors = actors;
        this.text = new AnnotationText(actors);
        this.info = info;
        this.includeText = includeText;
    }

    void write(Article article, List<Annotation> annotations) throws IOException {
        layout.paragraph("ANNOTATED NOTES", fonts.bold, 8, 0, PdfLayout.MUTED, null);
        layout.space(4);
        layout.paragraph(article.displayTitle(), fonts.bold, 17, 0, PdfLayout.INK, null);
        layout.space(4);
        List<String> meta = new ArrayList<>();
        for (String part : List.of(article.outlet(), article.byline(), article.publishedText())) {
            if (!part.isBlank()) {
                meta.add(part);
            }
        }
        if (!meta.isEmpty()) {
            layout.paragraph(String.join(" · ", meta), fonts.regular, 10, 0, PdfLayout.MUTED, null);
        }
        if (article.url() != null && !article.url().isBlank()) {
            layout.paragraph(List.of(link(article.url(), article.url(), PdfLayout.MUTED)), 9, 0, null);
        }
        layout.paragraph(counts(annotations) + " · revision " + article.revision(), fonts.regular, 9, 0, PdfLayout.MUTED, null);
        layout.paragraph("Exported by " + HtmlExporter.generator(info) + " on " + Timestamps.forPeople(info.exportedAt()),
                fonts.regular, 9, 0, PdfLayout.MUTED, null);
        legend();
        layout.rule();
        if (includeText) {
            new PdfArticleText(layout).write(article, annotations);
        }
        quotes(of(annotations, AnnotationKind.QUOTE));
        claims(of(annotations, AnnotationKind.CLAIM), article);
        actorsOf(annotations);
        highlights(of(annotations, AnnotationKind.HIGHLIGHT));
    }

    /** The marks as the article text shows them, each kind's bar colour, and the verdict colours. */
    private void legend() throws IOException {
        layout.space(3);
        List<PdfRun> marks = new ArrayList<>(List.of(PdfRun.of("Marks: ", fonts.bold, PdfLayout.MUTED)));
        for (AnnotationKind kind : KINDS) {
            marks.add(PdfArticleText.marked(PdfRun.of(" " + Labels.of(kind) + " ", fonts.regular, PdfLayout.INK), List.of(kind), null));
            marks.add(PdfRun.of("   ", fonts.regular, PdfLayout.INK));
        }
        layout.paragraph(marks, 9, 0, null);
        List<PdfRun> verdicts = new ArrayList<>(List.of(PdfRun.of("Verdicts: ", fonts.bold, PdfLayout.MUTED)));
        for (ClaimStatus status : ClaimStatus.values()) {
            verdicts.add(PdfRun.of(Labels.title(status), fonts.bold, PdfRun.colour(Palette.verdict(status))));
            verdicts.add(PdfRun.of("   ", fonts.regular, PdfLayout.INK));
        }
        layout.paragraph(verdicts, 9, 0, null);
    }

    private static List<Annotation> of(List<Annotation> annotations, AnnotationKind kind) {
        return annotations.stream().filter(a -> a.kind() == kind).toList();
    }

    private static String counts(List<Annotation> annotations) {
        Map<AnnotationKind, Integer> counts = new EnumMap<>(AnnotationKind.class);
        annotations.forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        return plural(counts.getOrDefault(AnnotationKind.QUOTE, 0), "quote") + " · " + plural(counts.getOrDefault(AnnotationKind.CLAIM, 0), "claim")
                + " · " + plural(counts.getOrDefault(AnnotationKind.ACTOR, 0), "actor mention") + " · "
                + plural(counts.getOrDefault(AnnotationKind.HIGHLIGHT, 0), "highlight");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static Color bar(AnnotationKind kind) {
        return PdfRun.colour(Palette.line(kind));
    }

    private void heading(String title) throws IOException {
        layout.keepTogether(80);
        layout.space(6);
        layout.paragraph(title, fonts.bold, 13, 0, PdfLayout.INK, null);
        layout.space(4);
    }

    private void quotes(List<Annotation> quotes) throws IOException {
        if (quotes.isEmpty()) {
            return;
        }
        heading("Quotes");
        for (Annotation annotation : quotes) {
            QuoteDetails quote = annotation.quote();
            layout.keepTogether(40);
            layout.paragraph(exactOrLost(annotation), fonts.regular, 10.5f, 12, PdfLayout.INK, bar(AnnotationKind.QUOTE));
            String speaker = text.speaker(annotation);
            String roles = text.rolesLine(quote.speakerActorId());
            String attribution = "— " + (speaker.isEmpty() ? Labels.of(quote.resolution()) + " source" : speaker)
                    + (roles.isEmpty() ? "" : " (" + roles + ")")
                    + (quote.cue().isBlank() ? "" : ", " + quote.cue()) + " (" + Labels.of(quote.type()) + " quote)";
            layout.paragraph(attribution, fonts.bold, 9.5f, 12, PdfLayout.MUTED, null);
            noteAndTags(annotation);
        }
    }

    private void claims(List<Annotation> claims, Article article) throws IOException {
        if (claims.isEmpty()) {
            return;
        }
        heading("Claims");
        for (Annotation annotation : claims) {
            ClaimDetails claim = annotation.claim();
            layout.keepTogether(50);
            layout.paragraph(List.of(
                    PdfRun.of(Labels.title(claim.status()).toUpperCase(Locale.ROOT), fonts.bold, PdfRun.colour(Palette.verdict(claim.status()))),
                    PdfRun.of(" · " + Labels.of(claim.kind()), fonts.bold, PdfLayout.MUTED)), 9.5f, 12, null);
            layout.paragraph(exactOrLost(annotation), fonts.regular, 10.5f, 12, PdfLayout.INK, bar(AnnotationKind.CLAIM));
            String claimant = text.claimant(annotation, article);
            if (!claimant.isEmpty()) {
                String roles = text.rolesLine(claim.claimantActorId());
                layout.paragraph("Claimant: " + claimant + (roles.isEmpty() ? "" : " (" + roles + ")"), fonts.regular, 9.5f, 12, PdfLayout.MUTED, null);
            }
            if (!claim.statement().isBlank()) {
                layout.paragraph("Statement: " + claim.statement(), fonts.regular, 9.5f, 12, PdfLayout.INK, null);
            }
            for (Evidence evidence : claim.evidence()) {
                List<PdfRun> line = new ArrayList<>(List.of(PdfRun.of("Evidence, " + Labels.of(evidence.stance()) + ": ", fonts.regular, PdfLayout.INK),
                        link(evidence.url(), evidence.url(), PdfLayout.INK)));
                if (evidence.archivedUrl() != null && !evidence.archivedUrl().isBlank()) {
                    line.add(PdfRun.of(" (archived: ", fonts.regular, PdfLayout.INK));
                    line.add(link(evidence.archivedUrl(), evidence.archivedUrl(), PdfLayout.INK));
                    line.add(PdfRun.of(")", fonts.regular, PdfLayout.INK));
                }
                if (!evidence.note().isBlank()) {
                    line.add(PdfRun.of(" - " + evidence.note(), fonts.regular, PdfLayout.INK));
                }
                layout.paragraph(line, 9, 24, null);
            }
            noteAndTags(annotation);
        }
    }

    private void actorsOf(List<Annotation> annotations) throws IOException {
        // Every actor the article's annotations name, with what names them: quotes they said, claims they made, mentions.
        Map<Long, EnumMap<AnnotationKind, Integer>> namedBy = new LinkedHashMap<>();
        Map<Long, List<Annotation>> mentionsOf = new HashMap<>();
        for (Annotation annotation : annotations) {
            AnnotationActors.named(annotation).forEach(id -> namedBy.computeIfAbsent(id, key -> new EnumMap<>(AnnotationKind.class))
                    .merge(annotation.kind(), 1, Integer::sum));
            if (annotation.kind() == AnnotationKind.ACTOR) {
                mentionsOf.computeIfAbsent(annotation.actorId(), id -> new ArrayList<>()).add(annotation);
            }
        }
        if (namedBy.isEmpty()) {
            return;
        }
        heading("Actors");
        for (Map.Entry<Long, EnumMap<AnnotationKind, Integer>> entry : namedBy.entrySet()) {
            Actor actor = actors.get(entry.getKey());
            layout.keepTogether(30);
            layout.paragraph(actor.name() + " (" + Labels.of(actor.type()) + ")", fonts.bold, 10.5f, 12, PdfLayout.INK, bar(AnnotationKind.ACTOR));
            List<String> details = new ArrayList<>();
            if (!actor.description().isBlank()) {
                details.add(actor.description());
            }
            List<String> roles = text.roles(actor.id());
            if (!roles.isEmpty()) {
                details.add("role: " + String.join("; ", roles));
            }
            if (!actor.aliases().isEmpty()) {
                details.add("also: " + String.join(", ", actor.aliases()));
            }
            EnumMap<AnnotationKind, Integer> counts = entry.getValue();
            for (AnnotationKind kind : List.of(AnnotationKind.QUOTE, AnnotationKind.CLAIM, AnnotationKind.ACTOR)) {
                if (counts.containsKey(kind)) {
                    details.add(plural(counts.get(kind), kind == AnnotationKind.ACTOR ? "mention" : kind.name().toLowerCase(Locale.ROOT)));
                }
            }
            layout.paragraph(String.join(" · ", details), fonts.regular, 9.5f, 12, PdfLayout.MUTED, null);
            for (Annotation mention : mentionsOf.getOrDefault(entry.getKey(), List.of())) {
                noteAndTags(mention);
            }
        }
    }

    private void highlights(List<Annotation> highlights) throws IOException {
        if (highlights.isEmpty()) {
            return;
        }
        heading("Highlights");
        for (Annotation annotation : highlights) {
            layout.keepTogether(30);
            layout.paragraph(exactOrLost(annotation), fonts.regular, 10.5f, 12, PdfLayout.INK, bar(AnnotationKind.HIGHLIGHT));
            noteAndTags(annotation);
        }
    }

    private void noteAndTags(Annotation annotation) throws IOException {
        if (annotation.anchorState() == AnchorState.ORPHANED && !annotation.exact().isEmpty()) {
            layout.paragraph("Orphaned: these words are no longer in the article's current text (marked on revision "
                    + annotation.revision() + ")", fonts.regular, 9, 12, PdfLayout.MUTED, null);
        }
        boolean first = true;
        for (NoteBlock block : NoteMarkdown.blocks(annotation.note())) {
            List<PdfRun> runs = new ArrayList<>();
            if (first) {
                runs.add(PdfRun.of("Note: ", fonts.bold, PdfLayout.MUTED));
                first = false;
            }
            if (block.kind() == NoteBlock.Kind.LIST_ITEM) {
                runs.add(PdfRun.of(block.marker() + " ", fonts.regular, PdfLayout.INK));
            }
            for (NoteRun run : block.runs()) {
                boolean bold = run.bold() || block.kind() == NoteBlock.Kind.HEADING;
                PdfRun styled = PdfRun.of(run.text(), bold ? fonts.bold : fonts.regular, PdfLayout.INK).slanted(run.italic());
                runs.add(styled.withLink(run.link()));
            }
            // a heading's level is its size, not an indent
            float indent = 12 + 12 * (block.kind() == NoteBlock.Kind.HEADING ? 0 : block.level()) + (block.quoted() ? 10 : 0);
            layout.paragraph(runs, 9.5f, indent, block.quoted() ? PdfLayout.MUTED : null);
        }
        if (!annotation.tags().isEmpty()) {
            layout.paragraph("Tags: " + String.join(", ", annotation.tags()), fonts.regular, 9, 12, PdfLayout.MUTED, null);
        }
        layout.space(7);
    }

    /** A run that opens {@code address} when clicked (http, https and mailto only; anything else is plain text). */
    private PdfRun link(String address, String label, Color colour) {
        PdfRun run = PdfRun.of(label, fonts.regular, colour);
        return run.withLink(NoteMarkdown.openable(address));
    }

    private static String exactOrLost(Annotation annotation) {
        return annotation.exact().isEmpty()
                ? "(the marked words were not found again after an edit: " + Labels.of(annotation.anchorState()) + ")"
                : annotation.exact();
    }
}
