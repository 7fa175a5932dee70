package dev.margin.store.sqlite;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ArticleVerdict;
import dev.margin.domain.PublishedTimes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads rows of {@code article} joined with its current {@code article_revision}. */
final class ArticleRowMapper {
    /** The columns {@link #article} reads, for {@code SELECT ... FROM article a JOIN article_revision r}. */
    static final String COLUMNS = "a.id, a.title, a.byline, a.outlet, a.url, a.published_date, a.language, a.imported_at,"
            + " a.revision, r.text, r.headings, r.content_hash, a.published_time";

    /** The join to the current revision, aliased {@code a} and {@code r}. */
    static final String FROM = "article a JOIN article_revision r ON r.article_id = a.id AND r.revision = a.revision";

    private ArticleRowMapper() {
    }

    static Article article(ResultSet row) throws SQLException {
        return new Article(
                row.getLong("id"),
                row.getString("title"),
                row.getString("byline"),
                row.getString("outlet"),
                row.getString("url"),
                SqlValues.date(row.getString("published_date")),
                SqlValues.instant(row.getString("imported_at")),
                row.getString("language"),
                row.getString("text"),
                SqlValues.intList(row.getString("headings")),
                row.getString("content_hash"),
                row.getInt("revision"),
                PublishedTimes.parseTime(row.getString("published_time")));
    }

    static ArticleSummary summary(ResultSet row) throws SQLException {
        return new ArticleSummary(
                row.getLong("id"),
                row.getString("title"),
                row.getString("outlet"),
                SqlValues.date(row.getString("published_date")),
                SqlValues.instant(row.getString("imported_at")),
                row.getInt("revision"),
                row.getInt("highlights"),
                row.getInt("quotes"),
                row.getInt("actor_mentions"),
                row.getInt("claims"),
                row.getString("byline"),
                assessment(row));
    }

    /** The columns note, verdict and tags (joined by char(31)) of the row. */
    static ArticleAssessment assessment(ResultSet row) throws SQLException {
        return new ArticleAssessment(row.getString("note"), tags(row.getString("tags")),
                SqlValues.getEnum(row, "verdict", ArticleVerdict.class));
    }

    /** Tags joined by char(31), or null for none. */
    static List<String> tags(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\u001f"));
    }
}
