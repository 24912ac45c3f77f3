package com.cxcentric.segmentation.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The person works in one of these units or anywhere below them (units named by their code). */
public record OrgUnitCriterion(Set<String> unitCodes) implements Criterion {

    public OrgUnitCriterion {
        unitCodes = Collections.unmodifiableSet(new TreeSet<>(unitCodes));
    }

    @Override
    public CriterionType type() {
        return CriterionType.ORG_UNIT;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        return unitCodes.stream().anyMatch(person.unitPath()::contains);
    }

    @Override
    public void writeSql(RuleSql sql) {
        sql.unitWithin(unitCodes);
    }

    @Override
    public void validate(String position) {
        RuleJson.requireValues(unitCodes, type(), position);
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add(RuleJson.VALUES, RuleJson.array(unitCodes));
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new OrgUnitCriterion(RuleJson.stringSet(json, position));
    }
}
