package com.cxcentric.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.control.ImportPlan.ExistingEmployee;
import com.cxcentric.organization.control.ImportPlan.Rejection;
import com.cxcentric.organization.control.ImportPlan.Values;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.imports.CsvFiles;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.platform.imports.ImportTable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String HEADER =
            "employee_number,first_name,last_name,email,org_unit,manager,contact_level,hire_date,status\n";
    private static final ImportPlan.Options UPSERT = new ImportPlan.Options(false, false);

    private final Map<String, ExistingEmployee> directory = new HashMap<>();
    private final Set<String> units = Set.of("T1", "T2");

    private static ImportTable csv(String rows) {
        return CsvFiles.read((HEADER + rows).getBytes(StandardCharsets.UTF_8), 1_000_000);
    }

    private ImportPlan plan(String rows, ImportPlan.Options options) {
        ImportTable table = csv(rows);
        return new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        options,
                        new ImportPlanner.Snapshot(directory, units),
                        TODAY)
                .plan(table);
    }

    private void existing(String number, String manager, EmploymentStatus status) {
        directory.put(
                number,
                new ExistingEmployee(
                        directory.size() + 1,
                        3,
                        new Values(
                                number,
                                "First" + number,
                                "Last" + number,
                                null,
                                null,
                                "T1",
                                manager,
                                ContactLevel.FRONT_LINE,
                                null,
                                LocalDate.of(2020, 1, 1),
                                status,
                                LocalDate.of(2020, 1, 1),
                                null)));
    }

    private static Rejection only(ImportPlan plan) {
        assertEquals(1, plan.rejections().size(), () -> plan.rejections().toString());
        return plan.rejections().get(0);
    }

    @Test
    void mapsColumnsByCommonHeaderNames() {
        var columns = ImportPlanner.columnsFor(List.of("Employee No", "Given name", "Surname", "Reports to"), Map.of());

        assertEquals(
                Map.of(
                        EmployeeField.EMPLOYEE_NUMBER, 0,
                        EmployeeField.FIRST_NAME, 1,
                        EmployeeField.LAST_NAME, 2,
                        EmployeeField.MANAGER, 3),
                columns);
    }

    @Test
    void savedMappingWinsOverHeaderNames() {
        var columns = ImportPlanner.columnsFor(
                List.of("number", "Personnel ID"), Map.of(EmployeeField.EMPLOYEE_NUMBER, "Personnel ID"));

        assertEquals(1, columns.get(EmployeeField.EMPLOYEE_NUMBER));
    }

    @Test
    void refusesMappingWithoutEmployeeNumber() {
        var refused = assertThrows(
                ImportRefusedException.class,
                () -> new ImportPlanner(
                        Map.of(EmployeeField.FIRST_NAME, 0),
                        UPSERT,
                        new ImportPlanner.Snapshot(directory, units),
                        TODAY));

        assertEquals("error.import.numberNotMapped", refused.getMessageKey());
    }

    @Test
    void createsNewPeopleWithManagersFirstWhateverTheRowOrder() {
        ImportPlan plan = plan(
                "E3,Cita,Lim,,T1,E2,FRONT_LINE,2024-01-01,\n"
                        + "E2,Budi,Santoso,,T1,E1,LEADERSHIP,2023-01-01,\n"
                        + "E1,Ana,Wijaya,ana@example.com,T2,,leadership,2020-01-01,\n",
                UPSERT);

        assertEquals(List.of(), plan.rejections());
        assertEquals(
                List.of("E1", "E2", "E3"),
                plan.creations().stream().map(c -> c.values().number()).toList());
        Values ana = plan.creations().get(0).values();
        assertEquals(ContactLevel.LEADERSHIP, ana.contactLevel());
        assertEquals(EmploymentStatus.ACTIVE, ana.status());
        assertEquals(LocalDate.of(2020, 1, 1), ana.statusSince(), "a new active person is active since hire");
    }

    @Test
    void sameDataAsTheDirectoryIsUnchanged() {
        existing("E1", null, EmploymentStatus.ACTIVE);

        ImportPlan plan = plan("E1,FirstE1,LastE1,,T1,,FRONT_LINE,2020-01-01,ACTIVE\n", UPSERT);

        assertEquals(1, plan.unchanged());
        assertTrue(plan.updates().isEmpty());
        assertTrue(plan.creations().isEmpty());
    }

    @Test
    void changedFieldIsAnUpdateAgainstTheVersionRead() {
        existing("E1", null, EmploymentStatus.ACTIVE);

        ImportPlan plan = plan("E1,FirstE1,Changed,,T2,,FRONT_LINE,2020-01-01,ACTIVE\n", UPSERT);

        assertEquals(1, plan.updates().size());
        assertEquals("Changed", plan.updates().get(0).after().lastName());
        assertEquals("T2", plan.updates().get(0).after().unitCode());
        assertEquals(3, plan.updates().get(0).before().version());
    }

    @Test
    void unmappedColumnKeepsTheStoredValue() {
        existing("E1", null, EmploymentStatus.ACTIVE);
        ImportTable table =
                CsvFiles.read("employee_number,last_name\nE1,Renamed\n".getBytes(StandardCharsets.UTF_8), 1000);

        ImportPlan plan = new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        UPSERT,
                        new ImportPlanner.Snapshot(directory, units),
                        TODAY)
                .plan(table);

        Values after = plan.updates().get(0).after();
        assertEquals("Renamed", after.lastName());
        assertEquals("FirstE1", after.firstName());
        assertEquals("T1", after.unitCode());
        assertEquals(LocalDate.of(2020, 1, 1), after.hireDate());
    }

    @Test
    void statusChangeWithoutDateTakesToday() {
        existing("E1", null, EmploymentStatus.ACTIVE);

        ImportPlan plan = plan("E1,FirstE1,LastE1,,T1,,FRONT_LINE,2020-01-01,on leave\n", UPSERT);

        Values after = plan.updates().get(0).after();
        assertEquals(EmploymentStatus.ON_LEAVE, after.status());
        assertEquals(TODAY, after.statusSince());
    }

    @Test
    void rejectsRowWithUnknownContactLevelNamingFieldAndValue() {
        Rejection rejection = only(plan("E1,Ana,Wijaya,,T1,,EVERYWHERE,2020-01-01,\n", UPSERT));

        assertEquals(2, rejection.rowNumber());
        assertEquals(EmployeeField.CONTACT_LEVEL, rejection.field());
        assertEquals("error.import.row.notOneOf", rejection.reasonKey());
        assertTrue(rejection.reason().contains("EVERYWHERE"), rejection.reason());
    }

    @Test
    void rejectsEachBadFieldWithItsOwnReason() {
        ImportPlan plan = plan(
                ",Ana,Wijaya,,T1,,FRONT_LINE,,\n"
                        + "E2,,Wijaya,,T1,,FRONT_LINE,,\n"
                        + "E3,Ana,Wijaya,not-an-address,T1,,FRONT_LINE,,\n"
                        + "E4,Ana,Wijaya,,T1,,FRONT_LINE,31/12/2020,\n"
                        + "E5,Ana,Wijaya,,NOPE,,FRONT_LINE,,\n"
                        + "E6,Ana,Wijaya,,T1,E404,FRONT_LINE,,\n"
                        + "E 7,Ana,Wijaya,,T1,,FRONT_LINE,,\n"
                        + "E8," + "x".repeat(101) + ",Wijaya,,T1,,FRONT_LINE,,\n",
                UPSERT);

        assertEquals(
                List.of(
                        "2 EMPLOYEE_NUMBER error.import.row.required",
                        "3 FIRST_NAME error.import.row.requiredForNew",
                        "4 EMAIL error.import.row.email",
                        "5 HIRE_DATE error.import.row.date",
                        "6 ORG_UNIT error.import.row.unknownUnit",
                        "7 MANAGER error.import.row.unknownManager",
                        "8 EMPLOYEE_NUMBER error.import.row.numberFormat",
                        "9 FIRST_NAME error.import.row.tooLong"),
                plan.rejections().stream()
                        .map(r -> r.rowNumber() + " " + r.field() + " " + r.reasonKey())
                        .toList());
        assertTrue(plan.creations().isEmpty());
    }

    @Test
    void rowWhoseManagerRowIsRefusedIsRefusedToo() {
        ImportPlan plan = plan("E1,Ana,Wijaya,,T1,E2,FRONT_LINE,,\n" + "E2,Budi,Santoso,,T1,,SOMETIMES,,\n", UPSERT);

        assertEquals(2, plan.rejections().size());
        Rejection report = plan.rejections().get(0);
        assertEquals("error.import.row.managerRejected", report.reasonKey());
        assertEquals(List.of("E2", "3"), report.arguments());
    }

    @Test
    void managerMayBeSomeoneAlreadyInTheDirectory() {
        existing("E9", null, EmploymentStatus.ACTIVE);

        ImportPlan plan = plan("E1,Ana,Wijaya,,T1,E9,FRONT_LINE,,\n", UPSERT);

        assertEquals(List.of(), plan.rejections());
        assertEquals("E9", plan.creations().get(0).values().managerNumber());
    }

    @Test
    void refusesFileWithRepeatedEmployeeNumbersNamingTheRows() {
        var refused = assertThrows(
                ImportRefusedException.class,
                () -> plan(
                        "E1,Ana,Wijaya,,T1,,FRONT_LINE,,\n" + "E2,Budi,Santoso,,T1,,FRONT_LINE,,\n"
                                + "E1,Ana,Again,,T1,,FRONT_LINE,,\n",
                        UPSERT));

        assertEquals("error.import.duplicateNumbers", refused.getMessageKey());
        assertTrue(refused.getMessage().contains("E1 (rows 2, 4)"), refused.getMessage());
    }

    @Test
    void refusesFileWhoseManagerChainFormsACycle() {
        var refused = assertThrows(
                ImportRefusedException.class,
                () -> plan(
                        "E1,Ana,Wijaya,,T1,E3,FRONT_LINE,,\n" + "E2,Budi,Santoso,,T1,E1,FRONT_LINE,,\n"
                                + "E3,Cita,Lim,,T1,E2,FRONT_LINE,,\n",
                        UPSERT));

        assertEquals("error.import.managerCycle", refused.getMessageKey());
        assertTrue(refused.getMessage().contains("E1 → E3 → E2 → E1"), refused.getMessage());
        assertTrue(refused.getMessage().contains("rows 2, 4, 3"), refused.getMessage());
    }

    @Test
    void refusesCycleThroughSomeoneAlreadyInTheDirectory() {
        existing("E9", "E1", EmploymentStatus.ACTIVE);
        existing("E1", null, EmploymentStatus.ACTIVE);

        var refused = assertThrows(
                ImportRefusedException.class, () -> plan("E1,FirstE1,LastE1,,T1,E9,FRONT_LINE,,\n", UPSERT));

        assertEquals("error.import.managerCycle", refused.getMessageKey());
    }

    @Test
    void refusesSelfManagement() {
        var refused =
                assertThrows(ImportRefusedException.class, () -> plan("E1,Ana,Wijaya,,T1,E1,FRONT_LINE,,\n", UPSERT));

        assertEquals("error.import.managerCycle", refused.getMessageKey());
    }

    @Test
    void unknownUnitIsCreatedOnlyWhenAskedFor() {
        ImportPlan plan = plan("E1,Ana,Wijaya,,NEW-TEAM,,FRONT_LINE,,\n", new ImportPlan.Options(false, true));

        assertEquals(List.of(), plan.rejections());
        assertEquals(List.of(new ImportPlan.UnitToCreate("NEW-TEAM", "NEW-TEAM", null)), plan.units());
    }

    @Test
    void fullImportMarksPeopleMissingFromTheFileAsLeftButNotThoseWithRefusedRows() {
        existing("E1", null, EmploymentStatus.ACTIVE);
        existing("E2", null, EmploymentStatus.ACTIVE);
        existing("E3", null, EmploymentStatus.LEFT);
        existing("E4", null, EmploymentStatus.ON_LEAVE);

        ImportPlan plan = plan(
                "E1,FirstE1,LastE1,,T1,,FRONT_LINE,2020-01-01,ACTIVE\n" + "E2,FirstE2,LastE2,,T1,,NEVER,,\n",
                new ImportPlan.Options(true, false));

        assertEquals(
                List.of("E4"),
                plan.leavers().stream().map(l -> l.values().number()).toList());
        assertEquals(1, plan.rejections().size());
    }

    @Test
    void upsertWithoutFullOptionMarksNobodyAsLeft() {
        existing("E1", null, EmploymentStatus.ACTIVE);

        ImportPlan plan = plan("E2,Budi,Santoso,,T1,,FRONT_LINE,,\n", UPSERT);

        assertTrue(plan.leavers().isEmpty());
    }

    @Test
    void formulaLikeCellsAreKeptAsText() {
        ImportPlan plan = plan("E1,=cmd|' /C calc'!A0,@Wijaya,,T1,,FRONT_LINE,,\n", UPSERT);

        Values values = plan.creations().get(0).values();
        assertEquals("=cmd|' /C calc'!A0", values.firstName());
        assertEquals("@Wijaya", values.lastName());
        assertNull(values.email());
    }

    private ImportPlan planWithUnits(String rows) {
        ImportTable table = CsvFiles.read(
                ("employee_number,first_name,last_name,org_unit,org_unit_name,parent_unit,contact_level\n" + rows)
                        .getBytes(StandardCharsets.UTF_8),
                10_000);
        return new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        new ImportPlan.Options(false, true),
                        new ImportPlanner.Snapshot(directory, units),
                        TODAY)
                .plan(table);
    }

    @Test
    void newUnitMayHangUnderANewUnitNamedInALaterRow() {
        ImportPlan plan = planWithUnits("E1,Ana,Wijaya,NEW-TEAM,New team,NEW-DEPT,FRONT_LINE\n"
                + "E2,Budi,Santoso,NEW-DEPT,New department,T1,LEADERSHIP\n");

        assertEquals(List.of(), plan.rejections());
        assertEquals(
                Set.of(
                        new ImportPlan.UnitToCreate("NEW-TEAM", "New team", "NEW-DEPT"),
                        new ImportPlan.UnitToCreate("NEW-DEPT", "New department", "T1")),
                Set.copyOf(plan.units()));
    }

    @Test
    void rowsInNewUnitsWithUnknownOrCircularParentsAreRefused() {
        ImportPlan plan = planWithUnits("E1,Ana,Wijaya,NEW-A,,NOWHERE,FRONT_LINE\n"
                + "E2,Budi,Santoso,LOOP-1,,LOOP-2,FRONT_LINE\n" + "E3,Cita,Lim,LOOP-2,,LOOP-1,FRONT_LINE\n");

        assertEquals(
                List.of(
                        "2 error.import.row.unknownParentUnit",
                        "3 error.import.row.unitCycle",
                        "4 error.import.row.unitCycle"),
                plan.rejections().stream()
                        .map(r -> r.rowNumber() + " " + r.reasonKey())
                        .toList());
        assertEquals(List.of(), plan.units());
    }

    // Departments and teams in columns of their own, as HR systems export them.

    private static final List<ImportPlanner.ExistingUnit> LUMEN = List.of(
            new ImportPlanner.ExistingUnit("LUMEN", "Lumen Home & Living", null, OrgUnitType.COMPANY),
            new ImportPlanner.ExistingUnit("DIV-OPS", "Operations", "LUMEN", OrgUnitType.DIVISION),
            new ImportPlanner.ExistingUnit("CC", "Contact Centre", "DIV-OPS", OrgUnitType.DEPARTMENT),
            new ImportPlanner.ExistingUnit("CC-VOICE-A", "Voice Team A", "CC", OrgUnitType.TEAM));

    private ImportPlan planWithDepartments(String csv, boolean createUnits) {
        ImportTable table = CsvFiles.read(
                ("Employee No,First name,Surname,Department,Team,Customer contact\n" + csv)
                        .getBytes(StandardCharsets.UTF_8),
                1_000_000);
        Set<String> codes = Set.of("LUMEN", "DIV-OPS", "CC", "CC-VOICE-A");
        return new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        new ImportPlan.Options(false, createUnits),
                        new ImportPlanner.Snapshot(directory, codes, LUMEN),
                        TODAY)
                .plan(table);
    }

    private static String unitOf(ImportPlan plan, String number) {
        return plan.creations().stream()
                .filter(c -> c.values().number().equals(number))
                .findFirst()
                .orElseThrow()
                .values()
                .unitCode();
    }

    @Test
    void aDepartmentAndATeamByNameFindTheUnitsTheDirectoryHas() {
        ImportPlan plan = planWithDepartments(
                "D1,Ana,Ade,contact centre,Voice Team A,FRONT_LINE\n" + "D2,Budi,Bakti,CC,,LEADERSHIP\n", false);

        assertEquals(List.of(), plan.rejections());
        assertEquals("CC-VOICE-A", unitOf(plan, "D1"));
        assertEquals("CC", unitOf(plan, "D2"), "a department and no team: the department");
        assertEquals(List.of(), plan.units());
    }

    @Test
    void newDepartmentsGoUnderTheCompanyAndNewTeamsUnderTheirDepartment() {
        ImportPlan plan = planWithDepartments(
                "D1,Ana,Ade,Home Delivery,Van Crew North,FRONT_LINE\n"
                        + "D2,Budi,Bakti,Home Delivery,Van Crew North,FRONT_LINE\n"
                        + "D3,Citra,Cahya,Home Delivery,,LEADERSHIP\n"
                        + "D4,Dewi,Dara,Contact Centre,Chat Team,FRONT_LINE\n",
                true);

        assertEquals(List.of(), plan.rejections());
        assertEquals(
                List.of(
                        new ImportPlan.UnitToCreate("HOME-DELIVERY", "Home Delivery", "LUMEN", OrgUnitType.DEPARTMENT),
                        new ImportPlan.UnitToCreate(
                                "VAN-CREW-NORTH", "Van Crew North", "HOME-DELIVERY", OrgUnitType.TEAM),
                        new ImportPlan.UnitToCreate("CHAT-TEAM", "Chat Team", "CC", OrgUnitType.TEAM)),
                plan.units());
        assertEquals("VAN-CREW-NORTH", unitOf(plan, "D2"), "created once for both");
        assertEquals("HOME-DELIVERY", unitOf(plan, "D3"));
        assertEquals("CHAT-TEAM", unitOf(plan, "D4"));
    }

    @Test
    void anUnknownDepartmentIsRefusedNamingItWhenUnitsAreNotToBeCreated() {
        ImportPlan plan = planWithDepartments("D1,Ana,Ade,Home Delivery,Van Crew North,FRONT_LINE\n", false);

        Rejection refused = plan.rejections().get(0);
        assertEquals(EmployeeField.DEPARTMENT, refused.field());
        assertTrue(refused.reason().contains("'Home Delivery'"), refused.reason());
        assertEquals(List.of(), plan.units());
    }
}
