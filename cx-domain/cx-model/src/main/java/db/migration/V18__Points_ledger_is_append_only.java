package db.migration;

import com.cxcentric.platform.control.AppendOnlyTrigger;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The database itself refuses to change or remove what the points ledger wrote (V17): an UPDATE,
 * DELETE or TRUNCATE of a transfer or an entry fails, whoever sends it, so a correction can only
 * be a reversing transfer. PostgreSQL does it with a PL/pgSQL trigger function, H2 with a Java
 * trigger class ({@link AppendOnlyTrigger}); a Java migration because the DDL differs by database.
 */
public class V18__Points_ledger_is_append_only extends BaseJavaMigration {

    static final List<String> TABLES = List.of("points_transfer", "points_entry");

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        boolean postgres = database.toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement sql = context.getConnection().createStatement()) {
            if (postgres) {
                sql.execute("CREATE FUNCTION points_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN RAISE EXCEPTION 'The points ledger is append-only: % on % refused', TG_OP,"
                        + " TG_TABLE_NAME USING ERRCODE = 'P0001'; END $$");
            }
            for (String table : TABLES) {
                if (postgres) {
                    sql.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION points_ledger_append_only()");
                    sql.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
                            + " FOR EACH STATEMENT EXECUTE FUNCTION points_ledger_append_only()");
                } else {
                    sql.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                            + " FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
                }
            }
        }
    }
}
