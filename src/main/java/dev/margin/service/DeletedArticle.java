package dev.margin.service;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.store.ArticleRevision;
import dev.margin.store.RejectedSuggestion;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@link LibraryService#deleteArticleForUndo} removed, and all {@link LibraryService#restore} needs to
 * put it back as it was: the article (its id and current metadata), every revision's text, its annotations
 * (with their evidence and tags, under their own ids), the suggestions rejected in it and the user's note, tags
 * and verdict on the whole article. Actors are not part
 * of it: deleting an article leaves them in the library.
 */
public record DeletedArticle(Article article, List<ArticleRevision> revisions, List<Annotation> annotations,
                             List<RejectedSuggestion> rejectedSuggestions, ArticleAssessment assessment) {
    public DeletedArticle {
        Objects.requireNonNull(article, "article");
        assessment = Objects.requireNonNullElse(assessment, ArticleAssessment.NONE);
        revisions = List.copyOf(revisions);
        annotations = List.copyOf(annotations);
        rejectedSuggestions = List.copyOf(rejectedSuggestions);
    }
}
