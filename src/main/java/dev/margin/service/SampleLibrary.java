package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.Span;
import dev.margin.domain.SpeakerResolution;
import dev.margin.importer.ArticleImporter;
import dev.margin.importer.ImportException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample article an empty library opens with (resources/sample/port-ellery-water.md, written for
 * Margin), imported through the ordinary Markdown importer and stored with a few quotes, actor
 * mentions, claims and highlights, overlapping as they do in real reading, in one transaction. The window's
 * composition root seeds it into an empty library at the first start.
 */
public final class SampleLibrary {
    static final String RESOURCE = "/sample/port-ellery-water.md";

    private final LibraryServices services;
    private final ArticleImporter importer;
    private final Clock clock;
    private final Map<String, Long> actorIds = new HashMap<>();
    private Article article;

    public SampleLibrary(LibraryServices services, ArticleImporter importer, Clock clock) {
        this.services = services;
        this.importer = importer;
        this.clock = clock;
    }

    /** Stores the sample article with its annotations; returns the article's id. */
    public long seed() {
        ArticleDraft imported = importSample();
        ArticleDraft draft = new ArticleDraft(imported.title(), "Tomas Reyes-Whitfield", "Margin Sample Wire", null,
                LocalDate.of(2026, 3, 3), "en", imported.text(), imported.headings());
        return services.store().inTransaction(() -> {
            article = services.library().importDraft(draft).article();
            actor("Imogen Achterberg", ActorType.PERSON, "chief executive of the Ellery Water Board");
            actor("Ellery Water Board", ActorType.ORGANISATION, "Port Ellery's water utility");
            actor("Rafael Oduya", ActorType.PERSON, "mayor of Port Ellery");
            actor("Hanne Lindqvist", ActorType.PERSON, "opposition councillor");
            actor("Dev Malhotra", ActorType.PERSON, "senior climatologist, Ellery Meteorological Service");
            annotations();
            return article.id();
        });
    }

