package com.cxcentric.segmentation.entity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A segment's membership condition as SQL over {@code employee e}: the text with {@code ?} marks
 * and its bind values. Ids (manual members, unit subtrees) are written as numeric literals, since
 * they are numbers the database gave us; everything a person typed is a bind value.
 */
public final class SqlCondition implements RuleSql {

    /** Where the SQL of the two supported databases differs. */
    public enum Dialect {
        POSTGRESQL,
        H2;

        /** The dialect of a JDBC connection's database product name. */
        public static Dialect of(String databaseProductName) {
            return databaseProductName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();
    private final Dialect dialect;
    private final LocalDate today;
    private final Function<Collection<String>, Collection<Long>> subtreeIds;

    /**
     * @param subtreeIds the ids of the given units (by code) and of every unit below them
     */
    public SqlCondition(Dialect dialect, LocalDate today, Function<Collection<String>, Collection<Long>> subtreeIds) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.today = Objects.requireNonNull(today, "today");
        this.subtreeIds = Objects.requireNonNull(subtreeIds, "subtreeIds");
    }

    /** The full membership condition of a definition (see {@link SegmentDefinition}). */
    public static SqlCondition membership(
            SegmentDefinition definition,
            Dialect dialect,
            LocalDate today,
            Function<Collection<String>, Collection<Long>> subtreeIds) {
        SqlCondition condition = new SqlCondition(dialect, today, subtreeIds);
        condition.sql("e.status <> 'LEFT'");
        if (!definition.excludedIds().isEmpty()) {
            condition
                    .sql(" AND e.id NOT IN (")
                    .sql(ids(definition.excludedIds()))
                    .sql(")");
        }
        condition.sql(" AND (");
        if (!definition.includedIds().isEmpty()) {
            condition.sql("e.id IN (").sql(ids(definition.includedIds())).sql(") OR ");
        }
        definition.rule().writeSql(condition);
        condition.sql(")");
        return condition;
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    @Override
    public RuleSql sql(String sqlText) {
        text.append(sqlText);
        return this;
    }

    @Override
    public RuleSql param(Object value) {
        text.append('?');
        values.add(value instanceof Enum<?> e ? e.name() : value);
        return this;
    }

    @Override
    public RuleSql params(Collection<?> params) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("A list of bind values needs at least one value");
        }
        boolean first = true;
        for (Object value : params) {
            if (!first) {
                text.append(", ");
            }
            param(value);
            first = false;
        }
        return this;
    }

    @Override
    public RuleSql unitWithin(Collection<String> unitCodes) {
        Collection<Long> units = subtreeIds.apply(unitCodes);
        if (units.isEmpty()) {
            text.append("1 = 0");
        } else {
            text.append("e.org_unit_id IN (").append(ids(units)).append(')');
        }
        return this;
    }

    @Override
    public RuleSql matchesPattern(String column, String pattern) {
        if (dialect == Dialect.POSTGRESQL) {
            text.append(column).append(" ~* ");
            param(pattern);
        } else {
            text.append("REGEXP_LIKE(").append(column).append(", ");
            param(pattern);
            text.append(", 'i')");
        }
        return this;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> values() {
        return List.copyOf(values);
    }

    /**
     * Binds the values to a statement, from parameter index {@code first} on.
     *
     * @return the index after the last bound value
     */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
