package com.cxcentric.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.demo.DemoCompany;
import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.boundary.DemoDataLoader;
import com.cxcentric.security.control.PasswordHashing;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import com.cxcentric.testsupport.InContainerTest;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.vision.boundary.CompanyValueCatalog;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start-up (schema, first administrator, demo company), optimistic locking and the module catalogs' security, in the container. Run by {@code platform.InContainerIT}, which deploys once for every area. */
public interface PlatformInContainerTests extends InContainerTest {

    private CompetencyCatalog competencies() {
        return bean(CompetencyCatalog.class);
    }

    private DemoDataLoader demoData() {
        return bean(DemoDataLoader.class);
    }

    private PasswordHashing passwords() {
        return bean(PasswordHashing.class);
    }

    private CompanyValueCatalog values() {
        return bean(CompanyValueCatalog.class);
    }

    @Test
    default void startupMigratedTheSchemaWithFlyway() throws Exception {
        try (var connection = dataSource().getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '1'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    default void startupCreatedTheFirstAdministrator() {
        UserAccount admin = em().createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", "admin")
                .getSingleResult();

        assertTrue(admin.hasRole(Role.ADMIN));
        assertTrue(
                passwords().verify("it-admin-password".toCharArray(), admin.getPasswordHash()),
                "password from CX_ADMIN_PASSWORD");
        assertTrue(
                admin.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"),
                admin.getPasswordHash().substring(0, 20));
    }

    /** The demo plan as start-up wrote it (the seed is the configured default). */
    private static DemoCompany plan() {
        return new DemoCompanyGenerator(20261122L, java.time.LocalDate.now()).generate();
    }

    @Test
    default void demoModeWroteTheDemoCompanyOnceAndAgainChangesNothing() {
        long employeesBefore =
                em().createNamedQuery(Employee.COUNT_ALL, Long.class).getSingleResult();

        boolean wroteAgain = demoData().loadIfEmpty();

        assertFalse(wroteAgain);
        assertEquals(employeesBefore, (long)
                em().createNamedQuery(Employee.COUNT_ALL, Long.class).getSingleResult());
        List<String> numbers =
                plan().people().stream().map(DemoCompany.Person::number).toList();
        long demoPeople = em().createQuery(
                        "SELECT COUNT(e) FROM Employee e WHERE e.employeeNumber IN :numbers", Long.class)
                .setParameter("numbers", numbers)
                .getSingleResult();
        assertEquals(numbers.size(), demoPeople);
        for (String login : new String[] {
            DemoCompanyGenerator.HR_LOGIN,
            DemoCompanyGenerator.LEAD_LOGIN,
            DemoCompanyGenerator.EMPLOYEE_LOGIN,
            DemoCompanyGenerator.EXECUTIVE_LOGIN
        }) {
            UserAccount account = em().createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", login)
                    .getSingleResult();
            assertNotNull(account.getEmployee(), login + " is linked to an employee");
        }
    }

    @Test
    default void theDemoCompanyHasSixDepartmentsOfTwentyFiveTeamsAllWithLeads() {
        List<String> codes = plan().units().stream().map(DemoCompany.Unit::code).toList();

        List<OrgUnit> units = em().createQuery("SELECT u FROM OrgUnit u WHERE u.code IN :codes", OrgUnit.class)
                .setParameter("codes", codes)
                .getResultList();

        assertEquals(codes.size(), units.size());
        assertEquals(
                6,
                units.stream()
                        .filter(u -> u.getType() == OrgUnitType.DEPARTMENT)
                        .count());
        assertEquals(
                25, units.stream().filter(u -> u.getType() == OrgUnitType.TEAM).count());
        assertTrue(units.stream().allMatch(u -> u.getLead() != null), "a demo unit without lead");
    }

    @Test
    default void editingAStaleCopyIsRefusedByOptimisticLocking() throws Exception {
        String code = unique("T");
        Long id = inTransaction(() -> {
            var unit = new OrgUnit(code, "Optimistic team", OrgUnitType.TEAM, null);
            em().persist(unit);
            em().flush();
            return unit.getId();
        });
        OrgUnit stale = inTransaction(() -> em().find(OrgUnit.class, id));
        Instant created = stale.getCreatedAt();

        inTransaction(() -> {
            em().find(OrgUnit.class, id).rename("Renamed first");
            return null;
        });
        stale.rename("Renamed from a stale copy");

        assertThrows(OptimisticLockException.class, () -> inTransaction(() -> em().merge(stale)));
        OrgUnit current = inTransaction(() -> em().find(OrgUnit.class, id));
        assertEquals("Renamed first", current.getName());
        assertEquals(stale.getVersion() + 1, current.getVersion());
        assertEquals(created, current.getCreatedAt());
        assertTrue(current.getUpdatedAt().isAfter(created)
                || current.getUpdatedAt().equals(created));
    }

    @Test
    default void theModuleCatalogsRefuseAnonymousCallers() {
        assertThrows(EJBAccessException.class, () -> competencies().listAll());
        assertThrows(EJBAccessException.class, () -> values().listActive());
    }
}
