package dev.margin.cli;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.store.DataDirectory;
import dev.margin.store.Store;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.suggest.QuoteProposal;
import dev.margin.ui.annotations.ActorInput;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.annotations.ClaimInput;
import dev.margin.ui.annotations.QuoteInput;
import dev.margin.ui.common.Messages;
import dev.margin.service.LibraryServices;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same marks made in the window (through its view-model, as the Q, A and C dialogs hand them over) and with
 * {@code margin annotate} leave the same library: the typed speaker "Okafor" is the existing Adaeze Okafor in both,
 * a mention worded otherwise adds the same alias, quote types and the proposed speaker and cue spans agree, and
 * a new speaker is created once with the same type.
 */
class SameMarkFromWindowAndCommandLineTest {
    private static final String TEXT = "Fares frozen for a year\n"
            + "Transport Minister Adaeze Okafor defended the budget on Monday.\n"
            + "“We will keep fares low,” Okafor said. She said the rail subsidy would cost 40 billion naira.\n"
            + "“The state cannot pay for this,” said Chidi Nwosu, who heads the drivers’ union.\n"
            + "The plan is “dead on arrival”, according to the Lagos Chamber of Commerce.";
    private static final String DIRECT = "We will keep fares low";
    private static final String REPORTED = "the rail subsidy would cost 40 billion naira";
    private static final String NEW_SPEAKER_QUOTE = "The state cannot pay for this,";
    private static final String MENTION = "Okafor";
    private static final String CLAIM = "the rail subsidy would cost 40 billion naira";

    @TempDir
    Path dir;

