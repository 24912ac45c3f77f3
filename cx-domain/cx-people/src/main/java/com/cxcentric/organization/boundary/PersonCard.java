package com.cxcentric.organization.boundary;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import java.time.LocalDate;

/** What the portal and the API show of a person. */
public record PersonCard(
        String employeeNumber,
        String name,
        String jobTitle,
        String unitCode,
        String unitName,
        String email,
        ContactLevel contactLevel,
        String location,
        LocalDate hireDate,
        EmploymentStatus status) {

    public static PersonCard of(Employee e) {
        var unit = e.getOrgUnit();
        return new PersonCard(
                e.getEmployeeNumber(),
                e.getDisplayName(),
                e.getJobTitle(),
                unit == null ? null : unit.getCode(),
                unit == null ? null : unit.getName(),
                e.getEmail(),
                e.getContactLevel(),
                e.getLocation(),
                e.getHireDate(),
                e.getStatus());
    }
}
