package com.cxcentric.segmentation.entity;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Where a rule writes its SQL condition. Values always go in as bind parameters, never into the
 * text; the database-specific parts (regular expressions, unit subtrees) are the writer's job.
 */
public interface RuleSql {

    /** Appends SQL text written by the rule itself (column names, operators), never user input. */
    RuleSql sql(String text);

    /** Appends one bind parameter. */
    RuleSql param(Object value);

    /** Appends a comma-separated list of bind parameters, at least one. */
    RuleSql params(Collection<?> values);

    /** Appends a condition true when {@code e.org_unit_id} lies in the subtree of any of these units. */
    RuleSql unitWithin(Collection<String> unitCodes);

    /** Appends a case-insensitive regular-expression search of {@code pattern} in {@code column}. */
    RuleSql matchesPattern(String column, String pattern);

    /** The day the rule is evaluated for (tenure counts back from it). */
    LocalDate today();
}
