package dev.margin.store.postgres;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleVerdict;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.PublishedTimes;
import dev.margin.store.ArticleDao;
import dev.margin.store.ArticleRevision;
import dev.margin.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ArticleDao} over {@code margin.article} (current metadata) and {@code margin.article_revision} (every
 * revision's text). New ids come from the identity sequence, which never hands out a number twice; a restored
 * article takes its own old id. A new revision applies only to the article version this store last saw.
 */
final class PgArticleDao implements ArticleDao {
    static final String TABLE = "article";
    private static final String COLUMNS = "a.id, a.title, a.byline, a.outlet, a.url, a.published_date, a.language,"
            + " a.imported_at, a.revision, a.version, r.text, r.headings, r.content_hash, a.published_time";
    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM margin.article a JOIN margin.article_revision r ON r.article_id = a.id AND r.revision = a.revision";
    private static final String INSERT_ARTICLE = """
            INSERT INTO margin.article (title, byline, outlet, url, published_date, language, imported_at, revision,
                                        published_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id""";
    private static final String RESTORE_ARTICLE = """
            INSERT INTO margin.article (title, byline, outlet, url, published_date, language, imported_at, revision, id,
                                        published_time)
            OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_REVISION = """
            INSERT INTO margin.article_revision (article_id, revision, text, headings, content_hash, imported_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE_ARTICLE = """
            UPDATE margin.article SET title = ?, byline = ?, outlet = ?, url = ?, published_date = ?, language = ?, revision = ?,
                                      published_time = ?
            WHERE id = ? AND version = ? RETURNING version""";
    private static final String UPDATE_INFO = """
            UPDATE margin.article SET title = ?, byline = ?, outlet = ?, url = ?, published_date = ?, language = ?, note = ?,
                                      verdict = ?,
                                      published_time = CASE WHEN published_date IS NOT DISTINCT FROM ? THEN published_time END
            WHERE id = ? AND version = ? RETURNING version""";
    /** An article's tags in their order, joined by the unit separator (a tag is typed on one line). */
    private static final String TAGS = """
            (SELECT string_agg(g.name, E'\\x1f' ORDER BY t.position)
             FROM margin.article_tag t JOIN margin.tag g ON g.id = t.tag_id WHERE t.article_id = a.id)""";
    private static final String SUMMARIES = """
            SELECT a.id, a.title, a.byline, a.outlet, a.published_date, a.imported_at, a.revision, a.note, a.verdict,
                   %s AS tags,
                   count(*) FILTER (WHERE n.kind = 'HIGHLIGHT') AS highlights,
                   count(*) FILTER (WHERE n.kind = 'QUOTE')     AS quotes,
                   count(*) FILTER (WHERE n.kind = 'ACTOR')     AS actor_mentions,
                   count(*) FILTER (WHERE n.kind = 'CLAIM')     AS claims
            FROM margin.article a LEFT JOIN margin.annotation n ON n.article_id = a.id
            GROUP BY a.id
            ORDER BY a.imported_at DESC, a.id DESC""".formatted(TAGS);

    private final PgDatabase db;
    private final RowVersions versions;

    PgArticleDao(PgDatabase db, RowVersions versions) {
        this.db = db;
        this.versions = versions;
    }

    @Override
    public Article insert(ArticleDraft draft, Instant importedAt) {
        return db.transaction(() -> db.call("saving the article \"" + draft.title() + "\"", () -> {
            PreparedStatement insert = db.prepare(INSERT_ARTICLE);
            bindMetadata(insert, draft.title(), draft.byline(), draft.outlet(), draft.url(), draft);
            insert.setString(7, PgValues.instant(importedAt));
            insert.setString(8, PublishedTimes.formatTime(draft.publishedTime()));
            long id;
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
            insertRevision(id, 1, draft.text(), draft.headings(), draft.contentHash(), importedAt);
            return load(id).orElseThrow();
        }));
    }

    @Override
    public Optional<Article> find(long id) {
        return db.call("reading article " + id, () -> load(id));
    }

    @Override
    public Optional<Article> findByUrl(String url) {
        return db.call("looking up the article at " + url, () -> {
            PreparedStatement select = db.prepare(SELECT + " WHERE a.url = ?");
            select.setString(1, url);
            return single(select);
        });
    }

    @Override
    public Optional<Article> findByContentHash(String contentHash) {
        return db.call("looking up an article by its content", () -> {
            PreparedStatement select = db.prepare(SELECT + " WHERE r.content_hash = ? ORDER BY a.id LIMIT 1");
            select.setString(1, contentHash);
            return single(select);
        });
    }

    @Override
    public List<ArticleSummary> listSummaries() {
        return db.call("listing the articles", () -> {
            List<ArticleSummary> summaries = new ArrayList<>();
            try (ResultSet row = db.prepare(SUMMARIES).executeQuery()) {
                while (row.next()) {
                    summaries.add(new ArticleSummary(row.getLong("id"), row.getString("title"), row.getString("outlet"),
                            PgValues.date(row, "published_date"), PgValues.instant(row.getString("imported_at")),
                            row.getInt("revision"), row.getInt("highlights"), row.getInt("quotes"),
                            row.getInt("actor_mentions"), row.getInt("claims"), row.getString("byline"), assessment(row)));
                }
            }
            return summaries;
        });
    }

    @Override
    public Article saveRevision(long articleId, ArticleDraft draft, Instant importedAt) {
        return db.transaction(() -> db.call("saving a new revision of article " + articleId, () -> {
            Integer seen = versions.expected(TABLE, articleId);
            Article current = load(articleId).orElseThrow(() -> new StoreException("There is no article " + articleId
                    + " in the team library " + db.library() + " to revise."));
            int expected = seen == null ? versions.expected(TABLE, articleId) : seen;
            int next = current.revision() + 1;
            insertRevision(articleId, next, draft.text(), draft.headings(), draft.contentHash(), importedAt);
            PreparedStatement update = db.prepare(UPDATE_ARTICLE);
            bindMetadata(update, draft.title(), draft.byline(), draft.outlet(), draft.url(), draft);
            update.setInt(7, next);
            update.setString(8, PublishedTimes.formatTime(draft.publishedTime()));
            update.setLong(9, articleId);
            update.setInt(10, expected);
            try (ResultSet updated = update.executeQuery()) {
                if (!updated.next()) {
                    RowVersions.refuseStale(db, TABLE, "id", articleId, "article " + articleId, expected, true);
                }
            }
            return load(articleId).orElseThrow();
        }));
    }

    @Override
    public Optional<String> revisionText(long articleId, int revision) {
        return db.call("reading revision " + revision + " of article " + articleId, () -> {
            PreparedStatement select = db.prepare("SELECT text FROM margin.article_revision WHERE article_id = ? AND revision = ?");
            select.setLong(1, articleId);
            select.setInt(2, revision);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public List<ArticleRevision> revisions(long articleId) {
        return db.call("reading the revisions of article " + articleId, () -> {
            PreparedStatement select = db.prepare("""
                    SELECT revision, text, headings, content_hash, imported_at
                    FROM margin.article_revision WHERE article_id = ? ORDER BY revision""");
            select.setLong(1, articleId);
            List<ArticleRevision> revisions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new ArticleRevision(rows.getInt("revision"), rows.getString("text"),
                            PgValues.intList(rows, "headings"), rows.getString("content_hash"),
                            PgValues.instant(rows.getString("imported_at"))));
                }
            }
            return revisions;
        });
    }

    @Override
    public void restore(Article article, List<ArticleRevision> revisions) {
        if (revisions.stream().noneMatch(r -> r.revision() == article.revision())) {
            throw new IllegalArgumentException("The revisions of article " + article.id() + " lack its current revision "
                    + article.revision() + "; nothing was restored.");
        }
        db.transaction(() -> db.call("restoring the article \"" + article.title() + "\"", () -> {
            if (load(article.id()).isPresent()) {
                throw new StoreException("The article " + article.id() + " (\"" + article.title() + "\") is already in the team library "
                        + db.library() + "; it was not restored again.");
            }
            PreparedStatement insert = db.prepare(RESTORE_ARTICLE);
            insert.setString(1, article.title());
            insert.setString(2, article.byline());
            insert.setString(3, article.outlet());
            insert.setString(4, article.url());
            PgValues.setDate(insert, 5, article.publishedDate());
            insert.setString(6, article.language());
            insert.setString(7, PgValues.instant(article.importedAt()));
            insert.setInt(8, article.revision());
            insert.setLong(9, article.id());
            insert.setString(10, PublishedTimes.formatTime(article.publishedTime()));
            insert.executeUpdate();
            for (ArticleRevision revision : revisions.stream().sorted(Comparator.comparingInt(ArticleRevision::revision)).toList()) {
                insertRevision(article.id(), revision.revision(), revision.text(), revision.headings(), revision.contentHash(),
                        revision.importedAt());
            }
            return null;
        }));
    }

    @Override
    public Article updateInfo(long articleId, ArticleInfo info) {
        return db.transaction(() -> db.call("saving the information of article " + articleId, () -> {
            if (info.url() != null) {
                PreparedStatement other = db.prepare(SELECT + " WHERE a.url = ? AND a.id <> ?");
                other.setString(1, info.url());
                other.setLong(2, articleId);
                Optional<Article> owner = single(other);
                if (owner.isPresent()) {
                    throw new StoreException("The address " + info.url() + " belongs to the article " + owner.get().id()
                            + " (\u201c" + owner.get().title() + "\u201d) already; article " + articleId + " was not changed.");
                }
            }
            Integer seen = versions.expected(TABLE, articleId);
            if (load(articleId).isEmpty()) {
                throw new StoreException("There is no article " + articleId + " in the team library " + db.library() + " to change.");
            }
            int expected = seen == null ? versions.expected(TABLE, articleId) : seen;
            PreparedStatement update = db.prepare(UPDATE_INFO);
            update.setString(1, info.title());
            update.setString(2, info.byline());
            update.setString(3, info.outlet());
            update.setString(4, info.url());
            PgValues.setDate(update, 5, info.publishedDate());
            update.setString(6, info.language());
            update.setString(7, info.assessment().note());
            ArticleVerdict verdict = info.assessment().verdict();
            update.setString(8, verdict == null ? null : verdict.name());
            // The time of day belongs to the date it came with: a date edited by hand drops it.
            PgValues.setDate(update, 9, info.publishedDate());
            update.setLong(10, articleId);
            update.setInt(11, expected);
            try (ResultSet updated = update.executeQuery()) {
                if (!updated.next()) {
                    RowVersions.refuseStale(db, TABLE, "id", articleId, "article " + articleId, expected, true);
                }
            }
            saveTags(articleId, info.assessment().tags());
            return load(articleId).orElseThrow();
        }));
    }

    /** Replaces the article's tags when they changed (so its annotations are re-indexed only for a real change). */
    private void saveTags(long articleId, List<String> tags) throws SQLException {
        if (tags.equals(assessmentOf(articleId).tags())) {
            return;
        }
        PreparedStatement delete = db.prepare("DELETE FROM margin.article_tag WHERE article_id = ?");
        delete.setLong(1, articleId);
        delete.executeUpdate();
        for (int i = 0; i < tags.size(); i++) {
            PreparedStatement tag = db.prepare("INSERT INTO margin.tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
            tag.setString(1, tags.get(i));
            tag.executeUpdate();
            PreparedStatement link = db.prepare("""
                    INSERT INTO margin.article_tag (article_id, tag_id, position)
                    SELECT ?, id, ? FROM margin.tag WHERE name = ?""");
            link.setLong(1, articleId);
            link.setInt(2, i);
            link.setString(3, tags.get(i));
            link.executeUpdate();
        }
    }

    @Override
    public ArticleAssessment assessment(long articleId) {
        return db.call("reading the notes on article " + articleId, () -> assessmentOf(articleId));
    }

    private ArticleAssessment assessmentOf(long articleId) throws SQLException {
        PreparedStatement select = db.prepare("SELECT a.note, a.verdict, " + TAGS + " AS tags FROM margin.article a WHERE a.id = ?");
        select.setLong(1, articleId);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? assessment(rows) : ArticleAssessment.NONE;
        }
    }

    private static ArticleAssessment assessment(ResultSet row) throws SQLException {
        String tags = row.getString("tags");
        return new ArticleAssessment(row.getString("note"), tags == null || tags.isEmpty() ? List.of() : List.of(tags.split("\u001f")),
                PgValues.getEnum(row, "verdict", ArticleVerdict.class));
    }

    @Override
    public void delete(long articleId) {
        int deleted = db.call("deleting article " + articleId, () -> {
            PreparedStatement delete = db.prepare("DELETE FROM margin.article WHERE id = ?");
            delete.setLong(1, articleId);
            return delete.executeUpdate();
        });
        if (deleted == 0) {
            throw new StoreException("There is no article " + articleId + " in the team library " + db.library()
                    + " that you may delete (deleting articles is an editor's right).");
        }
        versions.forget(TABLE, articleId);
    }

    @Override
    public int count() {
        return db.call("counting the articles", () -> {
            try (ResultSet rows = db.prepare("SELECT count(*) FROM margin.article").executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private static void bindMetadata(PreparedStatement statement, String title, String byline, String outlet, String url,
                                     ArticleDraft draft) throws SQLException {
        statement.setString(1, title);
        statement.setString(2, byline);
        statement.setString(3, outlet);
        statement.setString(4, url);
        PgValues.setDate(statement, 5, draft.publishedDate());
        statement.setString(6, draft.language());
    }

    private void insertRevision(long articleId, int revision, String text, List<Integer> headings, String contentHash,
                                Instant importedAt) throws SQLException {
        PreparedStatement insert = db.prepare(INSERT_REVISION);
        insert.setLong(1, articleId);
        insert.setInt(2, revision);
        insert.setString(3, text);
        insert.setArray(4, PgValues.intArray(db.connection(), headings));
        insert.setString(5, contentHash);
        insert.setString(6, PgValues.instant(importedAt));
        insert.executeUpdate();
    }

    private Optional<Article> load(long id) throws SQLException {
        PreparedStatement select = db.prepare(SELECT + " WHERE a.id = ?");
        select.setLong(1, id);
        return single(select);
    }

    private Optional<Article> single(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            versions.saw(TABLE, row.getLong("id"), row.getInt("version"));
            return Optional.of(new Article(row.getLong("id"), row.getString("title"), row.getString("byline"),
                    row.getString("outlet"), row.getString("url"), PgValues.date(row, "published_date"),
                    PgValues.instant(row.getString("imported_at")), row.getString("language"), row.getString("text"),
                    PgValues.intList(row, "headings"), row.getString("content_hash"), row.getInt("revision"),
                    PublishedTimes.parseTime(row.getString("published_time"))));
        }
    }
}
