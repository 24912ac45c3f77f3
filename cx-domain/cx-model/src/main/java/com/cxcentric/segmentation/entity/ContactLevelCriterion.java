package com.cxcentric.segmentation.entity;

import com.cxcentric.organization.entity.ContactLevel;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The person's customer-contact level is one of these. */
public record ContactLevelCriterion(Set<ContactLevel> levels) implements Criterion {

    public ContactLevelCriterion {
        levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
    }

    @Override
    public CriterionType type() {
        return CriterionType.CONTACT_LEVEL;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        return levels.contains(person.contactLevel());
    }

    @Override
    public void writeSql(RuleSql sql) {
        sql.sql("e.contact_level IN (").params(levels).sql(")");
    }

    @Override
    public void validate(String position) {
        RuleJson.requireValues(levels, type(), position);
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add(RuleJson.VALUES, RuleJson.array(levels));
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new ContactLevelCriterion(RuleJson.enums(ContactLevel.class, json, position));
    }
}
