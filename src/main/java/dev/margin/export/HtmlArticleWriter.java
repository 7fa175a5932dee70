package dev.margin.export;

import dev.margin.domain.PublishedTimes;
import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.Evidence;
import dev.margin.domain.QuoteDetails;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes one article: its paragraphs cut into segments at every annotation boundary, each segment
 * wrapped in one mark whose classes are the kinds covering it (so overlapping and nested
 * annotations need no nested tags), a numbered reference where an annotation ends, and the list
 * of notes. Paragraphs carry dir="auto" so right-to-left text reads in its own direction. An
 * annotation left orphaned on an older revision is listed among the notes but not marked.
 */
final class HtmlArticleWriter {
    private final Map<Long, Actor> actors;
    private final AnnotationText text;
    private final Writer out;

    HtmlArticleWriter(Map<Long, Actor> actors, Writer out) {
        this.actors = actors;
        this.text = new AnnotationText(actors);
        this.out = out;
    }

    void write(Article article, List<Annotation> annotations, String idPrefix) throws IOException {
        Map<Annotation, Integer> numbers = new HashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            numbers.put(annotations.get(i), i + 1);
        }
        out.write("<article id=\"" + idPrefix + "\"" + langAttribute(article) + ">\n<h1 dir=\"auto\">" + Html.escape(article.displayTitle()) + "</h1>\n");
        writeMeta(article);
        out.write("<div class=\"layout\">\n<div class=\"text\">\n");
        int paragraphStart = 0;
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            int paragraphEnd = paragraphStart + paragraphs.get(p).length();
            String tag = article.headings().contains(p) ? "h2" : "p";
            out.write("<" + tag + " dir=\"auto\">");
            writeSegments(article.text(), article.revision(), paragraphStart, paragraphEnd, annotations, numbers, idPrefix);
            out.write("</" + tag + ">\n");
            paragraphStart = paragraphEnd + 1;
        }
        out.write("</div>\n<aside>\n<ol class=\"notes\">\n");
        for (Annotation annotation : annotations) {
            writeNote(annotation, article, numbers.get(annotation), idPrefix);
        }
        out.write("</ol>\n</aside>\n</div>\n</article>\n");
    }

    private static String langAttribute(Article article) {
        return article.language().isBlank() ? "" : " lang=\"" + Html.escape(article.language()) + "\"";
    }

    private void writeMeta(Article article) throws IOException {
        List<String> parts = new ArrayList<>();
        if (!article.outlet().isBlank()) {
            parts.add(Html.escape(article.outlet()));
        }
        if (!article.byline().isBlank()) {
            parts.add(Html.escape(article.byline()));
        }
        if (article.publishedDate() != null) {
            parts.add("<time datetime=\"" + PublishedTimes.iso(article.publishedDate(), article.publishedTime()) + "\">"
                    + article.publishedText() + "</time>");
        }
        if (Html.isWebUrl(article.url())) {
            parts.add("<a href=\"" + Html.escape(article.url()) + "\">source</a>");
        }
        if (!parts.isEmpty()) {
            out.write("<p class=\"meta\">" + String.join(" · ", parts) + "</p>\n");
        }
    }

    private void writeSegments(String articleText, int revision, int from, int to, List<Annotation> annotations,
                               Map<Annotation, Integer> numbers, String idPrefix) throws IOException {
        List<Annotation> inside = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Annotation annotation : annotations) {
            boolean onThisText = annotation.revision() == revision && annotation.end() > annotation.start();
            if (onThisText && annotation.start() < to && annotation.end() > from) {
                inside.add(annotation);
                cuts.add(Math.max(from, annotation.start()));
                cuts.add(Math.min(to, annotation.end()));
            }
        }
        Integer segmentStart = cuts.first();
        for (Integer segmentEnd = cuts.higher(segmentStart); segmentEnd != null; segmentStart = segmentEnd, segmentEnd = cuts.higher(segmentEnd)) {
            List<Annotation> covering = new ArrayList<>();
            for (Annotation annotation : inside) {
                if (annotation.start() <= segmentStart && annotation.end() >= segmentEnd) {
                    covering.add(annotation);
                }
            }
            String words = Html.escape(articleText.substring(segmentStart, segmentEnd));
            if (covering.isEmpty()) {
                out.write(words);
            } else {
                writeMark(words, covering, numbers);
            }
            for (Annotation annotation : covering) {
                if (annotation.end() == segmentEnd) {
                    int n = numbers.get(annotation);
                    out.write("<sup class=\"ref\"><a href=\"#" + idPrefix + "-n" + n + "\" id=\"" + idPrefix + "-r" + n + "\">" + n + "</a></sup>");
                }
            }
        }
    }

    private void writeMark(String words, List<Annotation> covering, Map<Annotation, Integer> numbers) throws IOException {
        TreeSet<String> classes = new TreeSet<>();
        StringBuilder title = new StringBuilder();
        String colour = null;
        for (Annotation annotation : covering) {
            classes.add("m-" + Labels.of(annotation.kind()));
            title.append(title.length() == 0 ? "" : ", ").append(numbers.get(annotation)).append(' ').append(Labels.of(annotation.kind()));
            colour = Html.safeColour(annotation.colour()) != null ? Html.safeColour(annotation.colour()) : colour;
        }
        out.write("<mark class=\"m " + String.join(" ", classes) + "\" title=\"" + Html.escape(title.toString()) + "\"");
        if (colour != null) {
            out.write(" style=\"background-color:" + colour + "\"");
        }
        out.write(">" + words + "</mark>");
    }

    private void writeNote(Annotation annotation, Article article, int number, String idPrefix) throws IOException {
        String kind = Labels.of(annotation.kind());
        out.write("<li id=\"" + idPrefix + "-n" + number + "\" class=\"k-" + kind + "\">");
        boolean marked = !annotation.exact().isEmpty() && annotation.revision() == article.revision();
        String back = !marked ? String.valueOf(number)
                : "<a class=\"back\" href=\"#" + idPrefix + "-r" + number + "\">" + number + "</a>";
        out.write(back + " <span class=\"kind\">" + kind + "</span>");
        if (annotation.exact().isEmpty()) {
            out.write(" <em>(the marked words were not found again: " + Labels.of(annotation.anchorState()) + ")</em>");
        } else {
            out.write("<blockquote dir=\"auto\">" + Html.escape(annotation.exact()) + "</blockquote>");
        }
        if (annotation.quote() != null) {
            writeQuoteDetails(annotation, annotation.quote());
        }
        if (annotation.actorId() != null) {
            writeActor(actors.get(annotation.actorId()));
        }
        if (annotation.claim() != null) {
            writeClaimDetails(annotation, annotation.claim(), article);
        }
        if (!annotation.note().isBlank()) {
            out.write("<div class=\"note\">" + NoteMarkup.html(annotation.note()) + "</div>");
        }
        if (!annotation.tags().isEmpty()) {
            out.write("<div class=\"tags\">");
            for (String tag : annotation.tags()) {
                out.write("<span dir=\"auto\">" + Html.escape(tag) + "</span>");
            }
            out.write("</div>");
        }
        out.write("</li>\n");
    }

    private void writeQuoteDetails(Annotation annotation, QuoteDetails quote) throws IOException {
        String speaker = text.speaker(annotation);
        out.write("<div>— " + (speaker.isEmpty() ? "<em>" + Labels.of(quote.resolution()) + "</em>" : "<strong>" + Html.escape(speaker) + "</strong>"));
        writeRoles(quote.speakerActorId());
        if (!quote.cue().isBlank()) {
            out.write(", <em>" + Html.escape(quote.cue()) + "</em>");
        }
        out.write(" (" + Labels.of(quote.type()) + " quote)</div>");
    }

    private void writeActor(Actor actor) throws IOException {
        out.write("<div><strong>" + Html.escape(actor.name()) + "</strong> (" + Labels.of(actor.type()) + ")");
        if (!actor.description().isBlank()) {
            out.write(": " + Html.escape(actor.description()));
        }
        out.write("</div>");
        List<String> roles = text.roles(actor.id());
        if (!roles.isEmpty()) {
            out.write("<div class=\"roles\">Role: " + Html.escape(String.join("; ", roles)) + "</div>");
        }
    }

    /** The speaker's or claimant's roles after the name: " (transport minister as of 2026-11-20)". */
    private void writeRoles(Long actorId) throws IOException {
        String roles = text.rolesLine(actorId);
        if (!roles.isEmpty()) {
            out.write(" <span class=\"roles\">(" + Html.escape(roles) + ")</span>");
        }
    }

    private void writeClaimDetails(Annotation annotation, ClaimDetails claim, Article article) throws IOException {
        out.write("<div><span class=\"status status-" + Labels.of(claim.status()) + "\">" + Labels.title(claim.status()) + "</span> · "
                + Labels.of(claim.kind()));
        String claimant = text.claimant(annotation, article);
        if (!claimant.isEmpty()) {
            out.write(" · claimed by <strong>" + Html.escape(claimant) + "</strong>");
            writeRoles(claim.claimantActorId());
        }
        out.write("</div>");
        if (!claim.statement().isBlank()) {
            out.write("<div dir=\"auto\">Statement: " + Html.escape(claim.statement()) + "</div>");
        }
        if (!claim.evidence().isEmpty()) {
            out.write("<ul class=\"evidence\">");
            for (Evidence evidence : claim.evidence()) {
                out.write("<li>" + Labels.of(evidence.stance()) + ": " + link(evidence.url(), evidence.url()));
                if (evidence.archivedUrl() != null && !evidence.archivedUrl().isBlank()) {
                    out.write(" (" + link(evidence.archivedUrl(), "archived") + ")");
                }
                if (!evidence.note().isBlank()) {
                    out.write(" — " + Html.escape(evidence.note()));
                }
                out.write("</li>");
            }
            out.write("</ul>");
        }
    }

    /** A link for a web URL; any other scheme is shown as text, never made clickable. */
    private static String link(String url, String label) {
        return Html.isWebUrl(url)
                ? "<a href=\"" + Html.escape(url) + "\">" + Html.escape(label) + "</a>"
                : Html.escape(url) + (label.equals(url) ? "" : " (" + Html.escape(label) + ")");
    }
}
