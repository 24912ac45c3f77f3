package com.cxcentric.segmentation.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The person's job title matches this regular expression somewhere, ignoring case. Patterns should
 * keep to what Java, PostgreSQL and H2 read alike: literals, {@code .}, character classes,
 * {@code | ( ) ? * +}, {@code ^ $}.
 */
public record JobTitleMatchesCriterion(String pattern) implements Criterion {

    public static final int MAX_LENGTH = 200;

    public JobTitleMatchesCriterion {
        pattern = pattern == null ? "" : pattern.strip();
    }

    @Override
    public CriterionType type() {
        return CriterionType.JOB_TITLE_MATCHES;
    }

    @Override
    public boolean test(MemberFacts person, LocalDate today) {
        return person.jobTitle() != null
                && Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(person.jobTitle())
                        .find();
    }

    @Override
    public void writeSql(RuleSql sql) {
        sql.matchesPattern("e.job_title", pattern);
    }

    @Override
    public void validate(String position) {
        if (pattern.isEmpty() || pattern.length() > MAX_LENGTH) {
            throw new InvalidRuleException(
                    "error.segment.rule.text",
                    "Condition " + position + ": enter the pattern, at most " + MAX_LENGTH + " characters",
                    position,
                    MAX_LENGTH);
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException invalid) {
            throw new InvalidRuleException(
                    "error.segment.rule.pattern",
                    "Condition " + position + ": \"" + pattern + "\" is not a valid pattern: "
                            + invalid.getDescription(),
                    position,
                    pattern,
                    invalid.getDescription());
        }
    }

    @Override
    public void writeJson(JsonObjectBuilder json) {
        json.add("pattern", pattern);
    }

    static Criterion fromJson(JsonObject json, String position) {
        return new JobTitleMatchesCriterion(RuleJson.text(json, "pattern", position));
    }
}
