package dev.margin.cli;

import dev.margin.agreement.Alpha;
import dev.margin.agreement.Difference;
import dev.margin.agreement.Unit;
import dev.margin.service.AgreementKind;
import dev.margin.service.AgreementService;
import dev.margin.service.AgreementService.ArticleAgreement;
import dev.margin.service.LibraryServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code margin agreement [--article ID] [--kind K]}: Krippendorff's unitized alpha per kind for the articles two or
 * more annotators coded, and side by side where they differ.
 */
@Command(name = "agreement", description = {"Agreement between annotators on the articles two or more of them coded:",
        "Krippendorff's unitized alpha (1 = identical, 0 = chance, below 0 = worse than chance) per kind, over the",
        "article's text in characters, then where they differ: the stretch of text and each annotator's coding side by side.",
        "Kinds: quote-spans, speakers, actor-mentions, claims, claim-verdicts."})
final class AgreementCommand implements Callable<Integer> {
    private static final int SHOWN_WORDS = 60;

    private final MarginCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article, as `margin list` prints its id.")
    private Long articleId;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only this kind (repeatable): quote-spans, speakers, actor-mentions, claims, claim-verdicts.")
    private List<AgreementKind> kinds = new ArrayList<>();

    AgreementCommand(MarginCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Set<AgreementKind> chosen = AgreementService.kindsOrAll(kinds);
        try (LibraryServices library = root.openLibrary()) {
            AgreementService agreement = library.agreement();
            List<ArticleAgreement> articles = agreement.articles(articleId, chosen);
            if (articles.isEmpty()) {
                out.println(articleId == null ? "No article was coded by two or more annotators."
                        : "Article " + articleId + " was not coded by two or more annotators (or is not in the library).");
                out.flush();
                return 0;
            }
            for (ArticleAgreement article : articles) {
                print(out, article);
            }
            if (articles.size() > 1) {
                AgreementService.OverallAgreement overall = agreement.overall(articles, chosen);
                if (overall == null) {
                    out.println("No overall figure: no two annotators coded all " + articles.size() + " articles.");
                } else {
                    out.println("All " + overall.articles() + " articles, coded by " + String.join(", ", overall.coders()) + ":");
                    overall.alphas().forEach((kind, alpha) -> out.println("  " + line(kind, alpha)));
                }
            }
            out.flush();
            return 0;
        }
    }

    private static void print(PrintWriter out, ArticleAgreement article) {
        out.println("Article " + article.articleId() + " \"" + article.title() + "\", coded by " + String.join(", ", article.coders()) + ":");
        article.alphas().forEach((kind, alpha) -> out.println("  " + line(kind, alpha)));
        article.differences().forEach((kind, differences) -> {
            if (differences.isEmpty()) {
                return;
            }
            out.println("  Where they differ on " + kind.label() + ":");
            for (Difference difference : differences) {
                String words = OneLine.of(article.text().substring(difference.start(), difference.end()));
                words = words.length() > SHOWN_WORDS ? words.substring(0, SHOWN_WORDS - 1) + "…" : words;
                String codings = difference.byCoder().entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + coding(entry.getValue()))
                        .collect(Collectors.joining(" | "));
                out.println("    [" + difference.start() + ", " + difference.end() + ") \"" + words + "\" | " + codings);
            }
        });
    }

    private static String line(AgreementKind kind, Alpha alpha) {
        String value = alpha.defined() ? String.format(Locale.ROOT, "%.3f", alpha.value()) : "not defined (nothing marked)";
        return String.format(Locale.ROOT, "%-15s alpha = %s (%s)", kind.label(), value, Counts.of(alpha.units(), "unit"));
    }

    private static String coding(List<Unit> units) {
        if (units.isEmpty()) {
            return "-";
        }
        return units.stream().map(unit -> unit.category() + " [" + unit.start() + ", " + unit.end() + ")").collect(Collectors.joining(", "));
    }

    /** Reads --kind through {@link AgreementKind#ofCliName}. */
    static final class KindConverter implements ITypeConverter<AgreementKind> {
        @Override
        public AgreementKind convert(String value) {
            try {
                return AgreementKind.ofCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
