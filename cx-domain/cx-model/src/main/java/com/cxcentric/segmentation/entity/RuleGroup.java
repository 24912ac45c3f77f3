package com.cxcentric.segmentation.entity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Conditions combined with AND ({@link Match#ALL}) or OR ({@link Match#ANY}). A segment's rule is
 * a group; a group may hold conditions and groups of conditions (two levels, which is what people
 * can still read: "front line AND (store OR field service)"). A group without conditions matches
 * no one, so a half-built rule never sweeps up the whole company.
 */
public record RuleGroup(Match match, List<SegmentRule> parts) implements SegmentRule {

    /** How the parts of a group combine. */
    public enum Match {
        ALL,
        ANY
    }

    public static final int MAX_PARTS = 50;

    public RuleGroup {
        match = match == null ? Match.ALL : match;
        parts = List.copyOf(parts);
    }

    /** The rule of a new segment: no conditions yet. */
    public static RuleGroup empty() {
        return new RuleGroup(Match.ALL, List.of());
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        if (parts.isEmpty()) {
            return false;
        }
        return match == Match.ALL
                ? parts.stream().allMatch(p -> p.test(person, today))
                : parts.stream().anyMatch(p -> p.test(person, today));
    }

    @Override
    public void writeSql(RuleSql sql) {
        if (parts.isEmpty()) {
            sql.sql("1 = 0");
            return;
        }
        sql.sql("(");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.sql(match == Match.ALL ? " AND " : " OR ");
            }
            sql.sql("(");
            parts.get(i).writeSql(sql);
            sql.sql(")");
        }
        sql.sql(")");
    }

    /** Validates the whole rule as a segment's top-level group. */
    public void validate() {
        validate("");
    }

    @Override
    public void validate(String position) {
        if (parts.size() > MAX_PARTS) {
            throw new InvalidRuleException(
                    "error.segment.rule.tooMany",
                    "A group holds at most " + MAX_PARTS + " conditions",
                    position.isEmpty() ? "-" : position,
                    MAX_PARTS);
        }
        if (!position.isEmpty() && parts.isEmpty()) {
            throw new InvalidRuleException(
                    "error.segment.rule.emptyGroup",
                    "Condition " + position + ": the group has no conditions",
                    position);
        }
        for (int i = 0; i < parts.size(); i++) {
            String where = position.isEmpty() ? String.valueOf(i + 1) : position + "." + (i + 1);
            SegmentRule part = parts.get(i);
            if (part instanceof RuleGroup && !position.isEmpty()) {
                throw new InvalidRuleException(
                        "error.segment.rule.depth",
                        "Condition " + where + ": a group inside a group may only hold conditions",
                        where);
            }
            part.validate(where);
        }
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add("match", match.name());
        JsonArrayBuilder conditions = Json.createArrayBuilder();
        for (SegmentRule part : parts) {
            conditions.add(SegmentRuleJson.toJson(part));
        }
        json.add("conditions", conditions);
    }
}
