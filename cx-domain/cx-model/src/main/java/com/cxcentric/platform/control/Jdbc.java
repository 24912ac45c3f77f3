package com.cxcentric.platform.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;

/** Small helpers shared by the controls that write or read set-based with plain JDBC or native SQL. */
public final class Jdbc {

    private Jdbc() {}

    /** Whether the connection talks to PostgreSQL (the alternative is H2). */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    /** A BIGINT array parameter of the connection's database, for {@code = ANY(?)} and {@code unnest(?)}. */
    public static Array bigints(Connection connection, Collection<Long> values) throws SQLException {
        return connection.createArrayOf(isPostgres(connection) ? "bigint" : "BIGINT", values.toArray());
    }

    /** {@code count} bind markers: "?, ?, ?". */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A moment as a native query returns it (the drivers differ in the type). */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    /** A date as a native query returns it. */
    public static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