    private ArticleDraft importSample() {
        Path temporary = null;
        try (InputStream in = SampleLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample article " + RESOURCE + " is missing from the build");
            }
            temporary = Files.createTempFile("margin-sample", ".md");
            Files.write(temporary, in.readAllBytes());
            return importer.importFile(temporary).draft();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample article: " + e.getMessage(), e);
        } catch (ImportException e) {
            throw new IllegalStateException("The sample article does not import: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                System.getLogger(SampleLibrary.class.getName()).log(System.Logger.Level.DEBUG, "Could not delete " + file, e);
            }
        }
    }

    private void actor(String name, ActorType type, String role) {
        List<String> aliases = type == ActorType.PERSON ? List.of(name.substring(name.lastIndexOf(' ') + 1)) : List.of();
        Actor stored = services.actors().create(Actor.named(name, type)
                .withAliases(aliases)
                .withRole(new ActorRole(role, article.publishedDate(), article.id())));
        actorIds.put(name, stored.id());
    }

    /** Creates the sample's annotations through the annotation service, in reading order of their kinds. */
    private void annotations() {
        AnnotationService annotations = services.annotations();
        quote("“We are not in a crisis yet, but we will be by August if we carry on as we are,”",
                "Imogen Achterberg", "Imogen Achterberg", "said", QuoteType.DIRECT, SpeakerResolution.EXPLICIT);
        quote("the schedule would be reviewed every fortnight and lifted as soon as the reservoirs climbed back above 45 per cent",
                "Imogen Achterberg", "Achterberg", "said", QuoteType.INDIRECT, SpeakerResolution.EXPLICIT);
        quote("“Nobody in this city will go without drinking water, not for a single day,”",
                "Rafael Oduya", "Oduya", "said", QuoteType.DIRECT, SpeakerResolution.EXPLICIT);
        Annotation leaks = quote("“They have known about the leaks since 2019 and spent the repair budget on a new headquarters,”",
                "Hanne Lindqvist", "she", "said", QuoteType.DIRECT, SpeakerResolution.PRONOUN);
        Annotation nearly = quote("“nearly 30 per cent of everything it pumps”", "Hanne Lindqvist", "Lindqvist", "According to",
                QuoteType.PARTIAL, SpeakerResolution.EXPLICIT);

        for (String name : List.of("Imogen Achterberg", "Ellery Water Board", "Rafael Oduya", "Hanne Lindqvist", "Dev Malhotra")) {
            Anchor anchor = anchor(name);
            annotations.createActorMention(article.id(), anchor.start(), anchor.end(), actorIds.get(name));
        }

        claim("the utility loses “nearly 30 per cent of everything it pumps” through leaking pipes",
                new ClaimDetails("The utility loses nearly 30% of the water it pumps through leaks", actorIds.get("Hanne Lindqvist"), false,
                        ClaimKind.STATISTIC, ClaimStatus.DISPUTED,
                        List.of(new Evidence("https://example.org/ellery-water-board/audit-2025", null, EvidenceStance.REFUTES,
                                "The board's own audit puts losses at 22 per cent.")), nearly.id()));
        claim("spent the repair budget on a new headquarters",
                new ClaimDetails("The repair budget was spent on a new headquarters", actorIds.get("Hanne Lindqvist"), false,
                        ClaimKind.CHARACTERISATION, ClaimStatus.UNVERIFIED, List.of(), leaks.id()));
        claim("the cuts will save about 40 million litres a day, roughly a fifth of current demand",
                new ClaimDetails("Rationing saves about 40 million litres a day", actorIds.get("Ellery Water Board"), false,
                        ClaimKind.PREDICTION, ClaimStatus.UNVERIFIED, List.of(), null));

        Instant now = clock.instant();
        Anchor capacity = anchor("31 per cent of capacity");
        Annotation figure = annotations.createHighlight(article.id(), capacity.start(), capacity.end());
        annotations.update(figure.withNote("Check against the board's **weekly reservoir bulletin**.", now).withTags(List.of("figures"), now));
        Anchor mains = anchor("180 kilometres of mains");
        Annotation pipes = annotations.createHighlight(article.id(), mains.start(), mains.end());
        annotations.update(pipes.withTags(List.of("figures", "infrastructure"), now));
    }

    private Annotation quote(String words, String speaker, String mention, String cue, QuoteType type, SpeakerResolution resolution) {
        Anchor anchor = anchor(words);
        QuoteDetails details = new QuoteDetails(actorIds.get(speaker), spanNear(mention, anchor), cue, spanNear(cue, anchor), type, resolution);
        return services.annotations().createQuote(article.id(), anchor.start(), anchor.end(), details);
    }

    private void claim(String words, ClaimDetails details) {
        Anchor anchor = anchor(words);
        services.annotations().createClaim(article.id(), anchor.start(), anchor.end(), details);
    }

    /** The anchor of the first occurrence of {@code words}. */
    private Anchor anchor(String words) {
        int start = article.text().indexOf(words);
        if (start < 0) {
            throw new IllegalStateException("the sample article lost the words “" + words + "”");
        }
        return Anchor.of(article.text(), start, start + words.length());
    }

    /** The occurrence of {@code words} nearest the quote (speaker or cue), within its paragraph. */
    private Span spanNear(String words, Anchor quote) {
        String text = article.text();
        int after = text.indexOf(words, quote.end());
        int before = text.lastIndexOf(words, quote.start());
        int paragraphEnd = text.indexOf('\n', quote.end());
        int paragraphStart = text.lastIndexOf('\n', quote.start());
        boolean afterOk = after >= 0 && (paragraphEnd < 0 || after < paragraphEnd);
        boolean beforeOk = before >= 0 && before > paragraphStart;
        int start = afterOk ? after : beforeOk ? before : -1;
        return start < 0 ? null : new Span(start, start + words.length());
    }
}
