package com.cxcentric.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
