package dev.margin.export;

import dev.margin.domain.PublishedTimes;
import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Evidence;
import dev.margin.domain.QuoteDetails;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes one article's note: YAML front matter (title, outlet, byline, date, url, tags), then
 * sections for quotes, claims, actors and highlights, each item with its note and tags.
 * Actor names become Obsidian wiki-links ([[Adaeze Okafor]]) to their {@link ActorNotes} when asked
 * for; a speaker's and claimant's roles follow the name.
 */
final class MarkdownNoteWriter {
    private final Map<Long, Actor> actors;
    private final AnnotationText text;
    private final ActorNotes actorNotes;

    /** @param actorNotes the actor notes the [[wiki-links]] point to; null for bold names instead of links */
    MarkdownNoteWriter(Map<Long, Actor> actors, ActorNotes actorNotes) {
        this.actors = actors;
        this.text = new AnnotationText(actors);
        this.actorNotes = actorNotes;
    }

    void write(Article article, List<Annotation> annotations, Writer out) throws IOException {
        write(article, ArticleAssessment.NONE, annotations, out);
    }

    /** The note of an article with the user's note, tags and verdict on the whole of it (in the front matter and a section). */
    void write(Article article, ArticleAssessment assessment, List<Annotation> annotations, Writer out) throws IOException {
        writeFrontMatter(article, assessment, annotations, out);
        out.write("# " + MarkdownText.literal(article.displayTitle()) + "\n\n");
        List<String> meta = new ArrayList<>();
        if (!article.outlet().isBlank()) {
            meta.add(MarkdownText.literal(article.outlet()));
        }
        if (!article.byline().isBlank()) {
            meta.add(MarkdownText.literal(article.byline()));
        }
        if (article.publishedDate() != null) {
            meta.add(article.publishedText());
        }
        if (article.url() != null && !article.url().isBlank()) {
            meta.add("<" + article.url().replace(">", "%3E").replace(" ", "%20") + ">");
        }
        if (!meta.isEmpty()) {
            out.write(String.join(" · ", meta) + "\n\n");
        }
        writeAssessment(assessment, out);
        writeSection("Quotes", of(annotations, AnnotationKind.QUOTE), out, this::writeQuote);
        writeSection("Claims", of(annotations, AnnotationKind.CLAIM), out, (a, w) -> writeClaim(a, article, w));
        writeActors(annotations, out);
        writeSection("Highlights", of(annotations, AnnotationKind.HIGHLIGHT), out, this::writeHighlight);
    }

    private interface ItemWriter {
        void write(Annotation annotation, Writer out) throws IOException;
    }

    private static List<Annotation> of(List<Annotation> annotations, AnnotationKind kind) {
        return annotations.stream().filter(a -> a.kind() == kind).toList();
    }

