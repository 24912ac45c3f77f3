package com.cxcentric.segmentation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL a rule writes selects exactly the people its Java test admits, on generated people in a
 * migrated H2 database, for hand-picked rules and for hundreds of random ones. (The in-container
 * test checks the stored membership the same way on the test database, PostgreSQL in CI.)
 */
class SqlConditionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<String> TITLES = List.of(
            "Store Assistant",
            "Senior Store Assistant",
            "Contact Centre Agent",
            "Field Engineer",
            "Payroll_Officer",
            "100% Quality Lead");
    private static final List<String> LOCATIONS = List.of("Rotterdam", "Jakarta", "Surabaya", "Utrecht");
    private static final List<String> UNITS =
            List.of("ACME", "RETAIL", "STORES-N", "STORES-S", "SERVICE", "CC", "FIELD");

    private static Connection connection;
    private static final Map<String, Long> unitIds = new HashMap<>();
    private static final Map<String, String> parents = Map.of(
            "RETAIL",
            "ACME",
            "STORES-N",
            "RETAIL",
            "STORES-S",
            "RETAIL",
            "SERVICE",
            "ACME",
            "CC",
            "SERVICE",
            "FIELD",
            "SERVICE");
    private static final List<MemberFacts> people = new ArrayList<>();

    @BeforeAll
    static void generatePeople() throws SQLException {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:segments-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        connection = dataSource.getConnection();
        long id = 1;
        for (String code : UNITS) {
            unitIds.put(code, id);
            try (var insert = connection.prepareStatement(
                    "INSERT INTO org_unit (id, version, created_at, updated_at, code, name, unit_type, parent_id)"
                            + " VALUES (?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, 'TEAM', ?)")) {
                insert.setLong(1, id++);
                insert.setString(2, code);
                insert.setString(3, code);
                insert.setObject(4, parents.containsKey(code) ? unitIds.get(parents.get(code)) : null);
                insert.executeUpdate();
            }
        }
        var random = new Random(42);
        for (long person = 1; person <= 600; person++) {
            String unit = random.nextInt(10) == 0 ? null : UNITS.get(random.nextInt(UNITS.size()));
            var facts = new MemberFacts(
                    person,
                    ContactLevel.values()[random.nextInt(ContactLevel.values().length)],
                    unit == null ? Set.of() : path(unit),
                    random.nextInt(8) == 0 ? null : TITLES.get(random.nextInt(TITLES.size())),
                    random.nextInt(6) == 0 ? null : LOCATIONS.get(random.nextInt(LOCATIONS.size())),
                    random.nextInt(12) == 0 ? null : TODAY.minusDays(random.nextInt(2000)),
                    EmploymentStatus.values()[random.nextInt(EmploymentStatus.values().length)],
                    random.nextInt(5) == 0 ? null : Motivator.values()[random.nextInt(Motivator.values().length)]);
            people.add(facts);
            try (var insert = connection.prepareStatement(
                    "INSERT INTO employee (id, version, created_at, updated_at, employee_number, first_name, last_name,"
                            + " job_title, org_unit_id, contact_level, location, hire_date, status)"
                            + " VALUES (?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, 'A', 'B', ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, person);
                insert.setString(2, "E" + person);
                insert.setString(3, facts.jobTitle());
                insert.setObject(4, unit == null ? null : unitIds.get(unit));
                insert.setString(5, facts.contactLevel().name());
                insert.setString(6, facts.location());
                insert.setObject(7, facts.hireDate());
                insert.setString(8, facts.status().name());
                insert.executeUpdate();
            }
            if (facts.firstMotivator() != null) {
                try (var insert = connection.prepareStatement(
                        "INSERT INTO employee_motivator (employee_id, motivator, preference_rank) VALUES (?, ?, 0)")) {
                    insert.setLong(1, person);
                    insert.setString(2, facts.firstMotivator().name());
                    insert.executeUpdate();
                }
                // a second choice that must not count as first
                Motivator second =
                        Motivator.values()[(facts.firstMotivator().ordinal() + 1) % Motivator.values().length];
                try (var insert = connection.prepareStatement(
                        "INSERT INTO employee_motivator (employee_id, motivator, preference_rank) VALUES (?, ?, 1)")) {
                    insert.setLong(1, person);
                    insert.setString(2, second.name());
                    insert.executeUpdate();
                }
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    private static Set<String> path(String unit) {
        Set<String> path = new HashSet<>();
        for (String step = unit; step != null; step = parents.get(step)) {
            path.add(step);
        }
        return path;
    }

    private static Collection<Long> subtree(Collection<String> codes) {
        Set<Long> ids = new TreeSet<>();
        for (String unit : UNITS) {
            if (path(unit).stream().anyMatch(codes::contains)) {
                ids.add(unitIds.get(unit));
            }
        }
        return ids;
    }

    private static Set<Long> bySql(SegmentDefinition definition) throws SQLException {
        var condition = SqlCondition.membership(definition, SqlCondition.Dialect.H2, TODAY, SqlConditionTest::subtree);
        Set<Long> ids = new TreeSet<>();
        try (var query = connection.prepareStatement("SELECT e.id FROM employee e WHERE " + condition.text())) {
            condition.bind(query, 1);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Set<Long> byJava(SegmentDefinition definition) {
        Set<Long> ids = new TreeSet<>();
        people.stream().filter(p -> definition.admits(p, TODAY)).forEach(p -> ids.add(p.employeeId()));
        return ids;
    }

    private static void assertSameMembers(SegmentDefinition definition) throws SQLException {
        Set<Long> expected = byJava(definition);
        assertEquals(expected, bySql(definition), () -> SegmentRuleJson.write(definition.rule()));
    }

    private static SegmentDefinition ruleOnly(SegmentRule... parts) {
        return new SegmentDefinition(new RuleGroup(RuleGroup.Match.ALL, List.of(parts)), Set.of(), Set.of());
    }

    @Test
    void everyCriterionSelectsTheSamePeopleInSqlAsInJava() throws SQLException {
        assertSameMembers(ruleOnly(new ContactLevelCriterion(EnumSet.of(ContactLevel.FRONT_LINE))));
        assertSameMembers(ruleOnly(new OrgUnitCriterion(Set.of("RETAIL"))));
        assertSameMembers(ruleOnly(new OrgUnitCriterion(Set.of("CC", "STORES-N"))));
        assertSameMembers(ruleOnly(new JobTitleContainsCriterion("store")));
        assertSameMembers(ruleOnly(new JobTitleContainsCriterion("_off")));
        assertSameMembers(ruleOnly(new JobTitleContainsCriterion("100%")));
        assertSameMembers(ruleOnly(new JobTitleMatchesCriterion("^(senior )?store")));
        assertSameMembers(ruleOnly(new LocationCriterion(Set.of("Jakarta", "Utrecht"))));
        assertSameMembers(ruleOnly(new TenureCriterion(0, 5)));
        assertSameMembers(ruleOnly(new TenureCriterion(12, null)));
        assertSameMembers(ruleOnly(new TenureCriterion(null, 24)));
        assertSameMembers(ruleOnly(new StatusCriterion(EnumSet.of(EmploymentStatus.ON_LEAVE))));
        assertSameMembers(
                ruleOnly(new FirstMotivatorCriterion(EnumSet.of(Motivator.TIME_OFF, Motivator.MONEY_OR_VOUCHERS))));
    }

    @Test
    void escapedLikeWildcardsAreTakenLiterally() throws SQLException {
        assertFalse(bySql(ruleOnly(new JobTitleContainsCriterion("e a"))).isEmpty());

        assertTrue(bySql(ruleOnly(new JobTitleContainsCriterion("e_a"))).isEmpty(), "'_' must not match a space");
        assertTrue(bySql(ruleOnly(new JobTitleContainsCriterion("0%q"))).isEmpty(), "'%' must not match anything");
    }

    @Test
    void includesAndExcludesApplyInSqlAsInJava() throws SQLException {
        var rule = new RuleGroup(
                RuleGroup.Match.ALL, List.of(new ContactLevelCriterion(EnumSet.of(ContactLevel.BACK_OFFICE))));

        assertSameMembers(new SegmentDefinition(rule, Set.of(1L, 2L, 3L, 4L), Set.of(5L, 6L, 7L, 8L, 9L)));
        assertSameMembers(new SegmentDefinition(RuleGroup.empty(), Set.of(10L, 11L), Set.of(11L)));
        assertEquals(Set.of(), bySql(new SegmentDefinition(RuleGroup.empty(), Set.of(), Set.of())));
    }

    @Test
    void randomRulesSelectTheSamePeopleInSqlAsInJava() throws SQLException {
        var random = new Random(7);
        for (int i = 0; i < 300; i++) {
            var definition = new SegmentDefinition(
                    randomGroup(random, true),
                    random.nextInt(4) == 0 ? Set.of((long) random.nextInt(600) + 1) : Set.of(),
                    random.nextInt(4) == 0 ? Set.of((long) random.nextInt(600) + 1) : Set.of());
            definition.rule().validate();
            assertSameMembers(definition);
        }
    }

    private static RuleGroup randomGroup(Random random, boolean top) {
        int size = 1 + random.nextInt(3);
        List<SegmentRule> parts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            parts.add(top && random.nextInt(4) == 0 ? randomGroup(random, false) : randomCriterion(random));
        }
        return new RuleGroup(random.nextBoolean() ? RuleGroup.Match.ALL : RuleGroup.Match.ANY, parts);
    }

    private static Criterion randomCriterion(Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return new ContactLevelCriterion(someOf(random, ContactLevel.class));
            case 1:
                return new OrgUnitCriterion(Set.of(UNITS.get(random.nextInt(UNITS.size()))));
            case 2:
                return new JobTitleContainsCriterion(
                        List.of("store", "agent", "senior", "e").get(random.nextInt(4)));
            case 3:
                return new JobTitleMatchesCriterion(
                        List.of("^field", "(agent|engineer)$", "s.*t").get(random.nextInt(3)));
            case 4:
                return new LocationCriterion(Set.of(LOCATIONS.get(random.nextInt(LOCATIONS.size()))));
            case 5:
                int from = random.nextInt(30);
                boolean open = random.nextBoolean();
                return new TenureCriterion(
                        open && random.nextBoolean() ? null : from, open ? from + random.nextInt(40) : null);
            case 6:
                return new StatusCriterion(
                        random.nextBoolean()
                                ? EnumSet.of(EmploymentStatus.ACTIVE)
                                : EnumSet.of(EmploymentStatus.ACTIVE, EmploymentStatus.ON_LEAVE));
            default:
                return new FirstMotivatorCriterion(someOf(random, Motivator.class));
        }
    }

    private static <E extends Enum<E>> Set<E> someOf(Random random, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        E[] all = type.getEnumConstants();
        values.add(all[random.nextInt(all.length)]);
        if (random.nextBoolean()) {
            values.add(all[random.nextInt(all.length)]);
        }
        return values;
    }
}
