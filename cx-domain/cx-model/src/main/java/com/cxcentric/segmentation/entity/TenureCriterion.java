package com.cxcentric.segmentation.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * Time since the hire date, in whole months counted back from today, lies between {@code fromMonths}
 * and {@code toMonths} (both inclusive, either may be open). "At least 3 months" means hired on or
 * before today minus 3 months; "at most 5 months" means hired after today minus 6 months. People
 * without a hire date never match.
 */
public record TenureCriterion(Integer fromMonths, Integer toMonths) implements Criterion {

    public static final int MAX_MONTHS = 1200;

    @Override
    public CriterionType type() {
        return CriterionType.TENURE;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        LocalDate hired = person.hireDate();
        if (hired == null) {
            return false;
        }
        boolean longEnough = fromMonths == null || !hired.isAfter(hiredAtLatest(today));
        boolean shortEnough = toMonths == null || hired.isAfter(hiredAfter(today));
        return longEnough && shortEnough;
    }

    @Override
    public void writeSql(RuleSql sql) {
        sql.sql("(e.hire_date IS NOT NULL");
        if (fromMonths != null) {
            sql.sql(" AND e.hire_date <= ").param(hiredAtLatest(sql.today()));
        }
        if (toMonths != null) {
            sql.sql(" AND e.hire_date > ").param(hiredAfter(sql.today()));
        }
        sql.sql(")");
    }

    private LocalDate hiredAtLatest(LocalDate today) {
        return today.minusMonths(fromMonths);
    }

    private LocalDate hiredAfter(LocalDate today) {
        return today.minusMonths(toMonths + 1L);
    }

    @Override
    public void validate(String position) {
        boolean open = fromMonths == null && toMonths == null;
        boolean outOfRange = (fromMonths != null && (fromMonths < 0 || fromMonths > MAX_MONTHS))
                || (toMonths != null && (toMonths < 0 || toMonths > MAX_MONTHS));
        boolean reversed = fromMonths != null && toMonths != null && fromMonths > toMonths;
        if (open || outOfRange || reversed) {
            throw new InvalidRuleException(
                    "error.segment.rule.tenure",
                    "Condition " + position + ": give 'from' and/or 'to' months between 0 and " + MAX_MONTHS
                            + ", 'from' not above 'to'",
                    position,
                    MAX_MONTHS);
        }
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        if (fromMonths != null) {
            json.add("fromMonths", fromMonths);
        }
        if (toMonths != null) {
            json.add("toMonths", toMonths);
        }
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new TenureCriterion(
                RuleJson.integer(json, "fromMonths", position), RuleJson.integer(json, "toMonths", position));
    }
}
