package com.cxcentric.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema of {@code java:app/jdbc/cx} to the newest Flyway migration of cx-domain. The
 * same migrations serve H2 and PostgreSQL.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/cx")
    private DataSource dataSource;

    public void migrate() {
        long start = System.nanoTime();
        var result = flyway().migrate();
        LOG.info(() -> String.format(
                "Database schema at version %s after %d migration(s) in %d ms",
                result.targetSchemaVersion == null ? current() : result.targetSchemaVersion,
                result.migrationsExecuted,
                (System.nanoTime() - start) / 1_000_000));
    }

    /** The version of the newest applied migration, for the status page. */
    public String current() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "none" : current.getVersion() + " (" + current.getDescription() + ")";
    }

    private Flyway flyway() {
        // The migrations sit in cx-domain, beside Flyway: WEB-INF/lib in the WAR, lib/ in the EAR.
        return Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
