package com.cxcentric.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmployeesChanged;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.rollout.Rating;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.testsupport.InContainerTest;
import com.cxcentric.vision.control.Acknowledgements;
import com.cxcentric.vision.control.Announcing;
import com.cxcentric.vision.control.ChampionRoster;
import com.cxcentric.vision.control.RolloutFold;
import com.cxcentric.vision.control.RolloutFold.Row;
import com.cxcentric.vision.control.ValuesFollowTheVision;
import com.cxcentric.vision.control.VisionDrafts;
import com.cxcentric.vision.entity.ActionPlan;
import com.cxcentric.vision.entity.ActionPlanStatus;
import com.cxcentric.vision.entity.ActionTarget;
import com.cxcentric.vision.entity.Announcement;
import com.cxcentric.vision.entity.Audience;
import com.cxcentric.vision.entity.Idea;
import com.cxcentric.vision.entity.IdeaKind;
import com.cxcentric.vision.entity.IdeaStatus;
import com.cxcentric.vision.entity.MaturityAssessment;
import com.cxcentric.vision.entity.MaturityQuestion;
import com.cxcentric.vision.entity.VisionText;
import com.cxcentric.vision.entity.VisionValueText;
import com.cxcentric.vision.entity.VisionVersion;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The vision in the container, on the test database with the demo company: publishing asks every
 * current employee, the schedule reminds once and then copies the lead, joiners are asked, and
 * the heatmap's figures of a made department equal the hand computation (grey below the minimum
 * sample), every area's dimensions collected through CDI. Each test rolls back, so the demo's
 * vision stays the current one. Run by {@code platform.InContainerIT}.
 */
public interface VisionInContainerTests extends InContainerTest {

    /** A department with two teams: six people in the first, three in the second. */
    record Made(OrgUnit department, OrgUnit first, OrgUnit second, List<Employee> people) {}

