package com.cxcentric.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Keeps PostgreSQL's planner statistics of fast-growing tables current before set-based work on
 * them. Bulk writes can grow a table faster than autovacuum analyzes it; the planner then still
 * believes the table is nearly empty and picks sequential scans and nested loops that make each
 * further batch slower than the last (measured: feedback batches of 10,000 took 2, 6, 9, 13 s).
 * A table is analyzed when more than half of its rows changed since its last analysis (a table
 * that only grows: when it has doubled), so a bulk load analyzes about log2(growth) times; plans
 * do not change with statistics off by less than that. ANALYZE samples a bounded number of rows
 * and costs 0.1-0.3 s on a table of some 100,000 rows (measured while ingesting feedback; at a
 * fifth instead of half it ran every second batch and took a third of the ingestion time). Nothing
 * happens on H2, and a
 * database user without the right gets a warning, not an error.
 */
public final class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());
    private static final double STALE_SHARE = 0.5;
    private static final long SMALL_TABLE = 1000;

    private PlannerStatistics() {}

    /**
     * Analyzes the tables now, for work that follows bulk writes of the same transaction (which the
     * table statistics do not count yet).
     */
    public static void analyze(Connection connection, Set<String> tables) throws SQLException {
        if (Jdbc.isPostgres(connection)) {
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE " + String.join(", ", new TreeSet<>(tables)));
            }
        }
    }

    /** Analyzes those of the tables whose statistics are stale. */
    public static void refreshIfStale(Connection connection, Set<String> tables) throws SQLException {
        if (!Jdbc.isPostgres(connection)) {
            return;
        }
        List<String> stale = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT relname, n_live_tup, n_mod_since_analyze"
                + " FROM pg_stat_user_tables WHERE relname = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long live = rows.getLong(2);
                    long changed = rows.getLong(3);
                    if (changed > STALE_SHARE * Math.max(live, SMALL_TABLE)) {
                        stale.add(rows.getString(1));
                    }
                }
            }
        }
        if (!stale.isEmpty()) {
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE " + String.join(", ", stale));
            }
            LOG.fine(() -> "Analyzed " + stale);
        }
    }
}
