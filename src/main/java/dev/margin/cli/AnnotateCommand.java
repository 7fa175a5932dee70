package dev.margin.cli;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code margin annotate ID}: adds one quote, actor mention, claim or highlight, found by its exact text,
 * so that scripts and tests can drive the library. A speaker, mentioned actor or claimant named on the
 * command line is looked up by name or alias and created when missing; the actors and the annotation are
 * saved in one transaction, through the same services the window uses.
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

    @Option(names = "--speaker", paramLabel = "NAME", description = "Quote: who said it (an actor's name or alias; created as a person when new).")
    private String speaker;

    @Option(names = "--cue", paramLabel = "WORDS", description = "Quote: the reporting verb or phrase (\"said\", \"according to\").")
    private String cue;

    @Option(names = "--type", paramLabel = "TYPE", description = "Quote: ${COMPLETION-CANDIDATES} (default: direct).")
    private QuoteType quoteType;

    @Option(names = "--actor-name", paramLabel = "NAME", description = "Actor: the canonical name (default: the mention itself).")
    private String actorName;

    @Option(names = "--actor-type", paramLabel = "TYPE", description = "Actor: ${COMPLETION-CANDIDATES} (default: person) for a new actor.")
    private ActorType actorType;

    @Option(names = "--claimant", paramLabel = "NAME", description = "Claim: who makes it (an actor's name or alias; created as a person when new).")
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
        try (Store store = root.openStore()) {
            // found and saved in one transaction, so the words cannot change between finding and anchoring them
            Placement placement = store.inTransaction(() -> place(store, kind, exact));
            if (placement.problem() != null) {
                return CommandFailure.report(spec, placement.problem());
            }
            Annotation saved = placement.saved();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Added " + kind.name().toLowerCase(Locale.ROOT) + " " + saved.id() + " to article " + articleId
                    + " at " + saved.start() + "-" + saved.end() + ": " + placement.excerpt());
            out.flush();
        }
        return 0;
    }

    /** What annotating did: the saved annotation and where it stands, or why nothing was saved. */
    private record Placement(Annotation saved, String excerpt, String problem) {
        static Placement refused(String problem) {
            return new Placement(null, null, problem);
        }
    }

    private Placement place(Store store, AnnotationKind kind, String exact) {
        Article article = store.articles().find(articleId).orElse(null);
        if (article == null) {
            return Placement.refused("there is no article " + articleId + " in " + store.file() + " (see `margin list`).");
        }
        List<Integer> starts = ExactTextFinder.occurrences(article.text(), exact);
        String problem = placementProblem(article, exact, starts);
        if (problem != null) {
            return Placement.refused(problem);
        }
        int start = starts.get(occurrence == null ? 0 : occurrence - 1);
        Anchor anchor = Anchor.of(article.text(), start, start + exact.length());
        return new Placement(save(store, article, kind, anchor), ExactTextFinder.excerpt(article.text(), start, exact.length()), null);
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

    /** Creates the annotation, with any actor it names, through the services; the caller's transaction holds it all. */
    private Annotation save(Store store, Article article, AnnotationKind kind, Anchor anchor) {
        Clock clock = Clock.systemUTC();
        AnnotationService annotations = new AnnotationService(store, clock);
        ActorService actors = new ActorService(store, clock);
        long id = article.id();
        Annotation annotation = switch (kind) {
            case QUOTE -> annotations.createQuote(id, anchor.start(), anchor.end(),
                    new QuoteDetails(personId(actors, speaker),
                            null, cue, null, quoteType == null ? QuoteType.DIRECT : quoteType, null));
            case ACTOR -> annotations.createActorMention(id, anchor.start(), anchor.end(), mentionedActor(actors, anchor.exact()).id());
            case CLAIM -> annotations.createClaim(id, anchor.start(), anchor.end(),
                    new ClaimDetails("", personId(actors, claimant),
                            false, claimKind, status, List.of(), null));
            case HIGHLIGHT -> annotations.createHighlight(id, anchor.start(), anchor.end());
        };
        if (note != null || !tags.isEmpty()) {
            Instant now = clock.instant();
            annotation = annotations.update(annotation.withNote(note == null ? "" : note, now).withTags(tags, now));
        }
        return annotation;
    }

    /** The id of the actor a --speaker or --claimant names, created as a person when new; null when none is named. */
    private static Long personId(ActorService actors, String name) {
        return name == null ? null : actors.findOrCreate(name, ActorType.PERSON).id();
    }

    /**
     * The actor named by --actor-name (or by the mention itself), created with --actor-type when new; a mention
     * worded differently from the actor's name and aliases becomes one more alias.
     */
    private Actor mentionedActor(ActorService actors, String mention) {
        Actor actor = actors.findOrCreate(actorName == null ? mention : actorName, actorType == null ? ActorType.PERSON : actorType);
        if (actor.answersTo(mention)) {
            return actor;
        }
        List<String> aliases = new ArrayList<>(actor.aliases());
        aliases.add(mention.strip());
        return actors.setAliases(actor.id(), aliases);
    }
}
