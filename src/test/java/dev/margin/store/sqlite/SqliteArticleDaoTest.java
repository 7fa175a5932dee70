package dev.margin.store.sqlite;

import dev.margin.store.Store;
import dev.margin.store.contract.ArticleDaoContract;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** The ArticleDao contract on a SQLite library file, with its full-text index of articles. */
class SqliteArticleDaoTest extends ArticleDaoContract {
    @Override
    protected Store openStore(Path file) {
        return SqliteStore.open(file);
    }

    @Override
    protected List<String> indexedText(Path file, long articleId) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement select = connection.prepareStatement("SELECT title, text FROM article_search WHERE rowid = ?")) {
            select.setLong(1, articleId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? List.of(row.getString(1), row.getString(2)) : List.of();
            }
        }
    }
}
