package dev.margin.ui.export;

import dev.margin.domain.Article;
import dev.margin.export.FileNames;
import dev.margin.service.ExportScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What is being exported, as the dialog names it: the service's scope, the sentence shown above the
 * formats ("This article: …", "3 selected articles"), and the stem of the suggested file name.
 *
 * @param stem the suggested name without extension; {@code null} stands for "the article's own note name"
 */
public record ExportSubject(ExportScope scope, String description, String stem, Article article) {
    public ExportSubject {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(description, "description");
    }

    /** The open article, named after its date and title, as its Markdown note would be. */
    public static ExportSubject article(Article article, String description) {
        return new ExportSubject(new ExportScope.OneArticle(article.id()), description, null, article);
    }

    public static ExportSubject articles(List<Long> articleIds, String description, LocalDate today) {
        return new ExportSubject(new ExportScope.Articles(articleIds), description,
                "margin-" + articleIds.size() + "-articles-" + today, null);
    }

    public static ExportSubject everything(String description, LocalDate today) {
        return new ExportSubject(new ExportScope.Everything(), description, "margin-library-" + today, null);
    }

    public static ExportSubject annotations(List<UUID> annotationIds, String description, LocalDate today) {
        return new ExportSubject(new ExportScope.Annotations(annotationIds), description,
                "margin-annotations-" + today, null);
    }

    /** The suggested file name in {@code option}'s format (a single-file format; a folder is chosen, not named). */
    public String fileName(FormatOption option) {
        String name = article != null ? FileNames.forArticle(article, option.extension()) : stem + "." + option.extension();
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + option.nameSuffix() + name.substring(dot);
    }
}
