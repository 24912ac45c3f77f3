package com.cxcentric.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Fired by training (as a CDI event, inside the transaction that certified the person) when
 * someone is certified in a course: who, which course, on which day, and whether they now hold a
 * valid certification of every starter course. Other areas (rewards' badges) observe it and never
 * ask training.
 */
public record CertificationGranted(
        long employeeId, String courseCode, LocalDate certifiedOn, boolean starterCurriculumCertified) {

    public CertificationGranted {
        Objects.requireNonNull(courseCode, "courseCode");
        Objects.requireNonNull(certifiedOn, "certifiedOn");
    }
}
