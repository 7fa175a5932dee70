package dev.margin.cli;

import dev.margin.service.Cancellation;
import dev.margin.service.LibraryCopy;
import dev.margin.service.LibraryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * {@code margin copy --from A --to B [--annotator NAME]}: a local library into a team library, a team library (or one
 * person's part of it) into a local one, losing nothing ({@link LibraryCopy}); in one transaction of B.
 */
@Command(name = "copy", description = {"Copy a library into another, keeping who made and changed everything and when:",
        "articles with every revision, annotations with notes, tags, evidence and verdicts, actors with aliases, roles and",
        "parents, saved filters and rejected suggestions. What B already holds is not copied twice. All or nothing.",
        "Into a team library, only an editor or admin may copy (the copy records other people as makers)."})
final class CopyCommand implements Callable<Integer> {
    private final MarginCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "LIBRARY",
            description = "A data folder (or its margin.db), or a team library postgresql://host[:port]/database?user=NAME")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "LIBRARY",
            description = "Where to copy to, as --from; a local library that is not there yet is made.")
    private String to;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Only the annotations NAME made, with the articles and actors they need.")
    private String annotator;

    CopyCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (from.equals(to)) {
            throw new ParameterException(spec.commandLine(), "--from and --to name the same library " + from + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LibraryServices source = root.openLibrary(from, true); LibraryServices destination = root.openLibrary(to, false)) {
            Cancellation cancellation = new Cancellation();
            LibraryCopy.Result result;
            try (CancelOnShutdown onCtrlC = new CancelOnShutdown(cancellation)) {
                result = source.copyTo(destination).copy(annotator, (done, total) -> {
                    if (total > 0 && (done == total || done % 100 == 0)) {
                        err.println("margin copy: " + done + " of " + Counts.of(total, "article"));
                        err.flush();
                    }
                }, cancellation);
            }
            out.println("Copied " + Counts.of(result.articles(), "article") + " (" + Counts.of(result.revisions(), "revision") + "), "
                    + Counts.of(result.annotations(), "annotation") + ", " + Counts.of(result.actors(), "actor") + ", "
                    + Counts.of(result.savedFilters(), "saved filter") + " and " + Counts.of(result.rejectedSuggestions(), "rejected suggestion")
                    + (annotator == null ? "" : " made by " + annotator) + " into " + to + ".");
            for (String note : notes(result)) {
                out.println("  " + note);
            }
            out.flush();
            return 0;
        } catch (ParameterException e) {
            throw e;
        } catch (CancellationException e) {
            return CommandFailure.report(spec, e.getMessage());
        } catch (RuntimeException e) {
            return CommandFailure.report(spec, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static List<String> notes(LibraryCopy.Result result) {
        List<String> notes = new ArrayList<>();
        if (result.articlesAlreadyThere() > 0) {
            notes.add(Counts.of(result.articlesAlreadyThere(), "article") + " already there: their new annotations were added to them.");
        }
        if (result.articlesInAnotherVersion() > 0) {
            notes.add(Counts.of(result.articlesInAnotherVersion(), "article") + " already there in another version (same address,"
                    + " other revisions): not copied, nor their annotations.");
        }
        if (result.annotationsAlreadyThere() > 0) {
            notes.add(Counts.of(result.annotationsAlreadyThere(), "annotation") + " already there (same id): left as they are.");
        }
        if (result.actorsAlreadyThere() > 0) {
            notes.add(Counts.of(result.actorsAlreadyThere(), "actor") + " of the same name and type already there: used as they are.");
        }
        if (result.claimsUnlinked() > 0) {
            notes.add(Counts.of(result.claimsUnlinked(), "claim") + " cite a quote that was not copied: they cite none in the copy.");
        }
        return notes;
    }
}
