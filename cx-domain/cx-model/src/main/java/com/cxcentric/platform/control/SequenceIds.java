package com.cxcentric.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;

/**
 * Ids from a database sequence for rows written with plain JDBC, in the blocks EclipseLink also
 * uses (every sequence steps by 50 and a value N stands for N-49..N), so ids handed out here never
 * collide with those the persistence unit allocates. One round trip per 50 ids, or one for all
 * the ids a batch is known to need ({@link #reserve}).
 */
public final class SequenceIds implements AutoCloseable {

    private static final int BLOCK = 50;

    private final Connection connection;
    private final String sequence;
    private final boolean postgres;
    private final PreparedStatement next;
    private final ArrayDeque<Long> reserved = new ArrayDeque<>();
    private long current;
    private long last;

    public SequenceIds(Connection connection, String sequence) throws SQLException {
        this.connection = connection;
        this.sequence = sequence;
        this.postgres = Jdbc.isPostgres(connection);
        this.next = connection.prepareStatement(
                postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence);
    }

    /** Fetches the blocks for {@code count} more ids in one round trip. */
    public void reserve(int count) throws SQLException {
        int blocks = (count + BLOCK - 1) / BLOCK;
        if (blocks <= 1) {
            return;
        }
        try (PreparedStatement many = connection.prepareStatement(
                postgres
                        ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
                        : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)"); ) {
            many.setInt(1, blocks);
            try (ResultSet rows = many.executeQuery()) {
                while (rows.next()) {
                    reserved.add(rows.getLong(1));
                }
            }
        }
    }

    public long next() throws SQLException {
        if (current == last) {
            if (reserved.isEmpty()) {
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    last = row.getLong(1);
                }
            } else {
                last = reserved.poll();
            }
            current = last - BLOCK;
        }
        return ++current;
    }

    @Override
    public void close() throws SQLException {
        next.close();
    }
}
