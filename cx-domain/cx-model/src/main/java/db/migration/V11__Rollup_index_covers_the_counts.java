package db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL the rollups' (attribution, day) index also carries the touchpoint and every count
 * ({@code INCLUDE}), so a dashboard sums a department's year of rollups from the index alone
 * instead of fetching ~180,000 scattered table rows: 350-570 ms became 70-100 ms per pass with 10
 * million responses (docs/PERFORMANCE.md). H2 has no {@code INCLUDE} and no such volumes; it keeps
 * the plain index. A Java migration because the DDL differs by database.
 */
public class V11__Rollup_index_covers_the_counts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!database.toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("DROP INDEX ix_feedback_rollup_attribution");
            sql.execute("CREATE INDEX ix_feedback_rollup_attribution ON feedback_rollup (attribution_id, occurred_on)"
                    + " INCLUDE (touchpoint_id, responses, nps_responses, promoters, passives, detractors,"
                    + " csat_responses, csat_satisfied, csat_sum, ces_responses, ces_easy, ces_sum)");
        }
    }
}
