package com.cxcentric.segmentation.entity;

import com.cxcentric.organization.entity.Motivator;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The motivator the person ranked first is one of these (people who ranked none never match). */
public record FirstMotivatorCriterion(Set<Motivator> motivators) implements Criterion {

    public FirstMotivatorCriterion {
        motivators = motivators.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(motivators));
    }

    @Override
    public CriterionType type() {
        return CriterionType.FIRST_MOTIVATOR;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        return person.firstMotivator() != null && motivators.contains(person.firstMotivator());
    }

    @Override
    public void writeSql(RuleSql sql) {
        sql.sql("EXISTS (SELECT 1 FROM employee_motivator m WHERE m.employee_id = e.id AND m.preference_rank = 0"
                        + " AND m.motivator IN (")
                .params(motivators)
                .sql("))");
    }

    @Override
    public void validate(String position) {
        RuleJson.requireValues(motivators, type(), position);
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add(RuleJson.VALUES, RuleJson.array(motivators));
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new FirstMotivatorCriterion(RuleJson.enums(Motivator.class, json, position));
    }
}
