package com.cxcentric.demo;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.security.entity.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The plan of the demo company, in the order it must be written: units top-down, people managers
 * first, then the demo logins.
 */
public record DemoCompany(String name, List<Unit> units, List<Person> people, List<Login> logins) {

    public DemoCompany {
        units = List.copyOf(units);
        people = List.copyOf(people);
        logins = List.copyOf(logins);
    }

    /** An org unit; {@code parentCode} is null for the company itself. */
    public record Unit(String code, String name, OrgUnitType type, String parentCode, String leadNumber) {}

    /** An employee; {@code managerNumber} is null for the chief executive. */
    public record Person(
            String number,
            String firstName,
            String lastName,
            String email,
            String jobTitle,
            String unitCode,
            String managerNumber,
            ContactLevel contactLevel,
            String location,
            LocalDate hireDate,
            String language,
            List<Motivator> motivators) {}

    /** A demo login for one role, linked to a person of the plan (or to nobody). */
    public record Login(String username, Set<Role> roles, String employeeNumber) {}

    public long count(OrgUnitType type) {
        return units.stream().filter(u -> u.type() == type).count();
    }
}
