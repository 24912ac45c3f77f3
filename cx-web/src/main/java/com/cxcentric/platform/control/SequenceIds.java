package com.cxcentric.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from a database sequence for rows written with plain JDBC, in the blocks EclipseLink also
 * uses (every sequence steps by 50 and a value N stands for N-49..N), so ids handed out here never
 * collide with those the persistence unit allocates. One round trip per 50 ids.
 */
public final class SequenceIds implements AutoCloseable {

    private static final int BLOCK = 50;

    private final PreparedStatement next;
    private long current;
    private long last;

    public SequenceIds(Connection connection, String sequence) throws SQLException {
        boolean postgres = Jdbc.isPostgres(connection);
        this.next = connection.prepareStatement(
                postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence);
    }

    public long next() throws SQLException {
        if (current == last) {
            try (ResultSet row = next.executeQuery()) {
                row.next();
                last = row.getLong(1);
                current = last - BLOCK;
            }
        }
        return ++current;
    }

    @Override
    public void close() throws SQLException {
        next.close();
    }
}
