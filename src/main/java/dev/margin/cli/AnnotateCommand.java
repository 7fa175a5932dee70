package dev.margin.cli;

import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteType;
import dev.margin.service.LibraryServices;
import dev.margin.service.MarkService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code margin annotate ID}: adds one quote, actor mention, claim or highlight, found by its exact text,
 * so that scripts and tests can drive the library. The marking follows the window's rules ({@link MarkService}):
 * a speaker, mentioned actor or claimant is found by name, alias or a unique surname and created when missing,
 * a mention worded otherwise than its actor adds an alias, and a quote's type defaults to what its quotation
 * marks say; the actors and the annotation are saved in one transaction.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add a quote, actor mention, claim or highlight to an article, by its exact text.",
                "When the text occurs more than once, choose one with --occurrence."})
final class AnnotateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article id, as `margin list` prints it.")
    private long articleId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    /** Exactly one kind of annotation, given with its exact text. */
    static final class What {
        @Option(names = "--quote", paramLabel = "TEXT", description = "The quoted words.")
        String quote;
        @Option(names = "--actor", paramLabel = "TEXT", description = "A mention of an actor (\"Okafor\", \"the ministry\").")
        String actor;
        @Option(names = "--claim", paramLabel = "TEXT", description = "The words making a claim.")
        String claim;
        @Option(names = "--highlight", paramLabel = "TEXT", description = "Any words to highlight.")
        String highlight;
    }

    @Option(names = "--speaker", paramLabel = "NAME", description = "Quote: who said it (an actor's name, alias or surname; created when new).")
    private String speaker;

    @Option(names = "--cue", paramLabel = "WORDS", description = "Quote: the reporting verb or phrase (\"said\", \"according to\").")
    private String cue;

    @Option(names = "--type", paramLabel = "TYPE", description = "Quote: ${COMPLETION-CANDIDATES} (default: read from the quotation marks, as the window proposes).")
    private QuoteType quoteType;

    @Option(names = "--actor-name", paramLabel = "NAME", description = "Actor: the canonical name (default: the mention itself).")
    private String actorName;

    @Option(names = "--actor-type", paramLabel = "TYPE", description = "Actor: ${COMPLETION-CANDIDATES} (default: person) for a new actor.")
    private ActorType actorType;

    @Option(names = "--claimant", paramLabel = "NAME", description = "Claim: who makes it (an actor's name, alias or surname; created as a person when new).")
    private String claimant;

    @Option(names = "--status", paramLabel = "STATUS", description = "Claim: ${COMPLETION-CANDIDATES} (default: unverified).")
    private ClaimStatus status;

    @Option(names = "--claim-kind", paramLabel = "KIND", description = "Claim: ${COMPLETION-CANDIDATES} (default: other).")
    private ClaimKind claimKind;

    @Option(names = "--occurrence", paramLabel = "N", description = "Which occurrence of the text to annotate, counting from 1.")
    private Integer occurrence;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note (Markdown).")
    private String note;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for more.")
    private List<String> tags = new ArrayList<>();

    private final MarginCommand root;

    AnnotateCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        AnnotationKind kind = kind();
        checkOptionsFit(kind);
        String exact = exactText();
        try (LibraryServices library = root.openLibrary()) {
            Article article = library.library().article(articleId).orElse(null);
            if (article == null) {
                return CommandFailure.report(spec, "there is no article " + articleId + " in " + library.libraryFile() + " (see `margin list`).");
            }
            List<Integer> starts = ExactTextFinder.occurrences(article.text(), exact);
            String problem = placementProblem(article, exact, starts);
            if (problem != null) {
                return CommandFailure.report(spec, problem);
            }
            int start = starts.get(occurrence == null ? 0 : occurrence - 1);
            // the service checks the words are still there, so they cannot change between finding and marking them
            Annotation saved = library.marks().mark(articleId, start, start + exact.length(), exact, request(kind));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Added " + kind.name().toLowerCase(Locale.ROOT) + " " + saved.id() + " to article " + articleId
                    + " at " + saved.start() + "-" + saved.end() + ": " + ExactTextFinder.excerpt(article.text(), start, exact.length()));
            out.flush();
        }
        return 0;
    }

    /** The mark as the options describe it, for the service that applies the window's rules to it. */
    private MarkService.Request request(AnnotationKind kind) {
        return new MarkService.Request(kind, speaker, cue, quoteType, actorName, actorType, claimant, status, claimKind, note, tags);
    }

    private AnnotationKind kind() {
        if (what.quote != null) {
            return AnnotationKind.QUOTE;
        }
        if (what.actor != null) {
            return AnnotationKind.ACTOR;
        }
        return what.claim != null ? AnnotationKind.CLAIM : AnnotationKind.HIGHLIGHT;
    }

    private String exactText() {
        String exact = what.quote != null ? what.quote : what.actor != null ? what.actor : what.claim != null ? what.claim : what.highlight;
        if (exact.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "The text to annotate is empty.");
        }
        return exact;
    }

    /** Options that belong to another kind are a usage error, not silently ignored. */
    private void checkOptionsFit(AnnotationKind kind) {
        List<String> misplaced = new ArrayList<>();
        if (kind != AnnotationKind.QUOTE) {
            addIfSet(misplaced, speaker, "--speaker");
            addIfSet(misplaced, cue, "--cue");
            addIfSet(misplaced, quoteType, "--type");
        }
        if (kind != AnnotationKind.ACTOR) {
            addIfSet(misplaced, actorName, "--actor-name");
            addIfSet(misplaced, actorType, "--actor-type");
        }
        if (kind != AnnotationKind.CLAIM) {
            addIfSet(misplaced, claimant, "--claimant");
            addIfSet(misplaced, status, "--status");
            addIfSet(misplaced, claimKind, "--claim-kind");
        }
        if (!misplaced.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", misplaced) + " cannot be used with --"
                    + (kind == AnnotationKind.ACTOR ? "actor" : kind.name().toLowerCase(Locale.ROOT)) + ".");
        }
        if (occurrence != null && occurrence < 1) {
            throw new ParameterException(spec.commandLine(), "--occurrence counts from 1, but was " + occurrence + ".");
        }
    }

    private static void addIfSet(List<String> misplaced, Object value, String option) {
        if (value != null) {
            misplaced.add(option);
        }
    }

    /** Why the exact text cannot be placed as asked, or null when it can. */
    private String placementProblem(Article article, String exact, List<Integer> starts) {
        String shown = "«" + OneLine.of(exact) + "»";
        if (starts.isEmpty()) {
            return "the text " + shown + " does not occur in article " + articleId + " (revision " + article.revision()
                    + "); give the words exactly as `margin show " + articleId + "` prints them, without the brackets.";
        }
        if (occurrence == null && starts.size() > 1 || occurrence != null && occurrence > starts.size()) {
            StringBuilder message = new StringBuilder("the text " + shown + " occurs " + starts.size() + " times in article "
                    + articleId + "; choose one with --occurrence 1.." + starts.size() + ":");
            for (int i = 0; i < starts.size(); i++) {
                message.append(System.lineSeparator()).append("  ").append(i + 1).append(": ")
                        .append(ExactTextFinder.excerpt(article.text(), starts.get(i), exact.length()));
            }
            return message.toString();
        }
        return null;
    }
}
