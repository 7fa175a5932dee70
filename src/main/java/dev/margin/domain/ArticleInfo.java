package dev.margin.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a user can edit about an article apart from its text: where it comes from (title, byline, outlet,
 * address, publication date, language) and what the user makes of it ({@link ArticleAssessment}).
 *
 * @param url           the source address, or null when there is none
 * @param publishedDate null when unknown
 * @param language      a BCP 47 tag ("en", "pt-BR"), or empty when unknown
 */
public record ArticleInfo(String title, String byline, String outlet, String url, LocalDate publishedDate, String language,
                          ArticleAssessment assessment) {
    public ArticleInfo {
        title = title == null ? "" : title.strip();
        byline = byline == null ? "" : byline.strip();
        outlet = outlet == null ? "" : outlet.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        language = language == null ? "" : language.strip();
        Objects.requireNonNull(assessment, "assessment");
    }

    /** The article's information as stored, with its assessment. */
    public static ArticleInfo of(Article article, ArticleAssessment assessment) {
        return new ArticleInfo(article.title(), article.byline(), article.outlet(), article.url(), article.publishedDate(),
                article.language(), assessment);
    }

    public ArticleInfo withTitle(String newTitle) {
        return new ArticleInfo(newTitle, byline, outlet, url, publishedDate, language, assessment);
    }

    public ArticleInfo withAssessment(ArticleAssessment newAssessment) {
        return new ArticleInfo(title, byline, outlet, url, publishedDate, language, newAssessment);
    }
}
