package com.cxcentric.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations apply cleanly to an empty H2 database; the in-container tests cover PostgreSQL. */
class MigrationsTest {

    @Test
    void migrateAnEmptyDatabaseAndSeedTheCompetencies() throws SQLException {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

        var result = Flyway.configure().dataSource(dataSource).load().migrate();

        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM competency")) {
            rows.next();
            assertEquals(5, rows.getInt(1), "four in V1, customer centricity in V12");
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveWhatThePointsLedgerWrote() throws SQLException {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ledger-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();

        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("INSERT INTO points_transfer (id, idempotency_key, kind, from_account_id, to_account_id,"
                    + " amount, effective_on, created_at, created_by) VALUES (1, 'test', 'GRANT', 1, 2, 5,"
                    + " CURRENT_DATE, CURRENT_TIMESTAMP, 'test')");
            statement.execute(
                    "INSERT INTO points_entry (id, transfer_id, account_id, amount, balance_after, created_at)"
                            + " VALUES (1, 1, 1, -5, -5, CURRENT_TIMESTAMP)");

            var update = assertThrows(
                    SQLException.class, () -> statement.execute("UPDATE points_entry SET amount = -6 WHERE id = 1"));
            var delete = assertThrows(SQLException.class, () -> statement.execute("DELETE FROM points_transfer"));

            assertTrue(update.getMessage().contains("append-only: UPDATE on points_entry"), update.getMessage());
            assertTrue(delete.getMessage().contains("append-only: DELETE on points_transfer"), delete.getMessage());
            try (var rows = statement.executeQuery("SELECT amount FROM points_entry WHERE id = 1")) {
                rows.next();
                assertEquals(-5, rows.getLong(1), "the entry is as it was written");
            }
        }
    }
}
