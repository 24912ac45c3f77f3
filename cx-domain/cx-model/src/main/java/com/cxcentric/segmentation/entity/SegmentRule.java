package com.cxcentric.segmentation.entity;

import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * A condition on a person: a single {@link Criterion} or a {@link RuleGroup} of them. Every rule
 * answers the same question twice, once in Java (for previews, tests and single-person checks)
 * and once as a SQL condition (for set-based membership), and both answers must agree.
 */
public interface SegmentRule {

    /** Whether the person meets this condition on {@code today}. */
    boolean test(MemberFacts person, LocalDate today);

    /** Writes this condition as a SQL boolean expression over the employee table aliased {@code e}. */
    void writeSql(RuleSql sql);

    /**
     * Refuses a rule that cannot be evaluated.
     *
     * @param position where the rule sits, for the message ("2", or "2.1" inside a group)
     * @throws InvalidRuleException naming the position and what is wrong
     */
    void validate(String position);

    /** Adds this rule's properties to its JSON object. */
    void writeJson(JsonObjectBuilder json);
}
