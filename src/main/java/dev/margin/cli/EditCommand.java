package dev.margin.cli;

import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleVerdict;
import dev.margin.service.LibraryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code margin edit ID --title ...}: sets what the information panel of the window sets, through the same
 * undoable change ({@code Changes.editArticle}) and the same rules. Only the options given change; an empty value
 * clears a field (the title excepted: an article always has one).
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Change an article's information: title, byline, outlet, date, address, language, note, tags, verdict.",
                "Only the options given change; an empty value (\"\") clears a field. Prints the information as saved."})
final class EditCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article id, as `margin list` prints it.")
    private long articleId;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title (never empty).")
    private String title;

    @Option(names = "--byline", paramLabel = "TEXT", description = "Who wrote it.")
    private String byline;

    @Option(names = "--outlet", paramLabel = "TEXT", description = "Who published it.")
    private String outlet;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date.")
    private String date;

    @Option(names = "--url", paramLabel = "URL", description = "The source address (http:// or https://).")
    private String url;

    @Option(names = "--language", paramLabel = "TAG", description = "The language as a tag: en, de, pt-BR ...")
    private String language;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the whole article (Markdown).")
    private String note;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag on the whole article; repeat for more. Replaces its tags; --tag \"\" removes them.")
    private List<String> tags;

    @Option(names = "--verdict", paramLabel = "VERDICT",
            description = "A verdict on the whole article: reliable, mostly-reliable, mixed, misleading, unreliable, unverifiable, or none.")
    private String verdict;

    private final MarginCommand root;

    EditCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (Arrays.asList(title, byline, outlet, date, url, language, note, verdict).stream().allMatch(v -> v == null) && tags == null) {
            throw new ParameterException(spec.commandLine(), "Say what to change: --title, --byline, --outlet, --date, --url,"
                    + " --language, --note, --tag or --verdict.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (LibraryServices library = root.openLibrary()) {
            if (library.library().article(articleId).isEmpty()) {
                return CommandFailure.report(spec, "there is no article " + articleId + " in " + library.libraryFile() + " (see `margin list`).");
            }
            ArticleInfo edited = edited(library.library().info(articleId));
            try {
                library.changes().editArticle("article information", articleId, edited).apply();
            } catch (IllegalArgumentException refused) {
                // A value the rules refuse is wrong usage; a library that refuses (an address taken) fails with exit 1.
                throw new ParameterException(spec.commandLine(), refused.getMessage());
            }
            print(out, library.library().info(articleId));
        }
        out.flush();
        return 0;
    }

    private ArticleInfo edited(ArticleInfo stored) {
        ArticleAssessment was = stored.assessment();
        ArticleAssessment assessment = new ArticleAssessment(note == null ? was.note() : note,
                tags == null ? was.tags() : tags, verdict == null ? was.verdict() : verdict(verdict));
        return new ArticleInfo(title == null ? stored.title() : title, byline == null ? stored.byline() : byline,
                outlet == null ? stored.outlet() : outlet, url == null ? stored.url() : url,
                date == null ? stored.publishedDate() : date(date), language == null ? stored.language() : language, assessment);
    }

    private LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date \"" + text + "\" is not a date written as YYYY-MM-DD (2026-06-02).");
        }
    }

    private ArticleVerdict verdict(String text) {
        if (text.isBlank() || text.strip().equalsIgnoreCase("none")) {
            return null;
        }
        return ArticleVerdict.parse(text).orElseThrow(() -> new ParameterException(spec.commandLine(), "--verdict \"" + text
                + "\" is none of " + Arrays.stream(ArticleVerdict.values()).map(ArticleVerdict::word).collect(Collectors.joining(", "))
                + " or none."));
    }

    /** What the window's panel shows, one field a line. */
    static void print(PrintWriter out, ArticleInfo info) {
        line(out, "Title", info.title());
        line(out, "Byline", info.byline());
        line(out, "Outlet", info.outlet());
        line(out, "Published", info.publishedDate() == null ? "" : info.publishedDate().toString());
        line(out, "URL", info.url());
        line(out, "Language", info.language());
        printAssessment(out, info.assessment());
    }

    /** The note, tags and verdict lines of {@code show} and {@code edit}; nothing for an article without them. */
    static void printAssessment(PrintWriter out, ArticleAssessment assessment) {
        line(out, "Verdict", assessment.verdict() == null ? "" : assessment.verdict().word());
        line(out, "Tags", String.join(", ", assessment.tags()));
        line(out, "Note", assessment.note());
    }

    private static void line(PrintWriter out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.println(name + ": " + OneLine.of(value));
        }
    }
}