    @Test
    void theWindowAndTheCommandLineStoreTheSameMarks() throws Exception {
        Path windowLibrary = dir.resolve("window/" + DataDirectory.FILE_NAME);
        Path cliLibrary = dir.resolve("cli/data/" + DataDirectory.FILE_NAME);
        long windowArticle = prepare(windowLibrary);
        long cliArticle = prepare(cliLibrary);

        markInTheWindow(windowLibrary, windowArticle);
        markOnTheCommandLine(cliArticle);

        Library window = read(windowLibrary, windowArticle);
        Library commandLine = read(cliLibrary, cliArticle);
        assertThat(commandLine).isEqualTo(window);

        Actor okafor = window.actors().get(0);
        assertThat(okafor.name()).isEqualTo("Adaeze Okafor");
        assertThat(okafor.aliases()).containsExactly("Okafor");
        assertThat(window.actors()).extracting(Actor::name).containsExactly("Adaeze Okafor", "Chidi Nwosu");
        List<Mark> quotes = window.marks().stream().filter(mark -> mark.kind() == AnnotationKind.QUOTE).toList();
        assertThat(quotes).extracting(Mark::speaker).containsExactly("Adaeze Okafor", "Adaeze Okafor", "Chidi Nwosu");
        QuoteDetails direct = quotes.get(0).quote();
        assertThat(direct.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(direct.resolution()).isEqualTo(SpeakerResolution.EXPLICIT);
        assertThat(TEXT.substring(direct.speakerSpan().start(), direct.speakerSpan().end())).isEqualTo("Okafor");
        assertThat(TEXT.substring(direct.cueSpan().start(), direct.cueSpan().end())).isEqualTo("said");
        assertThat(quotes.get(1).quote().type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(quotes.get(1).quote().resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(window.marks()).filteredOn(mark -> mark.kind() == AnnotationKind.ACTOR).extracting(Mark::actor)
                .containsExactly("Adaeze Okafor");
        assertThat(window.marks()).filteredOn(mark -> mark.kind() == AnnotationKind.CLAIM).extracting(Mark::claim)
                .containsExactly("STATISTIC UNVERIFIED null true");
    }

    /** The marks as the dialogs hand them over when the user accepts each proposal or types a name. */
    private void markInTheWindow(Path library, long articleId) {
        try (Store store = SqliteStore.open(library)) {
            Messages messages = Messages.forLocale(Locale.ROOT);
            Clock clock = Clock.fixed(Instant.parse("2026-06-12T10:00:00Z"), ZoneOffset.UTC);
            AnnotatingViewModel annotating = new AnnotatingViewModel(LibraryServices.over(store, clock), new SynchronousTaskRunner(),
                    new StatusViewModel(messages), messages, clock);
            Article article = store.articles().find(articleId).orElseThrow();
            annotating.show(article, store.annotations().forArticle(articleId));
            annotating.actors().reload(() -> { }, error -> { throw new AssertionError(error); });

            quote(annotating, DIRECT, "Okafor", "said");
            quote(annotating, REPORTED, "Okafor", "said");
            QuoteProposal proposed = quote(annotating, NEW_SPEAKER_QUOTE, "Chidi Nwosu", "said");
            assertThat(proposed.name()).as("the speaker proposed from the text").isEqualTo("Chidi Nwosu");
            int[] mention = span(MENTION, 2);
            annotating.markActor(mention[0], mention[1], new ActorInput(annotating.proposeActorName(mention[0], mention[1]),
                    ActorType.PERSON, ""));
            int[] claim = span(CLAIM, 1);
            annotating.markClaim(claim[0], claim[1], new ClaimInput("", false, ClaimKind.STATISTIC, ClaimStatus.UNVERIFIED, ""));
            annotating.markHighlight(span("Fares frozen", 1)[0], span("Fares frozen", 1)[1]);
        }
    }

    private static QuoteProposal quote(AnnotatingViewModel annotating, String words, String typedSpeaker, String typedCue) {
        int[] quote = span(words, 1);
        QuoteProposal proposal = annotating.proposeQuote(quote[0], quote[1]);
        annotating.markQuote(quote[0], quote[1], new QuoteInput(typedSpeaker, proposal.speakerType(), typedCue, proposal.type(), proposal));
        return proposal;
    }

    private void markOnTheCommandLine(long articleId) {
        CliRunner cli = new CliRunner(dir.resolve("cli/data"), dir.resolve("cli/home"));
        String id = Long.toString(articleId);
        Consumer<CliRunner.Run> ok = run -> assertThat(run.exitCode()).as(run.err()).isZero();
        ok.accept(cli.run("annotate", id, "--quote", DIRECT, "--speaker", "Okafor", "--cue", "said"));
        ok.accept(cli.run("annotate", id, "--quote", REPORTED, "--speaker", "Okafor", "--cue", "said"));
        ok.accept(cli.run("annotate", id, "--quote", NEW_SPEAKER_QUOTE, "--speaker", "Chidi Nwosu", "--cue", "said"));
        ok.accept(cli.run("annotate", id, "--actor", MENTION, "--occurrence", "2"));
        ok.accept(cli.run("annotate", id, "--claim", CLAIM, "--claim-kind", "statistic"));
        ok.accept(cli.run("annotate", id, "--highlight", "Fares frozen"));
    }

    /** A library with the article and Adaeze Okafor as the only actor, known by her full name alone. */
    private static long prepare(Path library) throws Exception {
        Files.createDirectories(library.getParent());
        try (Store store = SqliteStore.open(library)) {
            store.actors().insert(Actor.named("Adaeze Okafor", ActorType.PERSON));
            return store.articles().insert(new ArticleDraft("Fares frozen for a year", "", "Test Wire", null,
                    LocalDate.of(2026, 6, 12), "en", TEXT, List.of(0)), Instant.parse("2026-06-12T09:00:00Z")).id();
        }
    }

    /** One mark as stored, without ids and times: its kind, words, speaker's or actor's name and details. */
    private record Mark(AnnotationKind kind, String exact, String speaker, String actor, QuoteDetails quote, String claim) {
    }

    private record Library(List<Actor> actors, List<Mark> marks) {
    }

    private static Library read(Path library, long articleId) {
        try (Store store = SqliteStore.open(library)) {
            List<Actor> actors = store.actors().list().stream().sorted(Comparator.comparingLong(Actor::id)).toList();
            List<Mark> marks = store.annotations().forArticle(articleId).stream()
                    .sorted(Comparator.comparing(Annotation::kind).thenComparingInt(Annotation::start))
                    .map(a -> new Mark(a.kind(), a.exact(),
                            a.quote() == null ? null : name(store, a.quote().speakerActorId()),
                            a.kind() == AnnotationKind.ACTOR ? name(store, a.actorId()) : null,
                            a.quote() == null ? null : withoutSpeakerId(a.quote()),
                            a.claim() == null ? null : a.claim().kind() + " " + a.claim().status() + " "
                                    + name(store, a.claim().claimantActorId()) + " " + (a.claim().quoteId() != null)))
                    .toList();
            return new Library(actors, marks);
        }
    }

    private static String name(Store store, Long actorId) {
        return actorId == null ? null : store.actors().find(actorId).map(Actor::name).orElse("missing " + actorId);
    }

    private static QuoteDetails withoutSpeakerId(QuoteDetails q) {
        return new QuoteDetails(null, q.speakerSpan(), q.cue(), q.cueSpan(), q.type(), q.resolution());
    }

    private static int[] span(String words, int occurrence) {
        int start = -1;
        for (int i = 0; i < occurrence; i++) {
            start = TEXT.indexOf(words, start + 1);
        }
        assertThat(start).as(words).isNotNegative();
        return new int[] {start, start + words.length()};
    }
}
