package com.cxcentric.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's guard of an append-only table (the points ledger): any update or delete of a row is
 * refused with an error naming the table. PostgreSQL has the same guard as a PL/pgSQL trigger
 * (migration V18). H2 loads this class from the application (it falls back to the thread's context
 * class loader), so it lives in the library jar every module sees.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "?";

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "The points ledger is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " on "
                        + table.toLowerCase(Locale.ROOT) + " refused",
                "P0001");
    }
}