    private Made department() {
        OrgUnit company = em().createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class)
                .setMaxResults(1)
                .getSingleResult();
        OrgUnit department = new OrgUnit(unique("VD"), "Vision test department", OrgUnitType.DEPARTMENT, company);
        OrgUnit first = new OrgUnit(unique("VT"), "Vision team one", OrgUnitType.TEAM, department);
        OrgUnit second = new OrgUnit(unique("VT"), "Vision team two", OrgUnitType.TEAM, department);
        em().persist(department);
        em().persist(first);
        em().persist(second);
        List<Employee> people = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Employee person = new Employee(unique("VP"), "Vision", "Person " + i, ContactLevel.FRONT_LINE);
            person.placeIn(i < 6 ? first : second);
            em().persist(person);
            people.add(person);
        }
        Employee lead = new Employee(unique("VL"), "Vision", "Lead", ContactLevel.FRONT_LINE);
        em().persist(lead);
        first.appointLead(lead);
        lead.placeIn(department);
        em().flush();
        return new Made(department, first, second, people);
    }

    private VisionVersion publish(LocalDate on) {
        VisionVersion version = bean(VisionDrafts.class).start("exec");
        List<VisionText> texts = new ArrayList<>();
        List<VisionValueText> values = new ArrayList<>();
        for (String language : VisionVersion.LANGUAGES) {
            texts.add(new VisionText(language, "Vision " + language, "Promise " + language));
            values.add(new VisionValueText("OWN_IT", language, 1, "Own it " + language, null));
        }
        version.rewrite(texts, values, "exec");
        em().flush();
        VisionDrafts.requireComplete(version);
        version.publish("exec", Instant.now(), on);
        em().flush();
        bean(ValuesFollowTheVision.class).follow(version);
        bean(Acknowledgements.class).askEveryoneNotAsked(version, on);
        return version;
    }

    private long count(String sql, Object... parameters) {
        var query = em().createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Test
    default void publishingAsksEveryoneThenOneReminderThenACopyToTheLead() throws Exception {
        tx().begin();
        try {
            Made made = department();
            LocalDate asked = LocalDate.now().minusDays(20);
            VisionVersion version = publish(asked);
            Acknowledgements acknowledgements = bean(Acknowledgements.class);
            long current = count("SELECT COUNT(*) FROM employee e WHERE e.status <> 'LEFT'");
            assertEquals(current, acknowledgements.progress(version).asked(), "every current employee is asked");
            assertEquals(
                    current,
                    count(
                            "SELECT COUNT(*) FROM notification WHERE kind = 'VISION_PUBLISHED' AND dedupe_key LIKE ?",
                            "VISION_PUBLISHED:" + version.getId() + ":%"),
                    "and told once each");
            long confirmer = made.people().get(0).getId();
            acknowledgements.acknowledge(version, confirmer, asked.plusDays(1), Instant.now());
            acknowledgements.acknowledge(version, confirmer, asked.plusDays(2), Instant.now());
            assertTrue(acknowledgements.mine(version, confirmer).acknowledged());
            assertEquals(1, acknowledgements.progress(version).acknowledged(), "confirming again changes nothing");

            assertEquals(0, acknowledgements.chase(version, asked.plusDays(6))[0], "no reminder within the week");
            int[] week = acknowledgements.chase(version, asked.plusDays(7));
            assertEquals(current - 1, week[0], "everyone but the one who confirmed is reminded");
            assertEquals(0, week[1]);
            assertEquals(0, acknowledgements.chase(version, asked.plusDays(7))[0], "once");
            assertEquals(0, acknowledgements.chase(version, asked.plusDays(13))[1], "the copy waits its week");
            int[] second = acknowledgements.chase(version, asked.plusDays(14));
            assertEquals(0, second[0]);
            assertEquals(current - 1, second[1], "then the lead is copied");
            Employee lead = made.first().getLead();
            assertEquals(
                    5,
                    count(
                            "SELECT COUNT(*) FROM notification WHERE kind = 'VISION_OVERDUE' AND cc_employee_id = ?",
                            lead.getId()),
                    "the five of team one who did not confirm, copied to their lead");
            assertEquals(0, acknowledgements.chase(version, asked.plusDays(30))[1], "and nothing after that");
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void aJoinerIsAskedToReadTheCurrentVision() throws Exception {
        tx().begin();
        try {
            VisionVersion version = publish(LocalDate.now());
            Employee joiner = new Employee(unique("VJ"), "New", "Joiner", ContactLevel.FRONT_LINE);
            em().persist(joiner);
            em().flush();
            Acknowledgements acknowledgements = bean(Acknowledgements.class);
            assertFalse(acknowledgements.mine(version, joiner.getId()).asked());
            CDI.current()
                    .getBeanManager()
                    .getEvent()
                    .select(EmployeesChanged.class)
                    .fire(new EmployeesChanged(LocalDate.now(), 1, 0, 0, Set.of(joiner.getId())));
            var mine = acknowledgements.mine(version, joiner.getId());
            assertTrue(mine.asked());
            assertNull(mine.acknowledgedAt());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void theHeatmapOfAMadeDepartmentEqualsTheHandComputationAndIsGreyBelowTheSample() throws Exception {
        tx().begin();
        try {
            Made made = department();
            LocalDate today = LocalDate.now();
            VisionVersion version = publish(today.minusDays(30));
            Acknowledgements acknowledgements = bean(Acknowledgements.class);
            // Team one: 2 of 6 confirm; team two: all 3 confirm; the lead (in the department itself) does not.
            for (int i : new int[] {0, 1, 6, 7, 8}) {
                acknowledgements.acknowledge(version, made.people().get(i).getId(), today, Instant.now());
            }
            var contributors = CDI.current().select(RolloutContributor.class, Any.Literal.INSTANCE);
            RolloutFold.Folded folded = bean(RolloutFold.class)
                    .fold(
                            contributors,
                            new RolloutPeriod(today.minusDays(30), today),
                            List.of(made.first(), made.second()),
                            List.of(
                                    made.department().getId(),
                                    made.first().getId(),
                                    made.second().getId()));
            assertEquals(
                    List.of(
                            "VISION_ACKNOWLEDGED",
                            "CHAMPIONS_NAMED",
                            "IDEAS_ANSWERED",
                            "ACTION_PLANS_ON_TIME",
                            "ANNOUNCEMENTS_CONFIRMED",
                            "MATURITY_STAGE",
                            "CURRICULUM_ASSIGNED",
                            "CURRICULUM_COMPLETED",
                            "CURRICULUM_CERTIFIED",
                            "COACHING_SHOWN",
                            "RECOGNITION_PER_HEAD",
                            "NPS_CHANGE",
                            "CSAT_CHANGE",
                            "CES_CHANGE"),
                    folded.dimensions().stream().map(d -> d.code()).toList(),
                    "every area's dimensions, collected through CDI, in their order");
            Row first = folded.rows().get(0);
            assertEquals(6, first.people());
            assertEquals(100.0 * 2 / 6, first.cell("VISION_ACKNOWLEDGED").value(), 1e-9);
            assertEquals(Rating.BEHIND, first.cell("VISION_ACKNOWLEDGED").rating());
            Row second = folded.rows().get(1);
            assertEquals(100.0, second.cell("VISION_ACKNOWLEDGED").value(), 1e-9);
            assertEquals(3, second.cell("VISION_ACKNOWLEDGED").sample());
            assertEquals(
                    Rating.NO_DATA, second.cell("VISION_ACKNOWLEDGED").rating(), "3 people are below the 5 needed");
            // The department: 5 of its 10 people (6 + 3 + the lead).
            assertEquals(10, folded.total().people());
            assertEquals(50.0, folded.total().cell("VISION_ACKNOWLEDGED").value(), 1e-9);
            assertEquals(
                    Rating.BEHIND, folded.total().cell("VISION_ACKNOWLEDGED").rating());
            assertEquals(0.0, folded.total().cell("CURRICULUM_ASSIGNED").value(), 1e-9, "nobody made here is assigned");
            assertEquals(0.0, folded.total().cell("RECOGNITION_PER_HEAD").value(), 1e-9);
            assertNull(folded.total().cell("NPS_CHANGE").value(), "no responses: no figure");
            assertEquals(Rating.NO_DATA, folded.total().cell("NPS_CHANGE").rating());
            assertEquals(Rating.NO_DATA, folded.total().cell("COACHING_SHOWN").rating());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void championsCountWhereTheyWorkAndTheShareOfTheirIdeasAnsweredIsTheHandComputation() throws Exception {
        tx().begin();
        try {
            Made made = department();
            LocalDate today = LocalDate.now();
            long department = made.department().getId();
            Employee one = made.people().get(0);
            Employee two = made.people().get(6);
            ChampionRoster roster = bean(ChampionRoster.class);
            assertTrue(roster.name(department, one.getId(), "Carries it", "hr", today));
            assertFalse(roster.name(department, one.getId(), "Carries it well", "hr", today), "again: the role only");
            assertTrue(roster.name(department, two.getId(), "Carries it", "hr", today));
            assertEquals(Set.of(department), roster.unitsGrantedTo(one.getId()), "a champion sees their department");
            assertEquals(Set.of(), roster.unitsGrantedTo(made.people().get(1).getId()));
            assertEquals(
                    1,
                    count(
                            "SELECT COUNT(*) FROM notification WHERE kind = 'CHAMPION_NAMED' AND employee_id = ?"
                                    + " AND cc_employee_id = ?",
                            one.getId(),
                            made.first().getLead().getId()),
                    "told once, with a copy to their lead");
            assertEquals(
                    "Carries it well",
                    roster.of(List.of(department)).stream()
                            .filter(e -> e.employeeId() == one.getId())
                            .findFirst()
                            .orElseThrow()
                            .roleDescription());
            // Team one's champion raised three ideas, one answered; team two's raised one, acted on.
            for (int i = 0; i < 4; i++) {
                Idea idea = Idea.raise(
                        made.department(), i < 3 ? one : two, IdeaKind.IDEA, "Idea " + i, "What they saw", today);
                if (i == 0) {
                    idea.answer(IdeaStatus.ANSWERED, "We look into it", null, "hr", today);
                }
                if (i == 3) {
                    idea.answer(IdeaStatus.ACTED_ON, "Done", two, "hr", today);
                }
                em().persist(idea);
            }
            em().flush();
            var contributors = CDI.current().select(RolloutContributor.class, Any.Literal.INSTANCE);
            RolloutFold.Folded folded = bean(RolloutFold.class)
                    .fold(
                            contributors,
                            new RolloutPeriod(today.minusDays(30), today),
                            List.of(made.first(), made.second()),
                            List.of(
                                    department,
                                    made.first().getId(),
                                    made.second().getId()));
            Row first = folded.rows().get(0);
            assertEquals(1.0, first.cell("CHAMPIONS_NAMED").value(), 1e-9);
            assertEquals(6, first.cell("CHAMPIONS_NAMED").sample());
            assertEquals(Rating.CLOSE, first.cell("CHAMPIONS_NAMED").rating(), "one champion where two are the target");
            assertEquals(100.0 / 3, first.cell("IDEAS_ANSWERED").value(), 1e-9);
            assertEquals(Rating.BEHIND, first.cell("IDEAS_ANSWERED").rating());
            Row second = folded.rows().get(1);
            assertEquals(Rating.NO_DATA, second.cell("CHAMPIONS_NAMED").rating(), "3 people are below the 5 needed");
            assertEquals(100.0, second.cell("IDEAS_ANSWERED").value(), 1e-9);
            assertEquals(Rating.NO_DATA, second.cell("IDEAS_ANSWERED").rating(), "one idea is below the 3 needed");
            assertEquals(2.0, folded.total().cell("CHAMPIONS_NAMED").value(), 1e-9);
            assertEquals(
                    Rating.ON_TARGET, folded.total().cell("CHAMPIONS_NAMED").rating());
            assertEquals(50.0, folded.total().cell("IDEAS_ANSWERED").value(), 1e-9, "2 of the department's 4");
            assertEquals(4, folded.total().cell("IDEAS_ANSWERED").sample());
            assertEquals(Rating.CLOSE, folded.total().cell("IDEAS_ANSWERED").rating());

            assertTrue(roster.release(department, one.getId()));
            assertFalse(roster.release(department, one.getId()), "released once");
            assertEquals(Set.of(), roster.unitsGrantedTo(one.getId()), "no sight after the role ends");
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void actionPlansOnTimeAreCountedWhereTheyWereSetAndCancelledOnesNotAtAll() throws Exception {
        tx().begin();
        try {
            Made made = department();
            LocalDate today = LocalDate.now();
            Employee owner = made.people().get(0);
            // Team one: one complete (due in the past), one open and overdue, one open in time, one cancelled.
            // Team two: nothing. The department itself: one open, overdue.
            Object[][] plans = {
                {made.first(), ActionPlanStatus.COMPLETE, -10},
                {made.first(), ActionPlanStatus.IN_PROGRESS, -3},
                {made.first(), ActionPlanStatus.ON_HOLD, 20},
                {made.first(), ActionPlanStatus.CANCELLED, -5},
                {made.department(), ActionPlanStatus.NOT_STARTED, -1}
            };
            for (Object[] p : plans) {
                LocalDate due = today.plusDays((Integer) p[2]);
                ActionPlan plan = ActionPlan.set(
                        (OrgUnit) p[0],
                        "Plan",
                        ActionTarget.OUTCOME_METRIC,
                        "CSAT % at least 85",
                        null,
                        owner,
                        due,
                        List.of("A step"),
                        null,
                        "hr",
                        due.minusDays(30));
                if (p[1] != ActionPlanStatus.NOT_STARTED) {
                    plan.progress((ActionPlanStatus) p[1], 50, Set.of(1), null, due.minusDays(1));
                }
                em().persist(plan);
            }
            em().flush();
            var contributors = CDI.current().select(RolloutContributor.class, Any.Literal.INSTANCE);
            RolloutFold.Folded folded = bean(RolloutFold.class)
                    .fold(
                            contributors,
                            new RolloutPeriod(today.minusDays(30), today),
                            List.of(made.first(), made.second()),
                            List.of(
                                    made.department().getId(),
                                    made.first().getId(),
                                    made.second().getId()));
            var first = folded.rows().get(0).cell("ACTION_PLANS_ON_TIME");
            assertEquals(100.0 * 2 / 3, first.value(), 1e-9, "complete and in time, of three (cancelled aside)");
            assertEquals(3, first.sample());
            assertEquals(Rating.BEHIND, first.rating());
            assertNull(folded.rows().get(1).cell("ACTION_PLANS_ON_TIME").value(), "team two has no plan");
            var department = folded.total().cell("ACTION_PLANS_ON_TIME");
            assertEquals(50.0, department.value(), 1e-9, "2 of 4 with the department's own");
            assertEquals(Rating.BEHIND, department.rating());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void anAnnouncementToAUnitReachesItsPeopleOnceAndItsConfirmationsFillTheColumn() throws Exception {
        tx().begin();
        try {
            Made made = department();
            Announcing announcing = bean(Announcing.class);
            Announcement announcement = Announcement.publish(
                    "Call-backs become tickets",
                    "From Monday.",
                    Audience.UNIT,
                    made.first(),
                    null,
                    true,
                    "hr",
                    LocalDate.now());
            em().persist(announcement);
            assertEquals(6, announcing.deliver(announcement), "the six people of team one, nobody else");
            assertEquals(
                    6,
                    count(
                            "SELECT COUNT(*) FROM notification WHERE kind = 'ANNOUNCEMENT' AND dedupe_key LIKE ?",
                            "ANNOUNCEMENT:" + announcement.getId() + ":%"),
                    "each told once");
            long one = made.people().get(0).getId();
            long two = made.people().get(1).getId();
            announcing.seen(List.of(announcement.getId()), one, Instant.now());
            announcing.confirm(announcement.getId(), two, Instant.now());
            Instant first = announcing.copy(announcement.getId(), two).confirmedAt();
            announcing.confirm(announcement.getId(), two, Instant.now().plusSeconds(60));
            assertEquals(first, announcing.copy(announcement.getId(), two).confirmedAt(), "again changes nothing");
            assertNull(
                    announcing.copy(announcement.getId(), made.people().get(6).getId()), "not sent to team two");
            var reach = announcing.reach(announcement.getId());
            assertEquals(6, reach.recipients());
            assertEquals(2, reach.seen(), "seen by one, and by the one who confirmed");
            assertEquals(1, reach.confirmed());
            var contributors = CDI.current().select(RolloutContributor.class, Any.Literal.INSTANCE);
            LocalDate today = LocalDate.now();
            RolloutFold.Folded folded = bean(RolloutFold.class)
                    .fold(
                            contributors,
                            new RolloutPeriod(today.minusDays(30), today),
                            List.of(made.first(), made.second()),
                            List.of(
                                    made.department().getId(),
                                    made.first().getId(),
                                    made.second().getId()));
            var cell = folded.rows().get(0).cell("ANNOUNCEMENTS_CONFIRMED");
            assertEquals(100.0 / 6, cell.value(), 1e-9);
            assertEquals(6, cell.sample());
            assertEquals(Rating.BEHIND, cell.rating());
            assertNull(folded.rows().get(1).cell("ANNOUNCEMENTS_CONFIRMED").value(), "nothing asked of team two");
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void theMaturityColumnShowsTheStageOfTheDepartmentsLatestAssessmentOnly() throws Exception {
        tx().begin();
        try {
            Made made = department();
            LocalDate today = LocalDate.now();
            // An older quarter all 5s (Embed), the latest all 2s and 3s: mean 2.5, Initiate.
            for (String quarter : List.of("2020-Q1", "2020-Q2")) {
                MaturityAssessment assessment = new MaturityAssessment(made.department(), quarter);
                java.util.Map<MaturityQuestion, Integer> answers = new java.util.EnumMap<>(MaturityQuestion.class);
                for (MaturityQuestion question : MaturityQuestion.values()) {
                    answers.put(question, quarter.endsWith("Q1") ? 5 : 2 + question.ordinal() % 2);
                }
                assessment.answer(answers, "hr", today);
                em().persist(assessment);
            }
            em().flush();
            var contributors = CDI.current().select(RolloutContributor.class, Any.Literal.INSTANCE);
            RolloutFold.Folded folded = bean(RolloutFold.class)
                    .fold(
                            contributors,
                            new RolloutPeriod(today.minusDays(30), today),
                            List.of(made.first(), made.second()),
                            List.of(
                                    made.department().getId(),
                                    made.first().getId(),
                                    made.second().getId()));
            var department = folded.total().cell("MATURITY_STAGE");
            assertEquals(2.0, department.value(), 1e-9, "Initiate, stage 2: the latest, not the older Embed");
            assertEquals(1, department.sample());
            assertEquals(Rating.CLOSE, department.rating(), "target Mobilize (3), close from Initiate (2)");
            assertNull(folded.rows().get(0).cell("MATURITY_STAGE").value(), "teams do not assess themselves");
        } finally {
            tx().rollback();
        }
    }
}
