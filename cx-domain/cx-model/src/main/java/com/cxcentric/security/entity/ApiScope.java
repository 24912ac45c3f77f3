package com.cxcentric.security.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may be used for. An endpoint names the scope it needs; a token without it is
 * refused even when its account holds the right role.
 */
public enum ApiScope {
    /** Read the directory: employees and org units. */
    DIRECTORY_READ("directory:read"),
    /** Import employees into the directory. */
    DIRECTORY_WRITE("directory:write"),
    /** Send customer feedback to the outcomes ledger. */
    OUTCOMES_WRITE("outcomes:write"),
    /** Read outcome metrics and ingestion receipts. */
    OUTCOMES_READ("outcomes:read"),
    /** Read reference data: competencies and company values. */
    REFERENCE_READ("reference:read"),
    /** Read the course catalog, assignments and their progress (within the caller's scope). */
    TRAINING_READ("training:read"),
    /** Assign courses. */
    TRAINING_WRITE("training:write"),
    /** Read recognition (the company's feed, the caller's own) and the caller's points. */
    RECOGNITION_READ("recognition:read"),
    /** Recognise colleagues, with points from the caller's allowance. */
    RECOGNITION_WRITE("recognition:write"),
    /** Read the CX vision, the caller's confirmation of it and (for leadership, HR and leads) the rollout heatmap. */
    VISION_READ("vision:read"),
    /** Confirm the vision; for leadership, write and publish its versions. */
    VISION_WRITE("vision:write");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as written in token listings and documentation, for example {@code directory:read}. */
    public String value() {
        return value;
    }

    public static Optional<ApiScope> fromValue(String text) {
        return Arrays.stream(values()).filter(s -> s.value.equals(text)).findFirst();
    }
}
