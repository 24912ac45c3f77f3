package com.cxcentric.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
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
import com.cxcentric.testsupport.InContainerTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Segment membership against the Java rule, and the stays people join and leave, in the container against the real database. Run by {@code platform.InContainerIT}, which deploys once for every area. */
public interface SegmentationInContainerTests extends InContainerTest {

    private SegmentMembershipStore membership() {
        return bean(SegmentMembershipStore.class);
    }

    /** Everyone's facts as a rule sees them, read with JPQL independently of the membership() SQL. */
    private Map<Long, MemberFacts> allFacts() {
        Map<Long, Long> parentOf = new java.util.HashMap<>();
        Map<Long, String> codeOf = new java.util.HashMap<>();
        em().createQuery("SELECT u.id, u.code, p.id FROM OrgUnit u LEFT JOIN u.parent p", Object[].class)
                .getResultList()
                .forEach(row -> {
                    codeOf.put((Long) row[0], (String) row[1]);
                    parentOf.put((Long) row[0], (Long) row[2]);
                });
        Map<Long, Motivator> first = new java.util.HashMap<>();
        em().createQuery("SELECT e.id, m FROM Employee e JOIN e.motivators m WHERE INDEX(m) = 0", Object[].class)
                .getResultList()
                .forEach(row -> first.put((Long) row[0], (Motivator) row[1]));
        Map<Long, MemberFacts> facts = new java.util.HashMap<>();
        em().createQuery(
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
        return new java.util.TreeSet<>(em().createQuery(
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
    default void storedMembersOfEveryDemoSegmentAreThePeopleItsRuleAdmitsInJava() throws Exception {
        inTransaction(() -> {
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
            membership().recomputeAll(today);
            Map<Long, MemberFacts> facts = allFacts();
            List<Segment> segments =
                    em().createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList();

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
    default void recomputedMembersMatchTheJavaRuleForRandomRulesOnTheDemoCompany() throws Exception {
        var random = new java.util.Random(11);
        List<String> units = List.of("RET", "CC", "FS", "DL", "FIN", "PT", "CC-VOICE-A", "RET-BDG");
        List<String> locations = List.of("Jakarta", "Bandung", "Surabaya", "Medan");
        LocalDate today = LocalDate.now();
        tx().begin();
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
                        List.of(em().find(Employee.class, ids.get(in))),
                        List.of(em().find(Employee.class, ids.get(out))));
                em().persist(segment);

                membership().recompute(segment, today, List.of());

                assertEquals(
                        admitted(SegmentDefinition.of(segment), facts, today),
                        currentMembers(segment.getId()),
                        com.cxcentric.segmentation.entity.SegmentRuleJson.write(segment.getRule()));
            }
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void membershipKeepsEachStayWithTheDaysPeopleJoinedAndLeft() throws Exception {
        String p = unique("S");
        LocalDate day = LocalDate.of(2031, 3, 10);
        tx().begin();
        try {
            Employee ana = new Employee(p + "-1", "Ana", "Wijaya", ContactLevel.FRONT_LINE);
            ana.setLocation(p + "-town");
            em().persist(ana);
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new LocationCriterion(Set.of(p + "-town")))));
            em().persist(segment);

            var joined = membership().recompute(segment, day, List.of());
            ana.setLocation("elsewhere");
            var left = membership().recompute(segment, day.plusDays(5), List.of(ana.getId()));
            ana.setLocation(p + "-town");
            var back = membership().recompute(segment, day.plusDays(9), List.of());
            ana.setLocation("elsewhere");
            membership().recompute(segment, day.plusDays(9), List.of());
            ana.setLocation(p + "-town");
            membership().recompute(segment, day.plusDays(9), List.of());
            var again = membership().recompute(segment, day.plusDays(9), List.of());

            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 1, 0, 1), joined);
            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 0, 1, 0), left);
            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 1, 0, 1), back);
            assertEquals(new SegmentMembershipStore.Change(segment.getId(), 0, 0, 1), again, "nothing left to do");
            List<Object[]> stays = em().createQuery(
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
            tx().rollback();
        }
    }

    @Test
    default void peopleWhoLeaveTheCompanyLeaveEverySegmentAndExcludedPeopleStayOut() throws Exception {
        String p = unique("L");
        LocalDate day = LocalDate.of(2031, 4, 1);
        tx().begin();
        try {
            Employee ana = new Employee(p + "-1", "Ana", "Wijaya", ContactLevel.BACK_OFFICE);
            Employee budi = new Employee(p + "-2", "Budi", "Santoso", ContactLevel.BACK_OFFICE);
            ana.setJobTitle(p);
            budi.setJobTitle(p);
            em().persist(ana);
            em().persist(budi);
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new JobTitleContainsCriterion(p))));
            segment.setManualMembers(List.of(), List.of(budi));
            em().persist(segment);
            membership().recompute(segment, day, List.of());
            assertEquals(Set.of(ana.getId()), currentMembers(segment.getId()));

            ana.changeStatus(com.cxcentric.organization.entity.EmploymentStatus.LEFT, day.plusDays(1));
            membership().recompute(segment, day.plusDays(1), List.of());

            assertEquals(Set.of(), currentMembers(segment.getId()));
        } finally {
            tx().rollback();
        }
    }
}
