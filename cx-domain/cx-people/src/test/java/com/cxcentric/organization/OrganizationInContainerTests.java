package com.cxcentric.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.control.EmployeeImportStore;
import com.cxcentric.organization.control.ImportPlan;
import com.cxcentric.organization.control.ImportPlanner;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmployeeImport;
import com.cxcentric.organization.entity.ImportRejection;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.imports.CsvFiles;
import com.cxcentric.platform.imports.ImportProgress;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.platform.imports.ImportTable;
import com.cxcentric.testsupport.InContainerTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The org tree, ranked motivators and the HR import written set-based, in the container against the real database. Run by {@code platform.InContainerIT}, which deploys once for every area. */
public interface OrganizationInContainerTests extends InContainerTest {

    private EmployeeImportStore importStore() {
        return bean(EmployeeImportStore.class);
    }

    private OrgTree orgTree() {
        return bean(OrgTree.class);
    }

    private Long unitId(String code) {
        return em().createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", code)
                .getSingleResult()
                .getId();
    }

    @Test
    default void theSubtreeOfADepartmentHoldsItsTeamsAndNothingElse() {
        Set<Long> subtree = orgTree().subtreeOf(List.of(unitId("CC")));

        assertTrue(subtree.containsAll(List.of(unitId("CC"), unitId("CC-VOICE-A"), unitId("CC-COMPLAINTS"))));
        assertFalse(subtree.contains(unitId("RET-JKT-C")));
        assertFalse(subtree.contains(unitId("DIV-OPS")), "the parent is not below");
        // Exactly the units whose chain of parents passes through CC (other tests may add teams there).
        Set<Long> below = new java.util.HashSet<>();
        for (OrgUnit unit :
                em().createQuery("SELECT u FROM OrgUnit u", OrgUnit.class).getResultList()) {
            for (OrgUnit step = unit; step != null; step = step.getParent()) {
                if ("CC".equals(step.getCode())) {
                    below.add(unit.getId());
                    break;
                }
            }
        }
        assertEquals(below, subtree);
        assertTrue(subtree.size() >= 6, "the demo's contact centre and its five teams");
    }

    @Test
    default void aRankingOfMotivatorsIsStoredInOrderAndCanBeReordered() throws Exception {
        String number = unique("M");
        Long id = inTransaction(() -> {
            var person = new Employee(number, "Rank", "Tester", ContactLevel.FRONT_LINE);
            person.rankMotivators(List.of(Motivator.TIME_OFF, Motivator.MONEY_OR_VOUCHERS, Motivator.LEARNING_BUDGET));
            em().persist(person);
            em().flush();
            return person.getId();
        });

        inTransaction(() -> {
            em().find(Employee.class, id)
                    .rankMotivators(
                            List.of(Motivator.MONEY_OR_VOUCHERS, Motivator.TIME_OFF, Motivator.LEARNING_BUDGET));
            return null;
        });

        List<Motivator> stored =
                inTransaction(() -> List.copyOf(em().find(Employee.class, id).getMotivators()));
        assertEquals(List.of(Motivator.MONEY_OR_VOUCHERS, Motivator.TIME_OFF, Motivator.LEARNING_BUDGET), stored);
    }

    String IMPORT_HEADER = "employee_number;first_name;last_name;org_unit;manager;contact_level;hire_date;status\n";

