package com.cxcentric.segmentation.entity;

import com.cxcentric.organization.entity.EmploymentStatus;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The person's employment status is one of these. People who have left are never members of a
 * segment, so only {@link EmploymentStatus#ACTIVE} and {@link EmploymentStatus#ON_LEAVE} may be
 * chosen.
 */
public record StatusCriterion(Set<EmploymentStatus> statuses) implements Criterion {

    public StatusCriterion {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    @Override
    public CriterionType type() {
        return CriterionType.STATUS;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        return statuses.contains(person.status());
    }

    @Override
    public void writeSql(RuleSql sql) {
        sql.sql("e.status IN (").params(statuses).sql(")");
    }

    @Override
    public void validate(String position) {
        RuleJson.requireValues(statuses, type(), position);
        if (statuses.contains(EmploymentStatus.LEFT)) {
            throw new InvalidRuleException(
                    "error.segment.rule.leftStatus",
                    "Condition " + position + ": people who have left are never segment members",
                    position);
        }
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add(RuleJson.VALUES, RuleJson.array(statuses));
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new StatusCriterion(RuleJson.enums(EmploymentStatus.class, json, position));
    }
}
