package com.cxcentric.organization.entity;

import java.util.List;
import java.util.Locale;

/**
 * A field of an employee record as HR systems send it. Each field has the JSON property name the
 * API uses, the column header this product writes in its own files, and the other headers HR
 * exports commonly use for it, so that a file's columns can be mapped without help.
 */
public enum EmployeeField {
    EMPLOYEE_NUMBER("employeeNumber", "employee_number", "employee number", "employee no", "emp no", "number", "id"),
    FIRST_NAME("firstName", "first_name", "first name", "given name", "forename"),
    LAST_NAME("lastName", "last_name", "last name", "surname", "family name"),
    EMAIL("email", "email", "e-mail", "work email", "work e-mail", "mail"),
    JOB_TITLE("jobTitle", "job_title", "job title", "title", "position"),
    ORG_UNIT("orgUnit", "org_unit", "org unit", "unit", "unit code", "team", "team name", "department code"),
    /** The department by name (or code), as HR systems name it beside the team; its team goes under it. */
    DEPARTMENT("department", "department", "department name", "dept", "dept name"),
    ORG_UNIT_NAME("orgUnitName", "org_unit_name", "org unit name", "unit name"),
    PARENT_UNIT("parentUnit", "parent_unit", "parent unit", "parent unit code"),
    MANAGER("manager", "manager", "manager number", "manager employee number", "reports to", "line manager"),
    CONTACT_LEVEL("contactLevel", "contact_level", "contact level", "customer contact"),
    LOCATION("location", "location", "site", "office"),
    HIRE_DATE("hireDate", "hire_date", "hire date", "start date", "date hired"),
    STATUS("status", "status", "employment status"),
    STATUS_SINCE("statusSince", "status_since", "status since", "status date", "leave date"),
    PREFERRED_LANGUAGE("preferredLanguage", "preferred_language", "preferred language", "language");

    /** The fields a new employee cannot do without. */
    public static final List<EmployeeField> REQUIRED_FOR_NEW = List.of(FIRST_NAME, LAST_NAME, CONTACT_LEVEL);

    private final String jsonName;
    private final List<String> headers;

    EmployeeField(String jsonName, String... headers) {
        this.jsonName = jsonName;
        this.headers = List.of(headers);
    }

    /** The property name in the API's JSON, for example {@code employeeNumber}. */
    public String jsonName() {
        return jsonName;
    }

    /** The header this product writes for the field, for example {@code employee_number}. */
    public String header() {
        return headers.get(0);
    }

    /**
     * Whether a file's column header names this field: case, surrounding blanks, underscores and
     * hyphens do not matter.
     */
    public boolean matchesHeader(String header) {
        String wanted = normalise(header);
        return normalise(jsonName).equals(wanted)
                || headers.stream().map(EmployeeField::normalise).anyMatch(wanted::equals);
    }

    private static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