    private static void writeSection(String title, List<Annotation> items, Writer out, ItemWriter writer) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.write("## " + title + "\n\n");
        for (Annotation annotation : items) {
            writer.write(annotation, out);
        }
    }

    /** "## Article notes": the verdict, the article's own tags and the note, when the user gave any. */
    private static void writeAssessment(ArticleAssessment assessment, Writer out) throws IOException {
        if (assessment.isEmpty()) {
            return;
        }
        out.write("## Article notes\n\n");
        if (assessment.verdict() != null) {
            out.write("- **Verdict:** " + Labels.title(assessment.verdict()) + "\n");
        }
        if (!assessment.tags().isEmpty()) {
            out.write("- **Tags:** " + assessment.tags().stream().map(t -> "#" + MarkdownText.tag(t)).collect(Collectors.joining(" ")) + "\n");
        }
        if (assessment.verdict() != null || !assessment.tags().isEmpty()) {
            out.write("\n");
        }
        if (!assessment.note().isEmpty()) {
            out.write(assessment.note() + "\n\n");
        }
    }

    private void writeFrontMatter(Article article, ArticleAssessment assessment, List<Annotation> annotations, Writer out)
            throws IOException {
        out.write("---\n");
        out.write("title: " + MarkdownText.yamlString(article.displayTitle()) + "\n");
        out.write("outlet: " + MarkdownText.yamlString(article.outlet()) + "\n");
        out.write("byline: " + MarkdownText.yamlString(article.byline()) + "\n");
        if (article.publishedDate() != null) {
            out.write("date: " + PublishedTimes.iso(article.publishedDate(), article.publishedTime()) + "\n");
        }
        if (article.url() != null) {
            out.write("url: " + MarkdownText.yamlString(article.url()) + "\n");
        }
        if (assessment.verdict() != null) {
            out.write("verdict: " + assessment.verdict().word() + "\n");
        }
        Set<String> tags = new LinkedHashSet<>();
        assessment.tags().forEach(tag -> tags.add(MarkdownText.tag(tag)));
        annotations.forEach(a -> a.tags().forEach(tag -> tags.add(MarkdownText.tag(tag))));
        if (!tags.isEmpty()) {
            out.write("tags:\n");
            for (String tag : tags) {
                out.write("  - " + MarkdownText.yamlString(tag) + "\n");
            }
        }
        out.write("margin-article-id: " + article.id() + "\n");
        out.write("margin-revision: " + article.revision() + "\n");
        out.write("---\n\n");
    }

    private void writeQuote(Annotation annotation, Writer out) throws IOException {
        QuoteDetails quote = annotation.quote();
        out.write(MarkdownText.blockQuote(annotation.exact()));
        List<String> attribution = new ArrayList<>();
        String speaker = text.speaker(annotation);
        attribution.add(speaker.isEmpty() ? "*" + Labels.of(quote.resolution()) + "*" : actor(quote.speakerActorId()) + roles(quote.speakerActorId()));
        if (!quote.cue().isBlank()) {
            attribution.add("*" + MarkdownText.literal(quote.cue()) + "*");
        }
        attribution.add(Labels.of(quote.type()) + " quote");
        out.write(">\n> — " + String.join(", ", attribution) + "\n\n");
        writeNoteAndTags(annotation, out);
    }

    private void writeClaim(Annotation annotation, Article article, Writer out) throws IOException {
        ClaimDetails claim = annotation.claim();
        out.write("### " + Labels.title(claim.status()) + ": " + MarkdownText.literal(headingText(annotation.exact())) + "\n\n");
        out.write(MarkdownText.blockQuote(annotation.exact()) + "\n");
        out.write("- **Status:** " + Labels.of(claim.status()) + "\n");
        String claimant = claim.claimantActorId() != null ? actor(claim.claimantActorId()) + roles(claim.claimantActorId())
                : MarkdownText.literal(text.claimant(annotation, article));
        if (!claimant.isEmpty()) {
            out.write("- **Claimant:** " + claimant + "\n");
        }
        out.write("- **Kind:** " + Labels.of(claim.kind()) + "\n");
        if (!claim.statement().isBlank()) {
            out.write("- **Statement:** " + MarkdownText.literal(claim.statement()) + "\n");
        }
        if (!claim.evidence().isEmpty()) {
            out.write("- **Evidence:**\n");
            for (Evidence evidence : claim.evidence()) {
                out.write("  - " + Labels.of(evidence.stance()) + ": <" + evidence.url() + ">");
                if (evidence.archivedUrl() != null && !evidence.archivedUrl().isBlank()) {
                    out.write(" ([archived](<" + evidence.archivedUrl() + ">))");
                }
                if (!evidence.note().isBlank()) {
                    out.write(" — " + MarkdownText.literal(evidence.note()));
                }
                out.write("\n");
            }
        }
        out.write("\n");
        writeNoteAndTags(annotation, out);
    }

    private void writeHighlight(Annotation annotation, Writer out) throws IOException {
        out.write(MarkdownText.blockQuote(annotation.exact().isEmpty() ? "(text no longer found: " + Labels.of(annotation.anchorState()) + ")" : annotation.exact()));
        out.write("\n");
        writeNoteAndTags(annotation, out);
    }

    private void writeActors(List<Annotation> annotations, Writer out) throws IOException {
        Map<Long, List<String>> mentions = new LinkedHashMap<>();
        for (Annotation annotation : annotations) {
            for (Long actorId : AnnotationActors.named(annotation)) {
                mentions.computeIfAbsent(actorId, id -> new ArrayList<>());
            }
            if (annotation.kind() == AnnotationKind.ACTOR) {
                mentions.get(annotation.actorId()).add(annotation.exact());
            }
        }
        if (mentions.isEmpty()) {
            return;
        }
        out.write("## Actors\n\n");
        for (Map.Entry<Long, List<String>> entry : mentions.entrySet()) {
            Actor actor = actors.get(entry.getKey());
            List<String> parts = new ArrayList<>();
            parts.add(Labels.of(actor.type()));
            if (!actor.description().isBlank()) {
                parts.add(MarkdownText.literal(actor.description()));
            }
            if (!actor.aliases().isEmpty()) {
                parts.add("also: " + actor.aliases().stream().map(MarkdownText::literal).collect(Collectors.joining(", ")));
            }
            List<String> roles = text.roles(actor.id());
            if (!roles.isEmpty()) {
                parts.add("role: " + roles.stream().map(MarkdownText::literal).collect(Collectors.joining("; ")));
            }
            if (actor.externalId() != null && !actor.externalId().isBlank()) {
                parts.add("id " + MarkdownText.literal(actor.externalId()));
            }
            if (!entry.getValue().isEmpty()) {
                parts.add("mentioned as " + entry.getValue().stream().map(m -> "“" + MarkdownText.literal(m) + "”").distinct()
                        .collect(Collectors.joining(", ")));
            }
            out.write("- " + actor(actor.id()) + " — " + String.join("; ", parts) + "\n");
        }
        out.write("\n");
        for (Annotation annotation : annotations) {
            if (annotation.kind() == AnnotationKind.ACTOR && (!annotation.note().isEmpty() || !annotation.tags().isEmpty())) {
                out.write("Note on " + actor(annotation.actorId()) + " (“" + MarkdownText.literal(annotation.exact()) + "”):\n\n");
                writeNoteAndTags(annotation, out);
            }
        }
    }

    private void writeNoteAndTags(Annotation annotation, Writer out) throws IOException {
        if (!annotation.note().isBlank()) {
            out.write(annotation.note().strip() + "\n\n");
        }
        if (!annotation.tags().isEmpty()) {
            out.write(annotation.tags().stream().map(t -> "#" + MarkdownText.tag(t)).collect(Collectors.joining(" ")) + "\n\n");
        }
    }

    private String actor(Long actorId) {
        String name = text.actorName(actorId);
        return actorNotes != null ? actorNotes.link(actorId) : "**" + MarkdownText.literal(name) + "**";
    }

    /** " (transport minister as of 2026-11-20)" after a speaker's or claimant's name, or nothing. */
    private String roles(Long actorId) {
        String roles = text.rolesLine(actorId);
        return roles.isEmpty() ? "" : " (" + MarkdownText.literal(roles) + ")";
    }

    private static String headingText(String exact) {
        String oneLine = exact.replace('\n', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= 60) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, 59)) + "…";
    }
}