    private ImportPlan planAndWrite(String rows, ImportPlan.Options options) {
        ImportTable table = CsvFiles.read((IMPORT_HEADER + rows).getBytes(StandardCharsets.UTF_8), 1_000_000);
        ImportPlan plan = new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        options,
                        importStore().snapshot(),
                        LocalDate.now())
                .plan(table);
        var record = new EmployeeImport(
                "it",
                "it.csv",
                EmployeeImport.Channel.API,
                "it",
                options.fullImport(),
                options.createUnits(),
                table.headers());
        em().persist(record);
        em().flush();
        importStore().write(plan, record.getId(), LocalDate.now(), ImportProgress.NONE);
        return plan;
    }

    @Test
    default void importCreatesPeopleWithTheirManagersAndTheSameFileAgainChangesNothing() throws Exception {
        String p = unique("I");
        String rows = p + "-3;Cita;Lim;CC-VOICE-A;" + p + "-2;FRONT_LINE;2024-02-01;\n"
                + p + "-2;Budi;Santoso;CC-VOICE-A;" + p + "-1;LEADERSHIP;2022-05-01;\n"
                + p + "-1;Ana;Wijaya;CC;;LEADERSHIP;2019-01-01;\n"
                + p + "-4;Dewi;Broken;NO-SUCH-UNIT;;FRONT_LINE;;\n";
        var upsert = new ImportPlan.Options(false, false);

        ImportPlan first = inTransaction(() -> planAndWrite(rows, upsert));
        ImportPlan second = inTransaction(() -> planAndWrite(rows, upsert));

        assertEquals(3, first.creations().size());
        assertEquals(1, first.rejections().size());
        assertEquals(0, second.creations().size());
        assertEquals(0, second.updates().size());
        assertEquals(3, second.unchanged());
        inTransaction(() -> {
            Employee cita = employee(p + "-3");
            assertEquals(p + "-2", cita.getManager().getEmployeeNumber());
            assertEquals(p + "-1", cita.getManager().getManager().getEmployeeNumber());
            assertEquals("CC-VOICE-A", cita.getOrgUnit().getCode());
            assertEquals(java.time.LocalDate.of(2024, 2, 1), cita.getHireDate());
            assertEquals(1L, cita.getVersion());
            long rejected = em().createNamedQuery(ImportRejection.COUNT_BY_IMPORT, Long.class)
                    .setParameter("importId", lastImportId())
                    .getSingleResult();
            assertEquals(1L, rejected, "the second import recorded its own rejected row");
            assertEquals(0L, (long)
                    em().createQuery("SELECT COUNT(e) FROM Employee e WHERE e.employeeNumber = :n", Long.class)
                            .setParameter("n", p + "-4")
                            .getSingleResult());
            return null;
        });
    }

    private long lastImportId() {
        return em().createNamedQuery(EmployeeImport.FIND_ALL, EmployeeImport.class)
                .setMaxResults(1)
                .getSingleResult()
                .getId();
    }

    @Test
    default void changedRowIsUpdatedWithANewVersionAndNewManager() throws Exception {
        String p = unique("U");
        var upsert = new ImportPlan.Options(false, false);
        inTransaction(() -> planAndWrite(
                p + "-1;Ana;Wijaya;CC;;LEADERSHIP;2019-01-01;\n" + p + "-2;Budi;Santoso;CC;;FRONT_LINE;2020-01-01;\n",
                upsert));

        ImportPlan change = inTransaction(() ->
                planAndWrite(p + "-2;Budi;Hartono;CC-VOICE-A;" + p + "-1;FRONT_LINE;2020-01-01;on leave\n", upsert));

        assertEquals(1, change.updates().size());
        inTransaction(() -> {
            Employee budi = employee(p + "-2");
            assertEquals("Hartono", budi.getLastName());
            assertEquals(p + "-1", budi.getManager().getEmployeeNumber());
            assertEquals(com.cxcentric.organization.entity.EmploymentStatus.ON_LEAVE, budi.getStatus());
            assertEquals(LocalDate.now(), budi.getStatusSince());
            assertEquals(2L, budi.getVersion());
            return null;
        });
    }

    @Test
    default void importPlannedAgainstAVersionChangedMeanwhileWritesNothing() throws Exception {
        String p = unique("V");
        var upsert = new ImportPlan.Options(false, false);
        inTransaction(() -> planAndWrite(
                p + "-1;Ana;Wijaya;CC;;FRONT_LINE;;\n" + p + "-2;Budi;Santoso;CC;;FRONT_LINE;;\n", upsert));
        ImportTable table = CsvFiles.read(
                (IMPORT_HEADER + p + "-1;Ana;Changed;CC;;FRONT_LINE;;\n" + p + "-3;New;Person;CC;;FRONT_LINE;;\n")
                        .getBytes(StandardCharsets.UTF_8),
                10_000);
        ImportPlan plan = inTransaction(() -> new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        upsert,
                        importStore().snapshot(),
                        LocalDate.now())
                .plan(table));
        inTransaction(() -> {
            employee(p + "-1").setJobTitle("Changed by someone else");
            return null;
        });

        var refused = assertThrows(
                ImportRefusedException.class,
                () -> inTransaction(() -> importStore().write(plan, 0L, LocalDate.now(), ImportProgress.NONE)));

        assertEquals("error.import.concurrentChange", refused.getMessageKey());
        inTransaction(() -> {
            assertEquals("Wijaya", employee(p + "-1").getLastName());
            assertEquals(
                    0L,
                    (long) em().createQuery("SELECT COUNT(e) FROM Employee e WHERE e.employeeNumber = :n", Long.class)
                            .setParameter("n", p + "-3")
                            .getSingleResult(),
                    "the new person of the refused import was rolled back");
            return null;
        });
    }

    @Test
    default void fullImportMarksEveryoneMissingAsLeftAndCreatesUnknownUnitsWhenAsked() throws Exception {
        String p = unique("F");
        long current = em().createQuery(
                        "SELECT COUNT(e) FROM Employee e WHERE e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT",
                        Long.class)
                .getSingleResult();
        String someone = em().createQuery(
                        "SELECT e.employeeNumber FROM Employee e WHERE e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT ORDER BY e.employeeNumber",
                        String.class)
                .setMaxResults(1)
                .getSingleResult();
        tx().begin();
        try {
            ImportPlan plan = planAndWrite(
                    p + "-1;Ana;Wijaya;" + p + "-UNIT;;FRONT_LINE;;\n", new ImportPlan.Options(true, true));
            em().clear();

            assertEquals(current, plan.leavers().size());
            assertEquals(1, plan.units().size());
            assertEquals(1L, (long) em().createQuery(
                            "SELECT COUNT(e) FROM Employee e WHERE e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT",
                            Long.class)
                    .getSingleResult());
            Employee ana = employee(p + "-1");
            assertEquals(p + "-UNIT", ana.getOrgUnit().getCode());
            Employee leaver = employee(someone);
            assertEquals(com.cxcentric.organization.entity.EmploymentStatus.LEFT, leaver.getStatus());
            assertEquals(LocalDate.now(), leaver.getStatusSince());
        } finally {
            tx().rollback(); // the demo company stays as it was for every other test
        }
    }
}
