package com.cxcentric.segmentation.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The person's location is exactly one of these (as the directory spells it). */
public record LocationCriterion(Set<String> locations) implements Criterion {

    public LocationCriterion {
        locations = Collections.unmodifiableSet(new TreeSet<>(locations));
    }

    @Override
    public CriterionType type() {
        return CriterionType.LOCATION;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        return person.location() != null && locations.contains(person.location());
    }

    @Override
    public void writeSql(RuleSql sql) {
        sql.sql("e.location IN (").params(locations).sql(")");
    }

    @Override
    public void validate(String position) {
        RuleJson.requireValues(locations, type(), position);
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add(RuleJson.VALUES, RuleJson.array(locations));
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new LocationCriterion(RuleJson.stringSet(json, position));
    }
}
