package com.cxcentric.organization.control;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnitType;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import will do, worked out in full before anything is written: who is created (managers
 * before the people who report to them), who is updated, who is unchanged, which rows are refused
 * and why, which units are created and who is marked as left.
 */
public record ImportPlan(
        int rows,
        List<Creation> creations,
        List<Update> updates,
        int unchanged,
        List<Rejection> rejections,
        List<UnitToCreate> units,
        List<ExistingEmployee> leavers) {

    /** The options HR chooses for one import. */
    public record Options(boolean fullImport, boolean createUnits) {}

    /** An employee's fields as the directory holds them. */
    public record Values(
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
            EmploymentStatus status,
            LocalDate statusSince,
            String language) {}

    /** An employee already in the directory, as the import compares against. */
    public record ExistingEmployee(long id, long version, Values values) {}

    public record Creation(int rowNumber, Values values) {}

    public record Update(int rowNumber, ExistingEmployee before, Values after) {}

    /** A unit the file names that does not exist yet, created because HR asked for it. */
    public record UnitToCreate(String code, String name, String parentCode, OrgUnitType type) {

        /** A unit named by its code (with {@code orgUnitName} and {@code parentUnit}): a team. */
        public UnitToCreate(String code, String name, String parentCode) {
            this(code, name, parentCode, OrgUnitType.TEAM);
        }
    }

    /**
     * A refused row: the field at fault (null for the row as a whole), the reason as a message key
     * with its arguments and in English, and the row's cells as they were.
     */
    public record Rejection(
            int rowNumber,
            String employeeNumber,
            EmployeeField field,
            String reasonKey,
            List<String> arguments,
            String reason,
            List<String> cells) {}

    public ImportPlan {
        creations = List.copyOf(creations);
        updates = List.copyOf(updates);
        rejections = List.copyOf(rejections);
        units = List.copyOf(units);
        leavers = List.copyOf(leavers);
    }
}
