package com.cxcentric.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.demo.DemoCompany;
import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.notification.boundary.Outbox;
import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.MailStatus;
import com.cxcentric.notification.entity.Notification;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.EmployeeCsv;
import com.cxcentric.organization.control.EmployeeImportStore;
import com.cxcentric.organization.control.ImportPlan;
import com.cxcentric.organization.control.ImportPlanner;
import com.cxcentric.organization.control.ImportProgress;
import com.cxcentric.organization.control.ImportRefusedException;
import com.cxcentric.organization.control.ImportTable;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmployeeImport;
import com.cxcentric.organization.entity.ImportRejection;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.boundary.DemoDataLoader;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.boundary.CompanyValueCatalog;
import com.cxcentric.security.boundary.ApiTokenService;
import com.cxcentric.security.boundary.LoginService;
import com.cxcentric.security.control.PasswordHashing;
import com.cxcentric.security.control.TokenSecrets;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.ApiToken;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import com.cxcentric.segmentation.control.SegmentMembershipStore;
import com.cxcentric.segmentation.entity.ContactLevelCriterion;
import com.cxcentric.segmentation.entity.FirstMotivatorCriterion;
import com.cxcentric.segmentation.entity.JobTitleContainsCriterion;
import com.cxcentric.segmentation.entity.JobTitleMatchesCriterion;
import com.cxcentric.segmentation.entity.LocationCriterion;
import com.cxcentric.segmentation.entity.MemberFacts;
import com.cxcentric.segmentation.entity.OrgUnitCriterion;
import com.cxcentric.segmentation.entity.RuleGroup;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.segmentation.entity.SegmentDefinition;
import com.cxcentric.segmentation.entity.TenureCriterion;
import com.cxcentric.testsupport.Deployments;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.boundary.TrainingSchedule;
import com.cxcentric.training.control.RuleApplication;
import com.cxcentric.training.control.TrainingDay;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.Certification;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.Refresher;
import com.cxcentric.training.entity.TrainingRule;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, against the real database: what start-up leaves behind (schema, first
 * administrator, demo company) and the persistence, organization and security rules the rest
 * stands on. One class, so that the tier starts one server.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestRunner().addClass(InContainerIT.class);
    }

    @PersistenceContext(unitName = "cx")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/cx")
    DataSource dataSource;

    @Inject
    DemoDataLoader demoData;

    @Inject
    LoginService logins;

    @Inject
    PasswordHashing passwords;

    @Inject
    ApiTokenService tokens;

    @Inject
    CompetencyCatalog competencies;

    @Inject
    CompanyValueCatalog values;

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception e) {
            if (tx.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE
                    || tx.getStatus() == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK) {
                tx.rollback();
            }
            throw e;
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void startupMigratedTheSchemaWithFlyway() throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '1'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void startupCreatedTheFirstAdministrator() {
        UserAccount admin = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", "admin")
                .getSingleResult();

        assertTrue(admin.hasRole(Role.ADMIN));
        assertTrue(
                passwords.verify("it-admin-password".toCharArray(), admin.getPasswordHash()),
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
    void demoModeWroteTheDemoCompanyOnceAndAgainChangesNothing() {
        long employeesBefore =
                em.createNamedQuery(Employee.COUNT_ALL, Long.class).getSingleResult();

        boolean wroteAgain = demoData.loadIfEmpty();

        assertFalse(wroteAgain);
        assertEquals(employeesBefore, (long)
                em.createNamedQuery(Employee.COUNT_ALL, Long.class).getSingleResult());
        List<String> numbers =
                plan().people().stream().map(DemoCompany.Person::number).toList();
        long demoPeople = em.createQuery(
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
            UserAccount account = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", login)
                    .getSingleResult();
            assertNotNull(account.getEmployee(), login + " is linked to an employee");
        }
    }

    @Test
    void theDemoCompanyHasSixDepartmentsOfTwentyFiveTeamsAllWithLeads() {
        List<String> codes = plan().units().stream().map(DemoCompany.Unit::code).toList();

        List<OrgUnit> units = em.createQuery("SELECT u FROM OrgUnit u WHERE u.code IN :codes", OrgUnit.class)
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
    void editingAStaleCopyIsRefusedByOptimisticLocking() throws Exception {
        String code = unique("T");
        Long id = inTransaction(() -> {
            var unit = new OrgUnit(code, "Optimistic team", OrgUnitType.TEAM, null);
            em.persist(unit);
            em.flush();
            return unit.getId();
        });
        OrgUnit stale = inTransaction(() -> em.find(OrgUnit.class, id));
        Instant created = stale.getCreatedAt();

        inTransaction(() -> {
            em.find(OrgUnit.class, id).rename("Renamed first");
            return null;
        });
        stale.rename("Renamed from a stale copy");

        assertThrows(OptimisticLockException.class, () -> inTransaction(() -> em.merge(stale)));
        OrgUnit current = inTransaction(() -> em.find(OrgUnit.class, id));
        assertEquals("Renamed first", current.getName());
        assertEquals(stale.getVersion() + 1, current.getVersion());
        assertEquals(created, current.getCreatedAt());
        assertTrue(current.getUpdatedAt().isAfter(created)
                || current.getUpdatedAt().equals(created));
    }

    private String newAccount(String password, Role... roles) throws Exception {
        String username = unique("it").toLowerCase();
        String hash = passwords.hash(password.toCharArray());
        inTransaction(() -> {
            em.persist(new UserAccount(username, hash, EnumSet.of(roles[0], roles)));
            return null;
        });
        return username;
    }

    @Test
    void rightPasswordSignsInWithTheRolesAsGroups() throws Exception {
        String username = newAccount("correct horse", Role.HR, Role.EMPLOYEE);

        var caller = logins.authenticate(username, "correct horse".toCharArray());

        assertTrue(caller.isPresent());
        assertEquals(Set.of("HR", "EMPLOYEE"), caller.get().groups());
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() throws Exception {
        String username = newAccount("correct horse", Role.EMPLOYEE);

        assertTrue(logins.authenticate(username, "wrong".toCharArray()).isEmpty());
        assertTrue(logins.authenticate(unique("nobody"), "correct horse".toCharArray())
                .isEmpty());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = newAccount("correct horse", Role.EMPLOYEE);

        for (int i = 0; i < 5; i++) {
            assertTrue(
                    logins.authenticate(username, ("guess" + i).toCharArray()).isEmpty());
        }

        assertTrue(
                logins.authenticate(username, "correct horse".toCharArray()).isEmpty(),
                "locked account let the right password in");
        UserAccount account = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
        assertTrue(account.isLockedAt(Instant.now()));
        assertEquals(5, account.getFailedLogins());
    }

    @Test
    void aTokenAuthenticatesWithItsScopesUntilRevoked() throws Exception {
        String username = newAccount("irrelevant", Role.HR);
        String secret = TokenSecrets.newSecret();
        Long tokenId = inTransaction(() -> {
            UserAccount account = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", username)
                    .getSingleResult();
            var token = new ApiToken(
                    "it",
                    TokenSecrets.hash(secret),
                    TokenSecrets.displayPrefix(secret),
                    account,
                    EnumSet.of(ApiScope.DIRECTORY_READ),
                    "admin",
                    null);
            em.persist(token);
            em.flush();
            return token.getId();
        });

        var caller = tokens.authenticate(secret);
        assertTrue(caller.isPresent());
        assertEquals(username, caller.get().username());
        assertEquals(Set.of(ApiScope.DIRECTORY_READ), caller.get().scopes());
        assertEquals(Set.of("HR"), caller.get().groups());
        assertTrue(
                tokens.authenticate(secret.substring(0, secret.length() - 1) + "x")
                        .isEmpty(),
                "a different secret");

        inTransaction(() -> {
            em.find(ApiToken.class, tokenId).revoke("admin", Instant.now());
            return null;
        });
        assertTrue(tokens.authenticate(secret).isEmpty(), "revoked token still authenticates");
    }

    @Test
    void theSecretIsNotStored() throws Exception {
        String username = newAccount("irrelevant", Role.HR);
        String secret = TokenSecrets.newSecret();
        inTransaction(() -> {
            UserAccount account = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", username)
                    .getSingleResult();
            em.persist(new ApiToken(
                    "it",
                    TokenSecrets.hash(secret),
                    TokenSecrets.displayPrefix(secret),
                    account,
                    EnumSet.of(ApiScope.REFERENCE_READ),
                    "admin",
                    null));
            return null;
        });
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM api_token WHERE secret_hash = ? OR secret_prefix = ?")) {
            statement.setString(1, secret);
            statement.setString(2, secret);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
    }

    @Inject
    OrgTree orgTree;

    private Long unitId(String code) {
        return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", code)
                .getSingleResult()
                .getId();
    }

    @Test
    void theSubtreeOfADepartmentHoldsItsTeamsAndNothingElse() {
        Set<Long> subtree = orgTree.subtreeOf(List.of(unitId("CC")));

        assertTrue(subtree.containsAll(List.of(unitId("CC"), unitId("CC-VOICE-A"), unitId("CC-COMPLAINTS"))));
        assertFalse(subtree.contains(unitId("RET-JKT-C")));
        assertFalse(subtree.contains(unitId("DIV-OPS")), "the parent is not below");
        // Exactly the units whose chain of parents passes through CC (other tests may add teams there).
        Set<Long> below = new java.util.HashSet<>();
        for (OrgUnit unit :
                em.createQuery("SELECT u FROM OrgUnit u", OrgUnit.class).getResultList()) {
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
    void aRankingOfMotivatorsIsStoredInOrderAndCanBeReordered() throws Exception {
        String number = unique("M");
        Long id = inTransaction(() -> {
            var person = new Employee(number, "Rank", "Tester", ContactLevel.FRONT_LINE);
            person.rankMotivators(List.of(Motivator.TIME_OFF, Motivator.MONEY_OR_VOUCHERS, Motivator.LEARNING_BUDGET));
            em.persist(person);
            em.flush();
            return person.getId();
        });

        inTransaction(() -> {
            em.find(Employee.class, id)
                    .rankMotivators(
                            List.of(Motivator.MONEY_OR_VOUCHERS, Motivator.TIME_OFF, Motivator.LEARNING_BUDGET));
            return null;
        });

        List<Motivator> stored =
                inTransaction(() -> List.copyOf(em.find(Employee.class, id).getMotivators()));
        assertEquals(List.of(Motivator.MONEY_OR_VOUCHERS, Motivator.TIME_OFF, Motivator.LEARNING_BUDGET), stored);
    }

    @Test
    void theModuleCatalogsRefuseAnonymousCallers() {
        assertThrows(EJBAccessException.class, () -> competencies.listAll());
        assertThrows(EJBAccessException.class, () -> values.listActive());
    }

    // HR import, on the real database. Plan and write run as EmployeeImports runs them, in one
    // transaction; tests that would touch people they did not create roll their transaction back.

    @Inject
    EmployeeImportStore importStore;

    private static final String IMPORT_HEADER =
            "employee_number;first_name;last_name;org_unit;manager;contact_level;hire_date;status\n";

    private ImportPlan planAndWrite(String rows, ImportPlan.Options options) {
        ImportTable table = EmployeeCsv.read((IMPORT_HEADER + rows).getBytes(StandardCharsets.UTF_8), 1_000_000);
        ImportPlan plan = new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        options,
                        importStore.snapshot(),
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
        em.persist(record);
        em.flush();
        importStore.write(plan, record.getId(), LocalDate.now(), ImportProgress.NONE);
        return plan;
    }

    private Employee employee(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number)
                .getSingleResult();
    }

    @Test
    void importCreatesPeopleWithTheirManagersAndTheSameFileAgainChangesNothing() throws Exception {
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
            long rejected = em.createNamedQuery(ImportRejection.COUNT_BY_IMPORT, Long.class)
                    .setParameter("importId", lastImportId())
                    .getSingleResult();
            assertEquals(1L, rejected, "the second import recorded its own rejected row");
            assertEquals(
                    0L, (long) em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.employeeNumber = :n", Long.class)
                            .setParameter("n", p + "-4")
                            .getSingleResult());
            return null;
        });
    }

    private long lastImportId() {
        return em.createNamedQuery(EmployeeImport.FIND_ALL, EmployeeImport.class)
                .setMaxResults(1)
                .getSingleResult()
                .getId();
    }

    @Test
    void changedRowIsUpdatedWithANewVersionAndNewManager() throws Exception {
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
    void importPlannedAgainstAVersionChangedMeanwhileWritesNothing() throws Exception {
        String p = unique("V");
        var upsert = new ImportPlan.Options(false, false);
        inTransaction(() -> planAndWrite(
                p + "-1;Ana;Wijaya;CC;;FRONT_LINE;;\n" + p + "-2;Budi;Santoso;CC;;FRONT_LINE;;\n", upsert));
        ImportTable table = EmployeeCsv.read(
                (IMPORT_HEADER + p + "-1;Ana;Changed;CC;;FRONT_LINE;;\n" + p + "-3;New;Person;CC;;FRONT_LINE;;\n")
                        .getBytes(StandardCharsets.UTF_8),
                10_000);
        ImportPlan plan = inTransaction(() -> new ImportPlanner(
                        ImportPlanner.columnsFor(table.headers(), Map.of()),
                        upsert,
                        importStore.snapshot(),
                        LocalDate.now())
                .plan(table));
        inTransaction(() -> {
            employee(p + "-1").setJobTitle("Changed by someone else");
            return null;
        });

        var refused = assertThrows(
                ImportRefusedException.class,
                () -> inTransaction(() -> importStore.write(plan, 0L, LocalDate.now(), ImportProgress.NONE)));

        assertEquals("error.import.concurrentChange", refused.getMessageKey());
        inTransaction(() -> {
            assertEquals("Wijaya", employee(p + "-1").getLastName());
            assertEquals(
                    0L,
                    (long) em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.employeeNumber = :n", Long.class)
                            .setParameter("n", p + "-3")
                            .getSingleResult(),
                    "the new person of the refused import was rolled back");
            return null;
        });
    }

    @Test
    void fullImportMarksEveryoneMissingAsLeftAndCreatesUnknownUnitsWhenAsked() throws Exception {
        String p = unique("F");
        long current = em.createQuery(
                        "SELECT COUNT(e) FROM Employee e WHERE e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT",
                        Long.class)
                .getSingleResult();
        String someone = em.createQuery(
                        "SELECT e.employeeNumber FROM Employee e WHERE e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT ORDER BY e.employeeNumber",
                        String.class)
                .setMaxResults(1)
                .getSingleResult();
        tx.begin();
        try {
            ImportPlan plan = planAndWrite(
                    p + "-1;Ana;Wijaya;" + p + "-UNIT;;FRONT_LINE;;\n", new ImportPlan.Options(true, true));
            em.clear();

            assertEquals(current, plan.leavers().size());
            assertEquals(1, plan.units().size());
            assertEquals(1L, (long) em.createQuery(
                            "SELECT COUNT(e) FROM Employee e WHERE e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT",
                            Long.class)
                    .getSingleResult());
            Employee ana = employee(p + "-1");
            assertEquals(p + "-UNIT", ana.getOrgUnit().getCode());
            Employee leaver = employee(someone);
            assertEquals(com.cxcentric.organization.entity.EmploymentStatus.LEFT, leaver.getStatus());
            assertEquals(LocalDate.now(), leaver.getStatusSince());
        } finally {
            tx.rollback(); // the demo company stays as it was for every other test
        }
    }

    // --- segments ---

    @Inject
    SegmentMembershipStore membership;

    /** Everyone's facts as a rule sees them, read with JPQL independently of the membership SQL. */
    private Map<Long, MemberFacts> allFacts() {
        Map<Long, Long> parentOf = new java.util.HashMap<>();
        Map<Long, String> codeOf = new java.util.HashMap<>();
        em.createQuery("SELECT u.id, u.code, p.id FROM OrgUnit u LEFT JOIN u.parent p", Object[].class)
                .getResultList()
                .forEach(row -> {
                    codeOf.put((Long) row[0], (String) row[1]);
                    parentOf.put((Long) row[0], (Long) row[2]);
                });
        Map<Long, Motivator> first = new java.util.HashMap<>();
        em.createQuery("SELECT e.id, m FROM Employee e JOIN e.motivators m WHERE INDEX(m) = 0", Object[].class)
                .getResultList()
                .forEach(row -> first.put((Long) row[0], (Motivator) row[1]));
        Map<Long, MemberFacts> facts = new java.util.HashMap<>();
        em.createQuery(
                        "SELECT e.id, e.contactLevel, u.id, e.jobTitle, e.location, e.hireDate, e.status FROM Employee e"
                                + " LEFT JOIN e.orgUnit u",
                        Object[].class)
                .getResultList()
                .forEach(row -> {
                    Set<String> path = new java.util.HashSet<>();
                    for (Long unit = (Long) row[2]; unit != null; unit = parentOf.get(unit)) {
                        path.add(codeOf.get(unit));
                    }
                    long id = (Long) row[0];
                    facts.put(
                            id,
                            new MemberFacts(
                                    id,
                                    (ContactLevel) row[1],
                                    path,
                                    (String) row[3],
                                    (String) row[4],
                                    (LocalDate) row[5],
                                    (com.cxcentric.organization.entity.EmploymentStatus) row[6],
                                    first.get(id)));
                });
        return facts;
    }

    private Set<Long> currentMembers(long segmentId) {
        return new java.util.TreeSet<>(em.createQuery(
                        "SELECT m.employeeId FROM SegmentMembership m WHERE m.segmentId = :s AND m.leftOn IS NULL",
                        Long.class)
                .setParameter("s", segmentId)
                .getResultList());
    }

    private static Set<Long> admitted(SegmentDefinition definition, Map<Long, MemberFacts> facts, LocalDate today) {
        Set<Long> ids = new java.util.TreeSet<>();
        facts.values().stream().filter(f -> definition.admits(f, today)).forEach(f -> ids.add(f.employeeId()));
        return ids;
    }

    @Test
    void storedMembersOfEveryDemoSegmentAreThePeopleItsRuleAdmitsInJava() throws Exception {
        inTransaction(() -> {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
            membership.recomputeAll(today);
            Map<Long, MemberFacts> facts = allFacts();
            List<Segment> segments =
                    em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList();

            assertTrue(segments.size() >= 5, "the demo segments exist");
            for (Segment segment : segments) {
                Set<Long> expected = admitted(SegmentDefinition.of(segment), facts, today);
                assertEquals(expected, currentMembers(segment.getId()), segment.getName());
                assertEquals(expected.size(), segment.getMemberCount(), segment.getName());
            }
            return null;
        });
    }

    @Test
    void recomputedMembersMatchTheJavaRuleForRandomRulesOnTheDemoCompany() throws Exception {
        var random = new java.util.Random(11);
        List<String> units = List.of("RET", "CC", "FS", "DL", "FIN", "PT", "CC-VOICE-A", "RET-BDG");
        List<String> locations = List.of("Jakarta", "Bandung", "Surabaya", "Medan");
        LocalDate today = LocalDate.now();
        tx.begin();
        try {
            Map<Long, MemberFacts> facts = allFacts();
            List<Long> ids = List.copyOf(facts.keySet());
            for (int i = 0; i < 40; i++) {
                List<com.cxcentric.segmentation.entity.SegmentRule> parts = new java.util.ArrayList<>();
                for (int c = 0; c <= random.nextInt(3); c++) {
                    parts.add(
                            switch (random.nextInt(7)) {
                                case 0 -> new ContactLevelCriterion(EnumSet.of(
                                        ContactLevel.values()[random.nextInt(ContactLevel.values().length)]));
                                case 1 -> new OrgUnitCriterion(Set.of(units.get(random.nextInt(units.size()))));
                                case 2 -> new JobTitleContainsCriterion(
                                        List.of("agent", "store", "TECH").get(random.nextInt(3)));
                                case 3 -> new JobTitleMatchesCriterion(List.of("^senior", "(driver|crew)$", "a.*t")
                                        .get(random.nextInt(3)));
                                case 4 -> new LocationCriterion(
                                        Set.of(locations.get(random.nextInt(locations.size()))));
                                case 5 -> new TenureCriterion(random.nextInt(24), null);
                                default -> new FirstMotivatorCriterion(
                                        EnumSet.of(Motivator.values()[random.nextInt(Motivator.values().length)]));
                            });
                }
                Segment segment = new Segment(unique("Random"));
                segment.changeRule(
                        new RuleGroup(random.nextBoolean() ? RuleGroup.Match.ALL : RuleGroup.Match.ANY, parts));
                int in = random.nextInt(ids.size());
                int out = (in + 1 + random.nextInt(ids.size() - 1)) % ids.size();
                segment.setManualMembers(
                        List.of(em.find(Employee.class, ids.get(in))), List.of(em.find(Employee.class, ids.get(out))));
                em.persist(segment);

                membership.recompute(segment, today, List.of());

                assertEquals(
                        admitted(SegmentDefinition.of(segment), facts, today),
                        currentMembers(segment.getId()),
                        com.cxcentric.segmentation.entity.SegmentRuleJson.write(segment.getRule()));
            }
        } finally {
            tx.rollback();
        }
    }

    @Test
    void membershipKeepsEachStayWithTheDaysPeopleJoinedAndLeft() throws Exception {
        String p = unique("S");
        LocalDate day = LocalDate.of(2031, 3, 10);
        tx.begin();
        try {
            Employee ana = new Employee(p + "-1", "Ana", "Wijaya", ContactLevel.FRONT_LINE);
            ana.setLocation(p + "-town");
            em.persist(ana);
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new LocationCriterion(Set.of(p + "-town")))));
            em.persist(segment);

            var joined = membership.recompute(segment, day, List.of());
            ana.setLocation("elsewhere");
            var left = membership.recompute(segment, day.plusDays(5), List.of(ana.getId()));
            ana.setLocation(p + "-town");
            var back = membership.recompute(segment, day.plusDays(9), List.of());
            ana.setLocation("elsewhere");
            membership.recompute(segment, day.plusDays(9), List.of());
            ana.setLocation(p + "-town");
            membership.recompute(segment, day.plusDays(9), List.of());
            var again = membership.recompute(segment, day.plusDays(9), List.of());

            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 1, 0, 1), joined);
            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 0, 1, 0), left);
            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 1, 0, 1), back);
            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 0, 0, 1), again, "nothing left to do");
            List<Object[]> stays = em.createQuery(
                            "SELECT m.joinedOn, m.leftOn FROM SegmentMembership m WHERE m.segmentId = :s ORDER BY m.joinedOn",
                            Object[].class)
                    .setParameter("s", segment.getId())
                    .getResultList();
            assertEquals(2, stays.size(), "leaving and coming back on one day leaves no extra stay");
            assertEquals(day, stays.get(0)[0]);
            assertEquals(day.plusDays(5), stays.get(0)[1]);
            assertEquals(day.plusDays(9), stays.get(1)[0]);
            assertEquals(null, stays.get(1)[1]);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void peopleWhoLeaveTheCompanyLeaveEverySegmentAndExcludedPeopleStayOut() throws Exception {
        String p = unique("L");
        LocalDate day = LocalDate.of(2031, 4, 1);
        tx.begin();
        try {
            Employee ana = new Employee(p + "-1", "Ana", "Wijaya", ContactLevel.BACK_OFFICE);
            Employee budi = new Employee(p + "-2", "Budi", "Santoso", ContactLevel.BACK_OFFICE);
            ana.setJobTitle(p);
            budi.setJobTitle(p);
            em.persist(ana);
            em.persist(budi);
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new JobTitleContainsCriterion(p))));
            segment.setManualMembers(List.of(), List.of(budi));
            em.persist(segment);
            membership.recompute(segment, day, List.of());
            assertEquals(Set.of(ana.getId()), currentMembers(segment.getId()));

            ana.changeStatus(com.cxcentric.organization.entity.EmploymentStatus.LEFT, day.plusDays(1));
            membership.recompute(segment, day.plusDays(1), List.of());

            assertEquals(Set.of(), currentMembers(segment.getId()));
        } finally {
            tx.rollback();
        }
    }

    // --- feedback ledger ---

    @Inject
    com.cxcentric.outcomes.control.FeedbackStore feedbackStore;

    /** A touchpoint of a test's own, persisted (inside the test's transaction). */
    private com.cxcentric.outcomes.entity.Touchpoint testTouchpoint(
            String code, com.cxcentric.outcomes.entity.Channel channel, int position) {
        var touchpoint = new com.cxcentric.outcomes.entity.Touchpoint(code, "Test touchpoint", channel, position);
        em.persist(touchpoint);
        return touchpoint;
    }

    /** A feedback batch to write records under, persisted and flushed (inside the test's transaction). */
    private com.cxcentric.outcomes.entity.FeedbackBatch testBatch(String source, int records) {
        var batch = new com.cxcentric.outcomes.entity.FeedbackBatch(source, "it", records);
        em.persist(batch);
        em.flush();
        return batch;
    }

    @Inject
    com.cxcentric.outcomes.control.OutcomeQueries outcomeQueries;

    private static com.cxcentric.outcomes.entity.FeedbackRecord feedbackRecord(
            java.util.Random random, String id, String touchpoint, List<String> people) {
        return new com.cxcentric.outcomes.entity.FeedbackRecord(
                id,
                "c-" + random.nextInt(500),
                Instant.parse("2026-01-01T00:00:00Z")
                        .plusSeconds(random.nextInt(300) * 86_400L + random.nextInt(86_400)),
                touchpoint,
                people,
                random.nextInt(5) == 0 ? null : random.nextInt(11),
                random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                random.nextInt(2) == 0 ? null : 1 + random.nextInt(7),
                random.nextInt(4) == 0 ? "comment " + id : null,
                List.of());
    }

    /** Raw counts per (day, touchpoint, attribution) straight from the feedback rows of one touchpoint. */
    private Map<String, com.cxcentric.outcomes.entity.ScoreCounts> rawCounts(long touchpointId) {
        Map<String, com.cxcentric.outcomes.entity.ScoreCounts> raw = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT occurred_on, attribution_id, nps, csat, ces FROM feedback"
                        + " WHERE touchpoint_id = ?1")
                .setParameter(1, touchpointId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            raw.merge(
                    r[0] + "/" + r[1],
                    com.cxcentric.outcomes.entity.ScoreCounts.of(integer(r[2]), integer(r[3]), integer(r[4])),
                    com.cxcentric.outcomes.entity.ScoreCounts::plus);
        }
        raw.values().removeIf(com.cxcentric.outcomes.entity.ScoreCounts::isEmpty); // comment-only responses
        return raw;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private Map<String, com.cxcentric.outcomes.entity.ScoreCounts> rollupCounts(long touchpointId) {
        Map<String, com.cxcentric.outcomes.entity.ScoreCounts> rollups = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery(
                        "SELECT occurred_on, attribution_id, responses, nps_responses, promoters,"
                                + " passives, detractors, csat_responses, csat_satisfied, csat_sum, ces_responses, ces_easy,"
                                + " ces_sum FROM feedback_rollup WHERE touchpoint_id = ?1")
                .setParameter(1, touchpointId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long[] v = new long[11];
            for (int i = 0; i < 11; i++) {
                v[i] = ((Number) r[i + 2]).longValue();
            }
            var counts = new com.cxcentric.outcomes.entity.ScoreCounts(
                    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
            if (!counts.isEmpty()) {
                rollups.put(r[0] + "/" + r[1], counts);
            }
        }
        return rollups;
    }

    @Test
    void rollupsEqualARecomputationFromTheRawRecordsAfterUpdatesDuplicatesAndLateRecords() throws Exception {
        var random = new java.util.Random(5);
        String code = unique("TP").toUpperCase(java.util.Locale.ROOT);
        List<String> people = em.createQuery(
                        "SELECT e.employeeNumber FROM Employee e ORDER BY e.employeeNumber", String.class)
                .setMaxResults(30)
                .getResultList();
        tx.begin();
        try {
            var touchpoint = new com.cxcentric.outcomes.entity.Touchpoint(
                    code, "Test touchpoint", com.cxcentric.outcomes.entity.Channel.WEB, 99);
            em.persist(touchpoint);
            em.flush();
            Map<String, Long> touchpoints = Map.of(code, touchpoint.getId());
            List<com.cxcentric.outcomes.entity.FeedbackRecord> sent = new java.util.ArrayList<>();
            for (int batch = 0; batch < 4; batch++) {
                var batchRecord = new com.cxcentric.outcomes.entity.FeedbackBatch("it-rollup", "it", 0);
                em.persist(batchRecord);
                em.flush();
                List<com.cxcentric.outcomes.entity.FeedbackRecord> records = new java.util.ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    // ids repeat across batches: later batches update, repeat or add records, on any day
                    String id = code + "-" + random.nextInt(900);
                    if (records.stream().anyMatch(r -> r.externalId().equals(id))) {
                        continue;
                    }
                    var previous =
                            sent.stream().filter(r -> r.externalId().equals(id)).reduce((a, b) -> b);
                    records.add(
                            previous.isPresent() && random.nextBoolean()
                                    ? previous.get()
                                    : feedbackRecord(
                                            random,
                                            id,
                                            code,
                                            random.nextInt(6) == 0
                                                    ? List.of()
                                                    : List.of(
                                                            people.get(random.nextInt(people.size())),
                                                            random.nextInt(4) == 0
                                                                    ? "NOBODY-" + random.nextInt(3)
                                                                    : people.get(random.nextInt(people.size())))));
                }
                var outcome = feedbackStore.write(
                        "it-rollup", batchRecord.getId(), records, touchpoints, java.time.ZoneId.of("Asia/Jakarta"));
                sent.addAll(records);
                assertEquals(records.size(), outcome.accepted() + outcome.updated() + outcome.duplicates());
            }

            var raw = rawCounts(touchpoint.getId());
            var rollups = rollupCounts(touchpoint.getId());
            var differing = new java.util.TreeSet<>(raw.keySet());
            differing.addAll(rollups.keySet());
            differing.removeIf(k -> java.util.Objects.equals(raw.get(k), rollups.get(k)));
            assertTrue(raw.size() > 500, "generated enough rollup rows: " + raw.size());
            assertEquals(java.util.Set.of(), differing, () -> differing.stream()
                    .limit(3)
                    .map(k -> k + " raw " + raw.get(k) + " rollup " + rollups.get(k))
                    .toList()
                    .toString());

            var all = outcomeQueries.counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 31), Set.of(code), null, null, null));
            assertEquals(
                    raw.values().stream()
                            .reduce(
                                    com.cxcentric.outcomes.entity.ScoreCounts.NONE,
                                    com.cxcentric.outcomes.entity.ScoreCounts::plus),
                    all);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aGroupCountsAResponseOnceHoweverManyOfItsMembersItNames() throws Exception {
        String code = unique("TQ").toUpperCase(java.util.Locale.ROOT);
        List<String> voiceTeam = em.createQuery(
                        "SELECT e.employeeNumber FROM Employee e WHERE e.orgUnit.code = 'CC-VOICE-A' ORDER BY e.employeeNumber",
                        String.class)
                .setMaxResults(3)
                .getResultList();
        String storeClerk = em.createQuery(
                        "SELECT e.employeeNumber FROM Employee e WHERE e.orgUnit.code = 'RET-BDG' ORDER BY e.employeeNumber",
                        String.class)
                .setMaxResults(1)
                .getSingleResult();
        tx.begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.PHONE, 98);
            var batch = testBatch("it-groups", 3);
            Instant when = Instant.parse("2026-06-10T03:00:00Z");
            feedbackStore.write(
                    "it-groups",
                    batch.getId(),
                    List.of(
                            new com.cxcentric.outcomes.entity.FeedbackRecord(
                                    code + "-1",
                                    null,
                                    when,
                                    code,
                                    List.of(voiceTeam.get(0), voiceTeam.get(1)),
                                    10,
                                    null,
                                    null,
                                    null,
                                    List.of()),
                            new com.cxcentric.outcomes.entity.FeedbackRecord(
                                    code + "-2",
                                    null,
                                    when,
                                    code,
                                    List.of(voiceTeam.get(2), storeClerk),
                                    0,
                                    null,
                                    null,
                                    null,
                                    List.of()),
                            new com.cxcentric.outcomes.entity.FeedbackRecord(
                                    code + "-3", null, when, code, List.of(), 8, null, null, null, List.of())),
                    Map.of(code, touchpoint.getId()),
                    java.time.ZoneId.of("Asia/Jakarta"));
            var june = new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), Set.of(code), null, null, null);
            long firstAgent = employee(voiceTeam.get(0)).getId();

            var company = outcomeQueries.counts(june);
            var contactCentre = outcomeQueries.counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    june.from(), june.to(), june.touchpoints(), "CC", null, null));
            var retail = outcomeQueries.counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    june.from(), june.to(), june.touchpoints(), "RET", null, null));
            var agent = outcomeQueries.counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    june.from(), june.to(), june.touchpoints(), null, null, firstAgent));

            assertEquals(3, company.npsResponses(), "everything, the unattributed response included");
            assertEquals(2, contactCentre.npsResponses(), "the first response names two agents and counts once");
            assertEquals(1, contactCentre.promoters());
            assertEquals(1, contactCentre.detractors());
            assertEquals(1, retail.npsResponses());
            assertEquals(1, retail.detractors());
            assertEquals(1, agent.npsResponses());
            assertEquals(1, agent.promoters());
        } finally {
            tx.rollback();
        }
    }

    @Inject
    com.cxcentric.outcomes.control.FollowUpStore followUpStore;

    @Test
    void aDetractorOpensAFollowUpForTheTeamLeadThatEscalatesOnceWhenOverdue() throws Exception {
        String code = unique("TF").toUpperCase(java.util.Locale.ROOT);
        var agent = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.orgUnit.code = 'CC-VOICE-A' AND e.contactLevel ="
                                + " com.cxcentric.organization.entity.ContactLevel.CUSTOMER_SUPPORT ORDER BY e.employeeNumber",
                        Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        OrgUnit team = agent.getOrgUnit();
        Instant now = Instant.now();
        tx.begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.PHONE, 97);
            var batch = testBatch("it-follow-up", 3);
            var written = feedbackStore.write(
                    "it-follow-up",
                    batch.getId(),
                    List.of(
                            new com.cxcentric.outcomes.entity.FeedbackRecord(
                                    code + "-1",
                                    "c-1",
                                    now.minusSeconds(3600),
                                    code,
                                    List.of(agent.getEmployeeNumber()),
                                    3,
                                    null,
                                    null,
                                    "Nobody called back",
                                    List.of()),
                            new com.cxcentric.outcomes.entity.FeedbackRecord(
                                    code + "-2",
                                    "c-2",
                                    now.minusSeconds(3600),
                                    code,
                                    List.of(agent.getEmployeeNumber()),
                                    9,
                                    5,
                                    null,
                                    null,
                                    List.of()),
                            new com.cxcentric.outcomes.entity.FeedbackRecord(
                                    code + "-3",
                                    "c-3",
                                    now.minus(java.time.Duration.ofDays(60)),
                                    code,
                                    List.of(agent.getEmployeeNumber()),
                                    0,
                                    null,
                                    null,
                                    "Long ago",
                                    List.of())),
                    Map.of(code, touchpoint.getId()),
                    java.time.ZoneId.of("Asia/Jakarta"));

            int opened = followUpStore.openFor(written.unhappy(), now);
            int openedAgain = followUpStore.openFor(written.unhappy(), now);
            List<?> followUps = em.createNativeQuery(
                            "SELECT fu.id FROM follow_up fu JOIN feedback f ON f.id = fu.feedback_id WHERE f.batch_id = ?1")
                    .setParameter(1, batch.getId())
                    .getResultList();
            int early = followUpStore.escalateOverdue(now.plus(java.time.Duration.ofHours(47)));
            int due = followUpStore.escalateOverdue(now.plus(java.time.Duration.ofHours(49)));
            int again = followUpStore.escalateOverdue(now.plus(java.time.Duration.ofHours(50)));
            em.clear();
            var followUp =
                    em.find(com.cxcentric.outcomes.entity.FollowUp.class, ((Number) followUps.get(0)).longValue());

            assertEquals(1, opened, "the recent detractor only: not the promoter, not the response of two months ago");
            assertEquals(0, openedAgain);
            assertEquals(1, followUps.size());
            assertEquals(team.getLead().getId(), followUp.getOwner().getId());
            assertEquals(com.cxcentric.outcomes.entity.FollowUp.Reason.DETRACTOR, followUp.getReason());
            assertEquals(0, early);
            assertTrue(due >= 1);
            assertEquals(0, again, "escalated once");
            assertEquals(
                    team.getParent().getLead().getId(),
                    followUp.getEscalatedTo().getId());

            followUp.record(
                    now,
                    "Called, apologised, sent a technician",
                    com.cxcentric.outcomes.entity.Recovery.RECOVERED,
                    "it");
            em.flush();
            var counts = outcomeQueries.followUps(
                    new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                            LocalDate.now().minusDays(70), LocalDate.now().plusDays(1), Set.of(code), null, null, null),
                    now);
            assertEquals(1, counts.recovered());
            assertEquals(1, counts.knownOutcome());
            assertEquals(0, counts.open());
        } finally {
            tx.rollback();
        }
    }

    @Inject
    com.cxcentric.outcomes.control.LedgerEventStore ledgerEvents;

    @Test
    void aComplaintOpensAFollowUpWhoseOutcomeIsTheComplaintRecoveryRate() throws Exception {
        String code = unique("TC").toUpperCase(java.util.Locale.ROOT);
        var agent = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.orgUnit.code = 'CC-VOICE-A' AND e.contactLevel ="
                                + " com.cxcentric.organization.entity.ContactLevel.CUSTOMER_SUPPORT ORDER BY e.employeeNumber",
                        Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        Instant now = Instant.now();
        tx.begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.PHONE, 96);
            var batch = testBatch("it-complaint", 1);
            var complaint = new com.cxcentric.outcomes.entity.ComplaintRecord(
                    code + "-1",
                    "c-1",
                    now.minusSeconds(7200),
                    code,
                    List.of(agent.getEmployeeNumber()),
                    "No call-back",
                    com.cxcentric.outcomes.entity.ComplaintRecord.Severity.MEDIUM,
                    null,
                    null,
                    null,
                    null,
                    null);
            var written = ledgerEvents.write(
                    "it-complaint",
                    batch.getId(),
                    List.of(complaint),
                    Map.of(code, touchpoint.getId()),
                    Map.of(),
                    java.time.ZoneId.of("Asia/Jakarta"));
            int opened = followUpStore.openForComplaints(written.newComplaints(), now);
            var followUp = em.createQuery(
                            "SELECT f FROM FollowUp f WHERE f.complaintId = :id",
                            com.cxcentric.outcomes.entity.FollowUp.class)
                    .setParameter("id", written.newComplaints().get(0))
                    .getSingleResult();
            followUp.record(now, "Called back, apologised", com.cxcentric.outcomes.entity.Recovery.RECOVERED, "it");
            em.flush();
            var scope = new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    LocalDate.now().minusDays(2), LocalDate.now().plusDays(1), Set.of(code), null, null, null);
            var counts = outcomeQueries.complaints(scope);

            assertEquals(1, written.accepted());
            assertEquals(1, opened);
            assertEquals(com.cxcentric.outcomes.entity.FollowUp.Reason.COMPLAINT, followUp.getReason());
            assertEquals(
                    agent.getOrgUnit().getLead().getId(), followUp.getOwner().getId());
            assertEquals(1, counts.complaints());
            assertEquals(1, counts.recovered());
            assertEquals(1, counts.recoveryKnown());
            assertEquals(List.of(), counts.resolutionHours(), "not resolved yet");
            assertEquals(0, outcomeQueries.followUps(scope, now).knownOutcome(), "not a response's follow-up");
        } finally {
            tx.rollback();
        }
    }

    @Inject
    com.cxcentric.outcomes.control.CustomerStages customerStages;

    private static com.cxcentric.outcomes.entity.FeedbackRecord npsAnswer(
            String id, String customer, Instant at, String touchpoint, String employee, int nps, List<String> tags) {
        return new com.cxcentric.outcomes.entity.FeedbackRecord(
                id, customer, at, touchpoint, List.of(employee), nps, null, null, null, tags);
    }

    @Test
    void eachCustomerGetsTheFirstLifecycleStageWhoseRuleHolds() throws Exception {
        String code = unique("TL").toUpperCase(java.util.Locale.ROOT);
        String employee = em.createQuery(
                        "SELECT e.employeeNumber FROM Employee e ORDER BY e.employeeNumber", String.class)
                .setMaxResults(1)
                .getSingleResult();
        Instant now = Instant.now();
        Instant earlier = now.minus(java.time.Duration.ofDays(20));
        Instant later = now.minus(java.time.Duration.ofDays(3));
        tx.begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.STORE, 95);
            var batch = testBatch("it-lifecycle", 10);
            String c = code + "-";
            feedbackStore.write(
                    "it-lifecycle",
                    batch.getId(),
                    List.of(
                            npsAnswer(c + "1", c + "detractor", later, code, employee, 3, List.of()),
                            npsAnswer(c + "2", c + "loyal", earlier, code, employee, 9, List.of()),
                            npsAnswer(c + "3", c + "loyal", later, code, employee, 10, List.of()),
                            npsAnswer(c + "4", c + "complimenting", later, code, employee, 10, List.of()),
                            npsAnswer(c + "5", c + "passive", later, code, employee, 8, List.of()),
                            npsAnswer(c + "6", c + "complaining", earlier, code, employee, 9, List.of()),
                            npsAnswer(c + "7", c + "complaining", later, code, employee, 10, List.of()),
                            npsAnswer(c + "8", c + "won-back", earlier, code, employee, 2, List.of()),
                            npsAnswer(c + "9", c + "won-back", later, code, employee, 9, List.of()),
                            npsAnswer(c + "10", c + "referrer", later, code, employee, 10, List.of("referral"))),
                    Map.of(code, touchpoint.getId()),
                    java.time.ZoneId.of("Asia/Jakarta"));
            ledgerEvents.write(
                    "it-lifecycle",
                    batch.getId(),
                    List.of(
                            new com.cxcentric.outcomes.entity.ComplimentRecord(
                                    c + "K", c + "complimenting", later, code, List.of(employee), "Thank you"),
                            new com.cxcentric.outcomes.entity.ComplaintRecord(
                                    c + "C",
                                    c + "complaining",
                                    later,
                                    code,
                                    List.of(employee),
                                    "Wrong price",
                                    com.cxcentric.outcomes.entity.ComplaintRecord.Severity.LOW,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)),
                    Map.of(code, touchpoint.getId()),
                    Map.of(),
                    java.time.ZoneId.of("Asia/Jakarta"));

            customerStages.recompute(now);
            Map<String, String> stages = new java.util.TreeMap<>();
            for (Object row : em.createNativeQuery(
                            "SELECT customer_ref, stage FROM customer_stage WHERE customer_ref LIKE ?1")
                    .setParameter(1, c + "%")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                stages.put(((String) r[0]).substring(c.length()), (String) r[1]);
            }
            var served = outcomeQueries.stagesServed(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    LocalDate.now().minusDays(30), LocalDate.now().plusDays(1), Set.of(code), null, null, null));

            assertEquals(
                    Map.of(
                            "detractor", "AT_RISK",
                            "loyal", "LOYAL",
                            "complimenting", "ADVOCATE",
                            "passive", "SATISFIED",
                            "complaining", "AT_RISK",
                            "won-back", "SATISFIED",
                            "referrer", "ADVOCATE"),
                    stages);
            assertEquals(2L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.AT_RISK));
            assertEquals(1L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.LOYAL));
            assertEquals(2L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.ADVOCATE));
            assertEquals(2L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.SATISFIED));
        } finally {
            tx.rollback();
        }
    }

    // Training: catalog versions, set-based assignment, sanitised lessons. Each test rolls back.

    @Inject
    com.cxcentric.training.control.AssignmentStore assignmentStore;

    private com.cxcentric.training.entity.Course testCourse(String code, int months) {
        var course = new com.cxcentric.training.entity.Course(code, "Test course " + code, "For a test");
        course.setRules(10, months, 80, 2, 1);
        course.addLesson("Only lesson", "<p>text</p>", null, null);
        course.addQuestion(com.cxcentric.training.entity.QuestionKind.SINGLE, null, "Q?")
                .option("yes", true, "right")
                .option("no", false, "wrong");
        course.publish(Instant.now());
        em.persist(course);
        return course;
    }

    private com.cxcentric.training.entity.Assignment testAssignment(
            Employee person, com.cxcentric.training.entity.Course course) {
        var assignment = new com.cxcentric.training.entity.Assignment(
                em.merge(person),
                course,
                com.cxcentric.training.entity.AssignmentSource.MANUAL,
                "it",
                Instant.now(),
                LocalDate.now().plusDays(7),
                true,
                null);
        em.persist(assignment);
        return assignment;
    }

    @Test
    void theStarterCurriculumIsPublishedOnFirstStart() {
        var current = em.createNamedQuery(
                        com.cxcentric.training.entity.Course.FIND_CURRENT, com.cxcentric.training.entity.Course.class)
                .getResultList();

        for (String code : com.cxcentric.training.control.StarterCurriculum.CODES) {
            var course = current.stream()
                    .filter(c -> c.getCode().equals(code))
                    .findFirst()
                    .orElseThrow();
            assertEquals(com.cxcentric.training.entity.CourseStatus.PUBLISHED, course.getStatus(), code);
            assertTrue(course.getQuestions().size() >= 8, code);
        }
    }

    @Test
    void assigningToAUnitSubtreeIsOneWriteAndNobodyGetsACourseTwiceOrWhileCertified() throws Exception {
        String code = unique("TA").toUpperCase(java.util.Locale.ROOT);
        var department = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", "CC-VOICE-A")
                .getSingleResult();
        tx.begin();
        try {
            var course = testCourse(code, 12);
            Set<Long> units = orgTree.subtreeOf(List.of(department.getId()));
            long people = em.createQuery(
                            "SELECT COUNT(e) FROM Employee e WHERE e.orgUnit.id IN :units AND e.status <>"
                                    + " com.cxcentric.organization.entity.EmploymentStatus.LEFT",
                            Long.class)
                    .setParameter("units", units)
                    .getSingleResult();
            var order = new com.cxcentric.training.control.AssignmentStore.Order(
                    course,
                    com.cxcentric.training.entity.AssignmentSource.MANUAL,
                    "it",
                    Instant.now(),
                    LocalDate.now().plusDays(14),
                    true,
                    null,
                    null,
                    false);
            var target = new com.cxcentric.training.control.AssignmentStore.Units(units);

            var first =
                    assignmentStore.assign(order, target, null, LocalDate.now().plusDays(30));
            var stored = em.createQuery(
                            "SELECT a FROM com.cxcentric.training.entity.Assignment a WHERE a.courseCode = :code",
                            com.cxcentric.training.entity.Assignment.class)
                    .setParameter("code", code)
                    .getResultList();
            var passed = stored.get(0);
            passed.completeLesson(course.getLessons().get(0).getId(), Instant.now());
            passed.recordAttempt(100, Instant.now());
            em.persist(new com.cxcentric.training.entity.Certification(passed, code + "-1", LocalDate.now()));
            em.flush();
            var second =
                    assignmentStore.assign(order, target, null, LocalDate.now().plusDays(30));

            assertTrue(people > 1, "the team has people");
            assertEquals(people, first.assigned());
            assertEquals(people, stored.size());
            assertEquals(0, second.assigned());
            assertEquals(people - 1, second.alreadyAssigned());
            assertEquals(1, second.alreadyCertified());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aPublishedCourseChangesOnlyInItsNextRevisionAndAssignmentsKeepTheirs() throws Exception {
        String code = unique("TV").toUpperCase(java.util.Locale.ROOT);
        var person = em.createQuery("SELECT e FROM Employee e ORDER BY e.employeeNumber", Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        tx.begin();
        try {
            var first = testCourse(code, 12);
            var assignment = testAssignment(person, first);
            var second = first.nextRevision();
            em.persist(second);
            second.reviseLesson(
                    1,
                    "Only lesson, better",
                    com.cxcentric.training.control.LessonContent.sanitise(
                            "<p onclick=\"steal()\">New text</p><script>steal()</script><img src=x onerror=steal()>"),
                    null,
                    null);
            first.retire(Instant.now());
            second.publish(Instant.now());
            em.flush();
            em.clear();

            var reloaded = em.find(com.cxcentric.training.entity.Assignment.class, assignment.getId());
            var published = em.createNamedQuery(
                            com.cxcentric.training.entity.Course.FIND_PUBLISHED_BY_CODE,
                            com.cxcentric.training.entity.Course.class)
                    .setParameter("code", code)
                    .getResultList();
            String body = published.get(0).getLessons().get(0).getBodyHtml();

            assertEquals(1, reloaded.getCourse().getRevision());
            assertEquals("<p>text</p>", reloaded.getCourse().getLessons().get(0).getBodyHtml());
            assertEquals(1, published.size());
            assertEquals(2, published.get(0).getRevision());
            assertEquals("<p>New text</p>", body);
            assertThrows(
                    com.cxcentric.platform.RuleViolationException.class,
                    () -> published.get(0).reviseLesson(1, "x", "<p>x</p>", null, null));
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aDraftLosesALessonAndAQuestionAndRewritesOneWithoutBreakingItsNumbering() throws Exception {
        String code = unique("TW").toUpperCase(java.util.Locale.ROOT);
        tx.begin();
        try {
            var draft = new Course(code, "Authoring", "Lessons and questions change");
            draft.setRules(10, 12, 80, 2, 1);
            for (String title : List.of("One", "Two", "Three")) {
                draft.addLesson(title, "<p>" + title + "</p>", null, null);
                draft.addQuestion(new com.cxcentric.training.entity.QuestionText(
                        com.cxcentric.training.entity.QuestionKind.SINGLE,
                        null,
                        "Q " + title + "?",
                        List.of(
                                new com.cxcentric.training.entity.QuestionText.OptionText("yes", true, "right"),
                                new com.cxcentric.training.entity.QuestionText.OptionText("no", false, "wrong"),
                                new com.cxcentric.training.entity.QuestionText.OptionText("maybe", false, "vague"))));
            }
            em.persist(draft);
            em.flush();

            draft.removeLesson(2);
            draft.removeQuestion(1);
            draft.reviseQuestion(
                    1,
                    new com.cxcentric.training.entity.QuestionText(
                            com.cxcentric.training.entity.QuestionKind.MULTIPLE,
                            "A customer asks twice",
                            "Which two?",
                            List.of(
                                    new com.cxcentric.training.entity.QuestionText.OptionText("a", true, "one"),
                                    new com.cxcentric.training.entity.QuestionText.OptionText("b", true, "two"))));
            em.flush();
            em.clear();
            var reloaded = em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                    .setParameter("code", code)
                    .getSingleResult();

            assertEquals(
                    List.of("One", "Three"),
                    reloaded.getLessons().stream().map(l -> l.getTitle()).toList());
            assertEquals(
                    List.of("Which two?", "Q Three?"),
                    reloaded.getQuestions().stream().map(q -> q.getPrompt()).toList());
            assertEquals(2, reloaded.getQuestions().get(0).getOptions().size(), "the third option is gone");
            assertEquals("A customer asks twice", reloaded.getQuestions().get(0).getScenario());
            assertEquals(3, reloaded.getQuestions().get(1).getOptions().size());
        } finally {
            tx.rollback();
        }
    }

    @Inject
    com.cxcentric.training.control.LessonFiles lessonFiles;

    @Test
    void lessonFilesFollowTheirLessonIntoTheNextRevisionAndWhenAnEarlierLessonIsRemoved() throws Exception {
        String code = unique("TF").toUpperCase(java.util.Locale.ROOT);
        tx.begin();
        try {
            var first = new Course(code, "Files", "Lessons with files");
            first.setRules(10, 12, 80, 2, 1);
            first.addLesson("One", "<p>One</p>", null, null);
            first.addLesson("Two", "<p>Two</p>", null, null);
            first.addQuestion(com.cxcentric.training.entity.QuestionKind.SINGLE, null, "Q?")
                    .option("yes", true, "right")
                    .option("no", false, "wrong");
            em.persist(first);
            em.flush();
            for (var lesson : first.getLessons()) {
                em.persist(new com.cxcentric.training.entity.LessonAttachment(
                        lesson,
                        lesson.getTitle() + ".pdf",
                        ("%PDF " + lesson.getTitle()).getBytes(StandardCharsets.UTF_8),
                        1024,
                        Instant.now()));
            }
            first.publish(Instant.now());
            var next = first.nextRevision();
            em.persist(next);

            lessonFiles.copy(first, next);
            em.flush();
            var copied = lessonFiles.of(
                    next.getLessons().stream().map(l -> l.getId()).toList());
            lessonFiles.beforeRemoving(next, 1);
            next.removeLesson(1);
            em.flush();
            em.clear();
            var draft = em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                    .setParameter("code", code)
                    .getResultList()
                    .get(0);
            var left = lessonFiles.of(
                    draft.getLessons().stream().map(l -> l.getId()).toList());
            var original = lessonFiles.of(em.find(Course.class, first.getId()).getLessons().stream()
                    .map(l -> l.getId())
                    .toList());

            assertEquals(2, copied.size(), "each lesson of the next revision has its file");
            assertEquals(
                    List.of("Two"),
                    draft.getLessons().stream().map(l -> l.getTitle()).toList());
            assertEquals(
                    List.of("Two.pdf"),
                    left.get(draft.getLessons().get(0).getId()).stream()
                            .map(f -> f.fileName())
                            .toList(),
                    "the file moved up with its lesson; lesson one's went with it");
            assertEquals(
                    "%PDF Two",
                    new String(
                            lessonFiles
                                    .file(left.get(draft.getLessons().get(0).getId())
                                            .get(0)
                                            .id())
                                    .getContent(),
                            StandardCharsets.UTF_8));
            assertEquals(2, original.size(), "the published revision keeps its files");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void openAssignmentsOfSomeoneWhoLeftAreCancelledAndKept() throws Exception {
        String code = unique("TL").toUpperCase(java.util.Locale.ROOT);
        var person = em.createQuery("SELECT e FROM Employee e ORDER BY e.employeeNumber DESC", Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        tx.begin();
        try {
            var course = testCourse(code, 12);
            var assignment = testAssignment(person, course);
            em.flush();
            em.createNativeQuery("UPDATE employee SET status = 'LEFT' WHERE id = ?1")
                    .setParameter(1, person.getId())
                    .executeUpdate();

            int cancelled = assignmentStore.cancelForLeavers(Instant.now());
            em.clear();
            var reloaded = em.find(com.cxcentric.training.entity.Assignment.class, assignment.getId());

            assertTrue(cancelled >= 1, "cancelled " + cancelled);
            assertEquals(com.cxcentric.training.entity.AssignmentStatus.CANCELLED, reloaded.getStatus());
            assertEquals(0, assignmentStore.cancelForLeavers(Instant.now()), "a second run finds nothing open");
        } finally {
            tx.rollback();
        }
    }

    @Inject
    RuleApplication ruleApplication;

    @Inject
    TrainingSchedule trainingSchedule;

    @Inject
    TrainingDay trainingDay;

    @Inject
    BusinessDay businessDay;

    @Inject
    NotificationWriter notificationWriter;

    @Inject
    Outbox outbox;

    @Test
    void aSegmentRuleReachesCurrentMembersAtOnceAndEveryoneWhoJoinsLater() throws Exception {
        String p = unique("rule");
        LocalDate day = businessDay.today();
        tx.begin();
        try {
            var course = testCourse(p.toUpperCase(java.util.Locale.ROOT), 12);
            Employee ana = new Employee(p + "-1", "Ana", "Wijaya", ContactLevel.FRONT_LINE);
            ana.setLocation(p + "-town");
            Employee budi = new Employee(p + "-2", "Budi", "Santoso", ContactLevel.FRONT_LINE);
            budi.setLocation("elsewhere");
            em.persist(ana);
            em.persist(budi);
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new LocationCriterion(Set.of(p + "-town")))));
            em.persist(segment);
            membership.recompute(segment, day, List.of());
            var rule = new TrainingRule(segment, course.getCode(), 10, true, "Welcome aboard", "it");
            em.persist(rule);
            em.flush();

            var first = ruleApplication.applyToMembers(rule, day);
            budi.setLocation(p + "-town");
            membership.recompute(segment, day.plusDays(3), List.of());
            membership.recompute(segment, day.plusDays(3), List.of());
            var made = em.createQuery(
                            "SELECT a FROM Assignment a WHERE a.courseCode = :code ORDER BY a.employee.employeeNumber",
                            Assignment.class)
                    .setParameter("code", course.getCode())
                    .getResultList();
            long told = (Long) em.createNativeQuery("SELECT COUNT(*) FROM notification n JOIN assignment a"
                            + " ON a.id = n.assignment_id WHERE n.kind = 'TRAINING_ASSIGNED' AND a.course_code = ?1")
                    .setParameter(1, course.getCode())
                    .getSingleResult();

            assertEquals(1, first.assigned(), "the current member");
            assertEquals(2, made.size(), "the member who joined later too, once");
            assertEquals(day.plusDays(10), made.get(0).getDueOn());
            assertEquals(day.plusDays(13), made.get(1).getDueOn(), "N days after joining");
            assertEquals(AssignmentSource.RULE, made.get(1).getSource());
            assertEquals(rule.getId(), made.get(1).getRuleId());
            assertEquals("Welcome aboard", made.get(1).getMessage());
            assertEquals(2L, told, "each person is told once");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void theTrainingDayProcessesEveryMissedDayOnceAndNeverTwice() throws Exception {
        String p = unique("day");
        LocalDate today = businessDay.today();
        Object[] unitAndLead = em.createQuery(
                        "SELECT u.id, u.lead.id FROM OrgUnit u WHERE u.lead IS NOT NULL ORDER BY u.code",
                        Object[].class)
                .setMaxResults(1)
                .getSingleResult();
        tx.begin();
        try {
            var course = testCourse(p.toUpperCase(java.util.Locale.ROOT), 12);
            Employee person = new Employee(p, "Citra", "Lestari", ContactLevel.FRONT_LINE);
            person.placeIn(em.find(OrgUnit.class, unitAndLead[0]));
            em.persist(person);
            Instant longAgo = Instant.now().minus(java.time.Duration.ofDays(200));
            var late = dated(person, course, today.minusDays(2), longAgo);
            var passed = dated(person, testCourse(p.toUpperCase(java.util.Locale.ROOT) + "P", 12), today, longAgo);
            var expiring = dated(person, testCourse(p.toUpperCase(java.util.Locale.ROOT) + "X", 12), today, longAgo);
            var soon = dated(
                    person, testCourse(p.toUpperCase(java.util.Locale.ROOT) + "R", 12), today.plusDays(2), longAgo);
            em.flush();
            // passed 8 days ago (so the 7-day refresher falls on yesterday, a missed day)
            Instant passedAt =
                    today.minusDays(8).atTime(10, 0).atZone(businessDay.zone()).toInstant();
            em.createNativeQuery(
                            "UPDATE assignment SET status = 'COMPLETED', completed_at = ?1, open_course_code = NULL"
                                    + " WHERE id = ?2")
                    .setParameter(1, java.sql.Timestamp.from(passedAt))
                    .setParameter(2, passed.getId())
                    .executeUpdate();
            em.createNativeQuery(
                            "UPDATE assignment SET status = 'COMPLETED', completed_at = ?1, open_course_code = NULL"
                                    + " WHERE id = ?2")
                    .setParameter(1, java.sql.Timestamp.from(longAgo))
                    .setParameter(2, expiring.getId())
                    .executeUpdate();
            em.clear();
            em.persist(new Certification(
                    em.find(Assignment.class, expiring.getId()),
                    p + "-C",
                    today.plusDays(20).minusMonths(12)));
            em.createNativeQuery("UPDATE scheduled_job SET done_through = ?1 WHERE name = ?2")
                    .setParameter(1, java.sql.Date.valueOf(today.minusDays(3)))
                    .setParameter(2, TrainingDay.JOB)
                    .executeUpdate();

            var reports = trainingSchedule.runThrough(today);
            var again = trainingSchedule.runThrough(today);
            trainingDay.process(today.minusDays(1), Instant.now());
            em.flush();

            assertEquals(
                    List.of(today.minusDays(2), today.minusDays(1), today),
                    reports.stream().map(TrainingDay.DayReport::day).toList(),
                    "every missed day, in order");
            assertTrue(again.isEmpty(), "a second run finds the days taken");
            assertEquals(List.of(kindOf("TRAINING_OVERDUE", late.getId())), messages(p, "TRAINING_OVERDUE"));
            Number copyTo = (Number) em.createNativeQuery(
                            "SELECT cc_employee_id FROM notification WHERE kind = 'TRAINING_OVERDUE' AND assignment_id = ?1")
                    .setParameter(1, late.getId())
                    .getSingleResult();
            assertEquals(unitAndLead[1], copyTo.longValue(), "the team lead gets a copy");
            assertEquals(List.of(kindOf("TRAINING_REMINDER", soon.getId())), messages(p, "TRAINING_REMINDER"));
            assertEquals(1, messages(p, "REFRESHER_READY").size(), "the 7-day refresher of yesterday, once");
            var refresher = em.createQuery("SELECT r FROM Refresher r WHERE r.assignment.id = :a", Refresher.class)
                    .setParameter("a", passed.getId())
                    .getSingleResult();
            assertEquals(7, refresher.getOffsetDays());
            assertEquals(today.minusDays(1), refresher.getAvailableOn());
            assertEquals(1, refresher.questionIds().size(), "as many as the bank holds, up to three");
            var renewal = em.createQuery(
                            "SELECT a FROM Assignment a WHERE a.employee = :e AND a.source = :source", Assignment.class)
                    .setParameter("e", em.find(Employee.class, person.getId()))
                    .setParameter("source", AssignmentSource.RECERTIFICATION)
                    .getResultList();
            assertEquals(1, renewal.size(), "one recertification");
            assertEquals(today.plusDays(20), renewal.get(0).getDueOn(), "due when the certification expires");
            assertEquals(1, messages(p, "CERTIFICATION_EXPIRING").size());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void anOverdueMessageIsMailedToThePersonWithACopyToTheirLeadThroughARealSmtpServer() throws Exception {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("cx.mail.port", Integer.class);
        var smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        String p = unique("mail");
        Object[] unitAndLead = em.createQuery(
                        "SELECT u.id, l.email FROM OrgUnit u JOIN u.lead l WHERE l.email IS NOT NULL ORDER BY u.code",
                        Object[].class)
                .setMaxResults(1)
                .getSingleResult();
        try {
            long[] ids = inTransaction(() -> {
                // A starter course: this test commits, and later tiers count the catalog.
                var course = em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                        .setParameter("code", "CX-VISION")
                        .getSingleResult();
                Employee person = new Employee(p, "Dewi", "Kusuma", ContactLevel.FRONT_LINE);
                person.setEmail(p + "@example.com");
                person.placeIn(em.find(OrgUnit.class, unitAndLead[0]));
                em.persist(person);
                var late = dated(person, course, businessDay.today().minusDays(1), Instant.now());
                em.flush();
                notificationWriter.write(
                        NotificationKind.TRAINING_OVERDUE,
                        "SELECT a.employee_id, " + NotificationWriter.LEAD_OF_E + ", a.id, c.title, a.due_on, a.id"
                                + " FROM assignment a JOIN course c ON c.id = a.course_id"
                                + " JOIN employee e ON e.id = a.employee_id WHERE a.id = ?",
                        List.of(late.getId()),
                        Instant.now());
                return new long[] {late.getId(), course.getId()};
            });

            // Older messages may be waiting too: rounds until ours has gone out (or nothing is left).
            for (int round = 0; round < 20 && !outbox.sendPending().isEmpty(); round++) {
                if (em.createQuery(
                                        "SELECT n.mailStatus FROM Notification n WHERE n.assignmentId = :a",
                                        MailStatus.class)
                                .setParameter("a", ids[0])
                                .getSingleResult()
                        != MailStatus.PENDING) {
                    break;
                }
            }
            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "a message arrives");
            var mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equals(p + "@example.com");
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            var stored = em.createQuery("SELECT n FROM Notification n WHERE n.assignmentId = :a", Notification.class)
                    .setParameter("a", ids[0])
                    .getSingleResult();

            assertEquals(p + "@example.com", mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString());
            assertEquals(unitAndLead[1], mail.getRecipients(jakarta.mail.Message.RecipientType.CC)[0].toString());
            assertTrue(mail.getSubject().startsWith("Overdue:"), mail.getSubject());
            assertTrue(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).contains("Hello Dewi"));
            assertEquals(MailStatus.SENT, stored.getMailStatus());
            assertEquals(1, stored.getMailAttempts());
            inTransaction(() -> em.createNativeQuery(
                            "UPDATE assignment SET status = 'CANCELLED', open_course_code = NULL" + " WHERE id = ?1")
                    .setParameter(1, ids[0])
                    .executeUpdate());
        } finally {
            smtp.stop();
        }
    }

    /** An open assignment due on {@code dueOn}, assigned at {@code assignedAt}. */
    private Assignment dated(Employee person, Course course, LocalDate dueOn, Instant assignedAt) {
        var assignment = new Assignment(person, course, AssignmentSource.MANUAL, "it", assignedAt, dueOn, true, null);
        em.persist(assignment);
        return assignment;
    }

    private static String kindOf(String kind, long assignmentId) {
        return kind + ":" + assignmentId;
    }

    /** The messages of a kind about the test's people, as "kind:assignment id". */
    private List<String> messages(String employeeNumber, String kind) {
        List<?> rows = em.createNativeQuery("SELECT n.assignment_id FROM notification n JOIN employee e"
                        + " ON e.id = n.employee_id WHERE e.employee_number = ?1 AND n.kind = ?2 ORDER BY n.id")
                .setParameter(1, employeeNumber)
                .setParameter(2, kind)
                .getResultList();
        return rows.stream().map(id -> kind + ":" + ((Number) id).longValue()).toList();
    }

    // Training reports: what each report counts, on people of a unit made for the test (rolled back).

    @Inject
    com.cxcentric.training.control.TrainingReportQueries reportQueries;

    private Employee reportPerson(String number, String name, OrgUnit unit, String location) {
        var person = new Employee(number, name, "Report", ContactLevel.FRONT_LINE);
        person.placeIn(unit);
        person.setLocation(location);
        em.persist(person);
        return person;
    }

    /** One submitted attempt answering the two questions right or wrong; the assignment records it. */
    private void attempt(Assignment assignment, int number, Course course, boolean first, boolean second) {
        var questions = course.getQuestions();
        int right = (first ? 1 : 0) + (second ? 1 : 0);
        int score = com.cxcentric.training.entity.QuizDraw.scorePercent(right, 2);
        var attempt = new com.cxcentric.training.entity.QuizAttempt(
                assignment,
                number,
                List.of(questions.get(0).getId(), questions.get(1).getId()),
                Instant.now());
        attempt.submit(
                List.of(
                        new com.cxcentric.training.entity.QuizAnswer(
                                questions.get(0).getId(), Set.of(1L), first),
                        new com.cxcentric.training.entity.QuizAnswer(
                                questions.get(1).getId(), Set.of(2L), second)),
                score,
                score >= course.getPassMarkPercent(),
                Instant.now());
        em.persist(attempt);
        assignment.recordAttempt(score, Instant.now());
    }

    @Test
    void theTrainingReportsCountCompletionCoverageScoresAndReactionsOfTheSelectedPeopleOnly() throws Exception {
        String p = unique("rep");
        String code = p.toUpperCase(java.util.Locale.ROOT);
        LocalDate today = businessDay.today();
        tx.begin();
        try {
            var unit = new OrgUnit(code, "Report team", OrgUnitType.TEAM, null);
            em.persist(unit);
            var course = new Course(code, "Report course", "For a test");
            course.setRules(10, 12, 100, 2, 2);
            course.tag(List.of("en"), List.of("QUESTIONING"), List.of(), List.of(), List.of());
            course.addLesson("Only lesson", "<p>text</p>", null, null);
            for (String prompt : List.of("First?", "Second?")) {
                course.addQuestion(com.cxcentric.training.entity.QuestionKind.SINGLE, null, prompt)
                        .option("yes", true, "right")
                        .option("no", false, "wrong");
            }
            course.publish(Instant.now());
            em.persist(course);
            Employee ana = reportPerson(p + "-1", "Ana", unit, p + "-town");
            Employee budi = reportPerson(p + "-2", "Budi", unit, p + "-town");
            Employee citra = reportPerson(p + "-3", "Citra", unit, p + "-town");
            Employee outsider = reportPerson(p + "-4", "Dewi", null, p + "-town");
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new LocationCriterion(Set.of(p + "-town")))));
            segment.setNeeds(List.of("QUESTIONING"), List.of());
            em.persist(segment);
            membership.recompute(segment, today, List.of());
            Long lesson = course.getLessons().get(0).getId();
            // Ana passes at the first attempt and says so; Budi's pass has expired and his
            // recertification is overdue; Citra fails twice; Dewi passes but is outside the unit.
            var anas = new Assignment(
                    ana, course, AssignmentSource.MANUAL, "it", Instant.now(), today.plusDays(5), true, null);
            em.persist(anas);
            anas.completeLesson(lesson, Instant.now());
            attempt(anas, 1, course, true, true);
            em.persist(new Certification(anas, p + "-A", today));
            anas.react(5, 4, "Close to my work", Instant.now());
            var budisOld = new Assignment(
                    budi, course, AssignmentSource.MANUAL, "it", Instant.now(), today.minusMonths(14), true, null);
            em.persist(budisOld);
            budisOld.completeLesson(lesson, Instant.now());
            budisOld.recordAttempt(100, Instant.now());
            em.persist(new Certification(budisOld, p + "-B", today.minusMonths(13)));
            em.persist(new Assignment(
                    budi,
                    course,
                    AssignmentSource.RECERTIFICATION,
                    "it",
                    Instant.now(),
                    today.minusDays(1),
                    true,
                    null));
            var citras = new Assignment(
                    citra, course, AssignmentSource.MANUAL, "it", Instant.now(), today.plusDays(5), true, null);
            em.persist(citras);
            citras.completeLesson(lesson, Instant.now());
            attempt(citras, 1, course, true, false);
            attempt(citras, 2, course, false, false);
            var dewis =
                    new Assignment(outsider, course, AssignmentSource.MANUAL, "it", Instant.now(), today, true, null);
            em.persist(dewis);
            dewis.completeLesson(lesson, Instant.now());
            attempt(dewis, 1, course, true, true);
            em.flush();
            var team = new com.cxcentric.training.control.TrainingReportQueries.Selection(Set.of(unit.getId()), code);

            var completion =
                    reportQueries.completion(com.cxcentric.training.entity.TrainingReport.Grouping.COURSE, team, today);
            var byTeam =
                    reportQueries.completion(com.cxcentric.training.entity.TrainingReport.Grouping.TEAM, team, today);
            var coverage = reportQueries.coverage(team, today, 30).stream()
                    .filter(r -> r.segmentId() == segment.getId())
                    .toList();
            var scores = reportQueries.scores(team);
            var questions = reportQueries.hardestQuestions(team);
            var reactions = reportQueries.reactions(team);
            var comments = reportQueries.comments(team, new PageRequest(0, 10));
            var nobody = new com.cxcentric.training.control.TrainingReportQueries.Selection(Set.of(), null);

            assertEquals(
                    List.of(new com.cxcentric.training.entity.TrainingReport.CompletionRow(
                            code, "Report course", 4, 2, 0, 1, 1)),
                    completion,
                    "Ana and Budi's old one completed, Budi's recertification overdue, Citra failed; not Dewi");
            assertEquals(1, byTeam.size());
            assertEquals("Report team", byTeam.get(0).name());
            assertEquals(
                    List.of(new com.cxcentric.training.entity.TrainingReport.CoverageRow(
                            segment.getId(), p, "QUESTIONING", "Asking the right questions", 3, 1, 0, 1)),
                    coverage,
                    "three members in the unit: Ana valid, Budi expired, Citra uncertified");
            assertEquals(3, scores.attempts());
            assertEquals(1L, scores.buckets().get(9), "Ana's 100");
            assertEquals(1L, scores.buckets().get(5), "Citra's 50");
            assertEquals(1L, scores.buckets().get(0), "Citra's 0");
            assertEquals(50, scores.averagePercent());
            assertEquals(2, scores.firstAttempts());
            assertEquals(50, scores.firstAttemptPassPercent());
            assertEquals(
                    List.of("Second?", "First?"),
                    questions.stream().map(q -> q.prompt()).toList(),
                    "hardest first");
            assertEquals(33, questions.get(0).correctPercent());
            assertEquals(67, questions.get(1).correctPercent());
            assertEquals(1, reactions.size());
            assertEquals(5.0, reactions.get(0).averageRelevance());
            assertEquals(4.0, reactions.get(0).averageUsefulness());
            assertEquals(1, reactions.get(0).favourable());
            assertEquals(1, comments.total());
            assertEquals("Close to my work", comments.items().get(0).comment());
            assertEquals(
                    List.of(),
                    reportQueries.completion(
                            com.cxcentric.training.entity.TrainingReport.Grouping.DEPARTMENT, nobody, today));
            assertEquals(0, reportQueries.scores(nobody).attempts());
        } finally {
            tx.rollback();
        }
    }
}
