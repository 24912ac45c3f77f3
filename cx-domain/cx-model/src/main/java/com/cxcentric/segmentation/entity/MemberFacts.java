package com.cxcentric.segmentation.entity;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a rule may look at of a person.
 *
 * @param unitPath the codes of the person's unit and of every unit above it; empty without a unit
 * @param firstMotivator the motivator ranked first, or null when none is ranked
 */
public record MemberFacts(
        long employeeId,
        ContactLevel contactLevel,
        Set<String> unitPath,
        String jobTitle,
        String location,
        LocalDate hireDate,
        EmploymentStatus status,
        Motivator firstMotivator) {

    public MemberFacts {
        unitPath = Set.copyOf(unitPath);
    }
}
