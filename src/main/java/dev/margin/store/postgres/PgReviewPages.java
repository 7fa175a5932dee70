package dev.margin.store.postgres;

import dev.margin.domain.read.ReviewCount;
import dev.margin.domain.read.ReviewOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which annotations a page of the review window's browser holds on a team library, and how many there are, kept
 * fast when a search matches a large part of a big library.
 *
 * <p>Best match first ranks only the newest {@value PgSearchDao#RANKED} matches, as the library's search does
 * ({@link PgSearchDao}): ranking reads every matching row, and a common word matched half of a million annotations
 * in the search benchmark (0.85 s a page). The older matches follow the ranked ones, newest first, so paging on
 * still reaches every match once. A count is exact up to {@value #COUNTED} matches; above that it is estimated from
 * a sample of the table's pages (1 % of a million annotations: 10 to 30 ms).
 */
final class PgReviewPages {
    /** Matches counted exactly at most; more are estimated. */
    static final int COUNTED = 10_000;
    /** About how many annotations the sample behind an estimate holds. */
    private static final double SAMPLED_ROWS = 10_000;

    private PgReviewPages() {
    }

    /** Whether {@code order} on {@code clause} is the best-match-first order whose ranking is bounded. */
    static boolean bestFirst(PgFilter clause, ReviewOrder order) {
        return clause.searches() && order.equals(ReviewOrder.byDefault());
    }

    /** The seqs of a page in {@code order}, from position {@code offset}, at most {@code limit}. */
    static List<Long> page(Connection connection, PgFilter clause, ReviewOrder order, int offset, int limit) throws SQLException {
        if (bestFirst(clause, order)) {
            return bestFirst(connection, clause, offset, limit);
        }
        String sql = clause.with() + "SELECT n.seq\n" + clause.fromWhere() + "\n" + PgReviewQueries.orderBy(order, clause.searches())
                + "\nLIMIT ? OFFSET ?";
        return seqs(connection, sql, clause, null, limit, offset);
    }

    private static List<Long> bestFirst(Connection connection, PgFilter clause, int offset, int limit) throws SQLException {
        long end = (long) offset + limit;
        List<Long> seqs = new ArrayList<>();
        if (offset < PgSearchDao.RANKED) {
            int wanted = (int) Math.min(end, PgSearchDao.RANKED) - offset;
            String ranked = clause.with().stripTrailing() + ",\ncandidates AS MATERIALIZED (SELECT n.seq, n.search\n"
                    + clause.fromWhere() + "\nORDER BY n.seq DESC\nLIMIT " + PgSearchDao.RANKED + ")\n"
                    + "SELECT c.seq FROM candidates c\nORDER BY -ts_rank(" + PgReviewQueries.WEIGHTS + ", c.search, ?::tsquery), c.seq"
                    + "\nLIMIT ? OFFSET ?";
            // the tsquery again rather than q.query: a CTE read twice is not inlined, and the planner, not seeing the
            // words, chose the insertion-order index for a rare one too (a second for a word in 1 of 800 annotations)
            seqs.addAll(seqs(connection, ranked, clause, clause.tsQuery(), wanted, offset));
            if (seqs.size() < wanted) {
                return seqs; // fewer matches than are ranked: every one was
            }
        }
        if (end > PgSearchDao.RANKED) {
            // the newest RANKED matches are the ranked ones; the rest follow them, newest first
            int from = Math.max(offset, PgSearchDao.RANKED);
            String rest = clause.with() + "SELECT n.seq\n" + clause.fromWhere() + "\nORDER BY n.seq DESC\nLIMIT ? OFFSET ?";
            seqs.addAll(seqs(connection, rest, clause, null, (int) Math.min(Integer.MAX_VALUE, end - from), from));
        }
        return seqs;
    }

    /** Runs {@code sql}: its parameters the clause's, then {@code rankedBy} when not null, the limit and the offset. */
    private static List<Long> seqs(Connection connection, String sql, PgFilter clause, String rankedBy, int limit, int offset)
            throws SQLException {
        List<Long> seqs = new ArrayList<>(Math.min(limit, 1024));
        try (PreparedStatement page = PgFilter.prepare(connection, sql)) {
            int next = clause.bind(page, 1);
            if (rankedBy != null) {
                page.setString(next++, rankedBy);
            }
            page.setInt(next, limit);
            page.setInt(next + 1, offset);
            try (ResultSet result = page.executeQuery()) {
                while (result.next()) {
                    seqs.add(result.getLong(1));
                }
            }
        }
        return seqs;
    }

    /**
     * How many annotations {@code clause} selects: exactly up to {@value #COUNTED}, estimated above. On a big
     * library the estimate comes first, since it costs the same whatever the words; only when it leaves the count in
     * doubt are the matches counted, up to {@value #COUNTED} (a prefix or two common words can need a read of much
     * of the table before 10,000 are found: 50 to 160 ms on a million annotations).
     */
    static ReviewCount tally(Connection connection, PgFilter clause) throws SQLException {
        double rows;
        try (PreparedStatement size = connection.prepareStatement("SELECT reltuples FROM pg_class WHERE oid = 'margin.annotation'::regclass");
             ResultSet result = size.executeQuery()) {
            rows = result.next() ? result.getDouble(1) : -1;
        }
        Long estimate = null;
        if (rows > 5 * SAMPLED_ROWS) {
            estimate = estimate(connection, clause, 100 * SAMPLED_ROWS / rows);
            if (estimate > 3L * COUNTED) {
                return estimated(clause, estimate);
            }
        }
        String upTo = clause.with() + "SELECT count(*) FROM (SELECT 1\n" + clause.fromWhere() + "\nLIMIT " + (COUNTED + 1) + ") m";
        int counted = single(connection, upTo, clause);
        if (counted > COUNTED && estimate == null) {
            counted = PgReviewQueries.count(connection, clause); // a small library: counting all is quick
        } else if (counted > COUNTED) {
            return estimated(clause, Math.max(COUNTED + 1, estimate)); // a sample can miss: what was counted is the least
        }
        return new ReviewCount(counted, true, clause.searches() ? Math.min(counted, PgSearchDao.RANKED) : counted);
    }

    private static ReviewCount estimated(PgFilter clause, long estimate) {
        int annotations = (int) Math.min(Integer.MAX_VALUE, estimate);
        return new ReviewCount(annotations, false, clause.searches() ? PgSearchDao.RANKED : annotations);
    }

    /** The matches in a sample of {@code percent} of the table's pages, scaled up to the whole table. */
    private static long estimate(Connection connection, PgFilter clause, double percent) throws SQLException {
        // REPEATABLE: the same pages each time, so the estimate does not change on every refresh of an unchanged library
        String sample = clause.with() + "SELECT count(*)\n"
                + clause.fromWhere("margin.annotation n TABLESAMPLE SYSTEM (" + percent + ") REPEATABLE (0)");
        return Math.round(single(connection, sample, clause) * 100 / percent);
    }

    private static int single(Connection connection, String sql, PgFilter clause) throws SQLException {
        try (PreparedStatement statement = PgFilter.prepare(connection, sql)) {
            clause.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        }
    }
}
