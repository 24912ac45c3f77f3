package com.cxcentric.segmentation.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Locale;

/** The person's job title contains this text, ignoring case (people without a title never match). */
public record JobTitleContainsCriterion(String text) implements Criterion {

    public static final int MAX_LENGTH = 150;

    public JobTitleContainsCriterion {
        text = text == null ? "" : text.strip();
    }

    @Override
    public CriterionType type() {
        return CriterionType.JOB_TITLE_CONTAINS;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        return person.jobTitle() != null
                && person.jobTitle().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    @Override
    public void writeSql(RuleSql sql) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        sql.sql("LOWER(e.job_title) LIKE ").param("%" + escaped + "%").sql(" ESCAPE '\\'");
    }

    @Override
    public void validate(String position) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidRuleException(
                    "error.segment.rule.text",
                    "Condition " + position + ": enter the text to look for, at most " + MAX_LENGTH + " characters",
                    position,
                    MAX_LENGTH);
        }
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add("text", text);
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new JobTitleContainsCriterion(RuleJson.text(json, "text", position));
    }
}
