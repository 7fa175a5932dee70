package dev.margin.store.sqlite;

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
 * {@link ArticleDao} over the tables {@code article} (current metadata, first import time) and
 * {@code article_revision} (every revision's text, headings, content hash and import time).
 */
final class SqliteArticleDao implements ArticleDao {
    private static final String INSERT_ARTICLE = """
            INSERT INTO article (id, title, byline, outlet, url, published_date, language, imported_at, revision,
                                 published_time)
            VALUES ((SELECT id + 1 FROM article_id_high_water WHERE only_row = 1), ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String RESTORE_ARTICLE = """
            INSERT INTO article (id, title, byline, outlet, url, published_date, language, imported_at, revision,
                                 published_time)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_REVISIONS = """
            SELECT revision, text, headings, content_hash, imported_at
            FROM article_revision WHERE article_id = ? ORDER BY revision""";
    private static final String INSERT_REVISION = """
            INSERT INTO article_revision (article_id, revision, text, headings, content_hash, imported_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE_ARTICLE = """
            UPDATE article
            SET title = ?, byline = ?, outlet = ?, url = ?, published_date = ?, language = ?, revision = ?,
                published_time = ?
            WHERE id = ?""";
    private static final String UPDATE_INFO = """
            UPDATE article
            SET title = ?, byline = ?, outlet = ?, url = ?, published_date = ?, language = ?, note = ?, verdict = ?,
                published_time = CASE WHEN published_date IS ? THEN published_time END
            WHERE id = ?""";
    private static final String INSERT_TAG = "INSERT OR IGNORE INTO tag (name) VALUES (?)";
    private static final String LINK_TAG = """
            INSERT INTO article_tag (article_id, tag_id, position)
            SELECT ?, id, ? FROM tag WHERE name = ?""";
    /** An article's tags in their order, joined by char(31), the unit separator (tags are typed on one line). */
    private static final String TAGS = """
            (SELECT group_concat(name, char(31)) FROM (
                 SELECT g.name FROM article_tag t JOIN tag g ON g.id = t.tag_id
                 WHERE t.article_id = a.id ORDER BY t.position))""";
    private static final String SELECT = "SELECT " + ArticleRowMapper.COLUMNS + " FROM " + ArticleRowMapper.FROM;
    private static final String SUMMARIES = """
            SELECT a.id, a.title, a.byline, a.outlet, a.published_date, a.imported_at, a.revision, a.note, a.verdict,
                   %s AS tags,
                   count(n.kind = 'HIGHLIGHT' OR NULL) AS highlights,
                   count(n.kind = 'QUOTE' OR NULL)     AS quotes,
                   count(n.kind = 'ACTOR' OR NULL)     AS actor_mentions,
                   count(n.kind = 'CLAIM' OR NULL)     AS claims
            FROM article a LEFT JOIN annotation n ON n.article_id = a.id
            GROUP BY a.id
            ORDER BY a.imported_at DESC, a.id DESC""".formatted(TAGS);

    private final Database db;

    SqliteArticleDao(Database db) {
        this.db = db;
    }

    @Override
    public Article insert(ArticleDraft draft, Instant importedAt) {
        return db.transaction(() -> db.call("saving the article \"" + draft.title() + "\"", () -> {
            PreparedStatement insert = db.prepare(INSERT_ARTICLE);
            bindMetadata(insert, draft);
            insert.setString(7, SqlValues.instant(importedAt));
            insert.setInt(8, 1);
            insert.setString(9, PublishedTimes.formatTime(draft.publishedTime()));
            long id;
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
            insertRevision(id, 1, draft, importedAt);
            SqliteProvenanceDao.made(db, "article", id);
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
            try (ResultSet rows = db.prepare(SUMMARIES).executeQuery()) {
                while (rows.next()) {
                    summaries.add(ArticleRowMapper.summary(rows));
                }
            }
            return summaries;
        });
    }

    @Override
    public Article saveRevision(long articleId, ArticleDraft draft, Instant importedAt) {
        return db.transaction(() -> db.call("saving a new revision of article " + articleId, () -> {
            Article current = load(articleId)
                    .orElseThrow(() -> new StoreException("There is no article " + articleId + " in " + db.file() + " to revise."));
            int next = current.revision() + 1;
            insertRevision(articleId, next, draft, importedAt);
            PreparedStatement update = db.prepare(UPDATE_ARTICLE);
            bindMetadata(update, draft);
            update.setInt(7, next);
            update.setString(8, PublishedTimes.formatTime(draft.publishedTime()));
            update.setLong(9, articleId);
            update.executeUpdate();
            SqliteProvenanceDao.changed(db, "article", articleId);
            return load(articleId).orElseThrow();
        }));
    }

    @Override
    public Optional<String> revisionText(long articleId, int revision) {
        return db.call("reading revision " + revision + " of article " + articleId, () -> {
            PreparedStatement select = db.prepare("SELECT text FROM article_revision WHERE article_id = ? AND revision = ?");
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
            PreparedStatement select = db.prepare(SELECT_REVISIONS);
            select.setLong(1, articleId);
            List<ArticleRevision> revisions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revisions.add(new ArticleRevision(rows.getInt("revision"), rows.getString("text"),
                            SqlValues.intList(rows.getString("headings")), rows.getString("content_hash"),
                            SqlValues.instant(rows.getString("imported_at"))));
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
                throw new StoreException("The article " + article.id() + " (\"" + article.title() + "\") is already in "
                        + db.file() + "; it was not restored again.");
            }
            PreparedStatement insert = db.prepare(RESTORE_ARTICLE);
            insert.setLong(1, article.id());
            insert.setString(2, article.title());
            insert.setString(3, article.byline());
            insert.setString(4, article.outlet());
            insert.setString(5, article.url());
            insert.setString(6, SqlValues.date(article.publishedDate()));
            insert.setString(7, article.language());
            insert.setString(8, SqlValues.instant(article.importedAt()));
            insert.setInt(9, article.revision());
            insert.setString(10, PublishedTimes.formatTime(article.publishedTime()));
            insert.executeUpdate();
            SqliteProvenanceDao.made(db, "article", article.id());
            // Oldest first: the search index trigger indexes the revision the article row points at.
            for (ArticleRevision revision : revisions.stream().sorted(Comparator.comparingInt(ArticleRevision::revision)).toList()) {
                PreparedStatement revisionInsert = db.prepare(INSERT_REVISION);
                revisionInsert.setLong(1, article.id());
                revisionInsert.setInt(2, revision.revision());
                revisionInsert.setString(3, revision.text());
                revisionInsert.setString(4, SqlValues.intList(revision.headings()));
                revisionInsert.setString(5, revision.contentHash());
                revisionInsert.setString(6, SqlValues.instant(revision.importedAt()));
                revisionInsert.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public Article updateInfo(long articleId, ArticleInfo info) {
        return db.transaction(() -> db.call("saving the information of article " + articleId, () -> {
            if (info.url() != null) {
                Optional<Article> other = single(bound(SELECT + " WHERE a.url = ? AND a.id <> ?", info.url(), articleId));
                if (other.isPresent()) {
                    throw new StoreException("The address " + info.url() + " belongs to the article " + other.get().id()
                            + " (\u201c" + other.get().title() + "\u201d) already; article " + articleId + " was not changed.");
                }
            }
            PreparedStatement update = db.prepare(UPDATE_INFO);
            update.setString(1, info.title());
            update.setString(2, info.byline());
            update.setString(3, info.outlet());
            update.setString(4, info.url());
            update.setString(5, SqlValues.date(info.publishedDate()));
            update.setString(6, info.language());
            update.setString(7, info.assessment().note());
            ArticleVerdict verdict = info.assessment().verdict();
            update.setString(8, verdict == null ? null : verdict.name());
            // The time of day belongs to the date it came with: a date edited by hand drops it.
            update.setString(9, SqlValues.date(info.publishedDate()));
            update.setLong(10, articleId);
            if (update.executeUpdate() == 0) {
                throw new StoreException("There is no article " + articleId + " in " + db.file() + " to change.");
            }
            saveTags(articleId, info.assessment().tags());
            return load(articleId).orElseThrow();
        }));
    }

    /** Replaces the article's tags, keeping links that stay (so the search index is rewritten only for a real change). */
    private void saveTags(long articleId, List<String> tags) throws SQLException {
        if (tags.equals(ArticleRowMapper.tags(tagsOf(articleId)))) {
            return;
        }
        PreparedStatement delete = db.prepare("DELETE FROM article_tag WHERE article_id = ?");
        delete.setLong(1, articleId);
        delete.executeUpdate();
        for (int i = 0; i < tags.size(); i++) {
            PreparedStatement tag = db.prepare(INSERT_TAG);
            tag.setString(1, tags.get(i));
            tag.executeUpdate();
            PreparedStatement link = db.prepare(LINK_TAG);
            link.setLong(1, articleId);
            link.setInt(2, i);
            link.setString(3, tags.get(i));
            link.executeUpdate();
        }
    }

    private String tagsOf(long articleId) throws SQLException {
        try (ResultSet rows = bound("SELECT " + TAGS + " FROM article a WHERE a.id = ?", articleId).executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    public ArticleAssessment assessment(long articleId) {
        return db.call("reading the notes on article " + articleId, () -> {
            try (ResultSet rows = bound("SELECT a.note, a.verdict, " + TAGS + " AS tags FROM article a WHERE a.id = ?", articleId)
                    .executeQuery()) {
                return rows.next() ? ArticleRowMapper.assessment(rows) : ArticleAssessment.NONE;
            }
        });
    }

    private PreparedStatement bound(String sql, Object... values) throws SQLException {
        PreparedStatement statement = db.prepare(sql);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Long number) {
                statement.setLong(i + 1, number);
            } else {
                statement.setString(i + 1, (String) values[i]);
            }
        }
        return statement;
    }

    @Override
    public void delete(long articleId) {
        // Revisions, annotations (with their evidence and tags) go by ON DELETE CASCADE, in this one statement.
        int deleted = db.call("deleting article " + articleId, () -> {
            PreparedStatement delete = db.prepare("DELETE FROM article WHERE id = ?");
            delete.setLong(1, articleId);
            return delete.executeUpdate();
        });
        if (deleted == 0) {
            throw new StoreException("There is no article " + articleId + " in " + db.file() + " to delete.");
        }
    }

    @Override
    public int count() {
        return db.call("counting the articles", () -> {
            try (ResultSet rows = db.prepare("SELECT count(*) FROM article").executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private void bindMetadata(PreparedStatement statement, ArticleDraft draft) throws SQLException {
        statement.setString(1, draft.title());
        statement.setString(2, draft.byline());
        statement.setString(3, draft.outlet());
        statement.setString(4, draft.url());
        statement.setString(5, SqlValues.date(draft.publishedDate()));
        statement.setString(6, draft.language());
    }

    private void insertRevision(long articleId, int revision, ArticleDraft draft, Instant importedAt) throws SQLException {
        PreparedStatement insert = db.prepare(INSERT_REVISION);
        insert.setLong(1, articleId);
        insert.setInt(2, revision);
        insert.setString(3, draft.text());
        insert.setString(4, SqlValues.intList(draft.headings()));
        insert.setString(5, draft.contentHash());
        insert.setString(6, SqlValues.instant(importedAt));
        insert.executeUpdate();
    }

    private Optional<Article> load(long id) throws SQLException {
        PreparedStatement select = db.prepare(SELECT + " WHERE a.id = ?");
        select.setLong(1, id);
        return single(select);
    }

    private static Optional<Article> single(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(ArticleRowMapper.article(rows)) : Optional.empty();
        }
    }
}
