package com.cxcentric.segmentation.entity;

import jakarta.json.JsonObject;
import java.util.function.BiFunction;

/**
 * The kinds of condition a segment rule can hold. Adding one means a constant here, a record
 * implementing {@link Criterion} (its Java test, its SQL, its validation, its JSON) and its editor
 * in the portal; nothing else changes.
 */
public enum CriterionType {
    CONTACT_LEVEL(ContactLevelCriterion::fromJson),
    ORG_UNIT(OrgUnitCriterion::fromJson),
    JOB_TITLE_CONTAINS(JobTitleContainsCriterion::fromJson),
    JOB_TITLE_MATCHES(JobTitleMatchesCriterion::fromJson),
    LOCATION(LocationCriterion::fromJson),
    TENURE(TenureCriterion::fromJson),
    STATUS(StatusCriterion::fromJson),
    FIRST_MOTIVATOR(FirstMotivatorCriterion::fromJson);

    private final BiFunction<JsonObject, String, Criterion> reader;

    CriterionType(BiFunction<JsonObject, String, Criterion> reader) {
        this.reader = reader;
    }

    /** Reads a criterion of this type from its JSON object (without validating it). */
    Criterion read(JsonObject json, String position) {
        return reader.apply(json, position);
    }
}
