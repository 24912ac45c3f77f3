package com.cxcentric.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.boundary.PointsAccounts;
import com.cxcentric.rewards.control.ApprovalFlow;
import com.cxcentric.rewards.control.Budgets;
import com.cxcentric.rewards.control.Caller;
import com.cxcentric.rewards.control.CustomRewards;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ApprovalDecision;
import com.cxcentric.rewards.entity.ApprovalKind;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalRequest.Ask;
import com.cxcentric.rewards.entity.ApprovalStatus;
import com.cxcentric.rewards.entity.ApprovalStep;
import com.cxcentric.rewards.entity.Approver;
import com.cxcentric.rewards.entity.BudgetMode;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.RedemptionStatus;
import com.cxcentric.rewards.entity.RewardBudget;
import com.cxcentric.rewards.entity.RewardItem;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.testsupport.InContainerTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Budgets and approvals in the container against the real database: a fixed budget refuses a
 * nomination past its limit and a flexible one warns its owner once; a nomination passes its
 * stages in turn, each decided by its own approver only, and pays the person on the last; a
 * refusal returns the held points to the budget; a stage waiting too long is reminded once and
 * then handed up. Run by {@code platform.InContainerIT}.
 */
public interface BudgetsAndApprovalsInContainerTests extends InContainerTest {

    /** A department with its head, a team in it with its lead, and two people in the team. */
    record Org(long department, long team, Employee head, Employee lead, Employee first, Employee second) {}

    private Org org() throws Exception {
        String code = unique("BA").toUpperCase(Locale.ROOT);
        Org org = inTransaction(() -> {
            var department = new OrgUnit(code + "-D", "Budget department " + code, OrgUnitType.DEPARTMENT, null);
            var team = new OrgUnit(code + "-T", "Budget team " + code, OrgUnitType.TEAM, department);
            em().persist(department);
            em().persist(team);
            Employee head = person(code + "-H", department);
            Employee lead = person(code + "-L", team);
            Employee first = person(code + "-1", team);
            Employee second = person(code + "-2", team);
            department.appointLead(head);
            team.appointLead(lead);
            em().flush();
            return new Org(department.getId(), team.getId(), head, lead, first, second);
        });
        for (Employee e : List.of(org.first(), org.second())) {
            bean(PointsAccounts.class).open(AccountKind.RECEIVED, e.getId());
        }
        return org;
    }

    private Employee person(String number, OrgUnit unit) {
        var person = new Employee(number, "Budget", number, ContactLevel.FRONT_LINE);
        person.placeIn(unit);
        em().persist(person);
        return person;
    }

    private long budget(long unit, long limit, BudgetMode mode, Long owner) throws Exception {
        return inTransaction(() -> {
            var budget = new RewardBudget(
                    unit,
                    SchemePeriod.containing(PeriodKind.MONTH, LocalDate.now()),
                    limit,
                    mode,
                    owner,
                    Instant.now());
            em().persist(budget);
            em().flush();
            return budget.getId();
        });
    }

    private ApprovalRequest nominate(Employee nominee, Employee by, long points) throws Exception {
        ApprovalFlow flow = bean(ApprovalFlow.class);
        return inTransaction(() -> flow.ask(
                new Ask(
                        ApprovalKind.NOMINATION,
                        nominee.getId(),
                        points,
                        "Kept the customer informed every hour",
                        null,
                        null,
                        by.getId(),
                        by.getEmployeeNumber(),
                        unique("nomination"),
                        flow.stagesFor(points)),
                LocalDate.now()));
    }

    private ApprovalRequest decide(ApprovalRequest request, ApprovalDecision decision, String comment, Caller who)
            throws Exception {
        return inTransaction(
                () -> bean(ApprovalFlow.class).decide(request.getId(), decision, comment, who, LocalDate.now()));
    }

    private static Caller as(Employee employee) {
        return new Caller(employee, employee.getEmployeeNumber(), false);
    }

    private long used(long budget) throws Exception {
        return inTransaction(() -> bean(Budgets.class).used(budget));
    }

    private long received(Employee person) throws Exception {
        return inTransaction(() -> bean(PointsLedger.class)
                .account(AccountKind.RECEIVED, person.getId())
                .getBalance());
    }

    private long messages(String kind, Employee to) throws Exception {
        return inTransaction(() -> em().createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :to AND n.kind = "
                                + "com.cxcentric.notification.entity.NotificationKind." + kind,
                        Long.class)
                .setParameter("to", to.getId())
                .getSingleResult());
    }

    @Test
    default void aFixedBudgetRefusesANominationPastItsLimitAndAFlexibleOneWarnsItsOwnerOnce() throws Exception {
        Org org = org();
        long budget = budget(org.team(), 100, BudgetMode.FIXED, null);
        nominate(org.first(), org.second(), 80);

        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> nominate(org.first(), org.second(), 30));
        assertEquals("points", refused.getField());
        assertEquals(80, used(budget), "the refused nomination drew nothing");

        inTransaction(() -> {
            em().find(RewardBudget.class, budget)
                    .change(100, BudgetMode.FLEXIBLE, org.head().getId(), Instant.now());
            return null;
        });
        nominate(org.first(), org.second(), 30);
        nominate(org.second(), org.first(), 10);

        assertEquals(120, used(budget));
        assertEquals(1, messages("BUDGET_OVERSPENT", org.head()), "the owner is warned once");
    }

    @Test
    default void aPersonDrawsOnTheNearestBudgetAboveTheirUnit() throws Exception {
        Org org = org();
        long department = budget(org.department(), 500, BudgetMode.FIXED, null);
        nominate(org.first(), org.second(), 40);
        assertEquals(40, used(department), "no budget of the team: the department's");

        long team = budget(org.team(), 500, BudgetMode.FIXED, null);
        nominate(org.first(), org.second(), 25);
        assertEquals(25, used(team), "the team's own budget comes first");
        assertEquals(40, used(department));
    }

    @Test
    default void aNominationPassesItsStagesInTurnAndPaysThePersonOnTheLastOnly() throws Exception {
        Org org = org();
        long budget = budget(org.team(), 5_000, BudgetMode.FIXED, null);
        long before = received(org.first());
        ApprovalRequest request = nominate(org.first(), org.second(), 1_000);

        List<ApprovalStep> steps = inTransaction(() -> bean(ApprovalFlow.class).steps(request.getId()));
        assertEquals(
                List.of(Approver.TEAM_LEAD, Approver.DEPARTMENT_HEAD, Approver.HR),
                steps.stream().map(ApprovalStep::getApprover).toList());
        assertEquals(org.lead().getId(), steps.get(0).getApproverId());
        assertEquals(org.head().getId(), steps.get(1).getApproverId());
        assertEquals(1, messages("APPROVAL_WAITING", org.lead()));

        assertThrows(
                ConflictException.class,
                () -> decide(request, ApprovalDecision.APPROVED, null, as(org.head())),
                "the head's stage is not yet");
        ApprovalRequest second = decide(request, ApprovalDecision.APPROVED, "Saw it myself", as(org.lead()));
        assertEquals(2, second.getStage());
        assertEquals(1, messages("APPROVAL_WAITING", org.head()), "the next approver is told");
        decide(request, ApprovalDecision.APPROVED, null, as(org.head()));
        assertEquals(before, received(org.first()), "nothing paid before the last stage");

        Caller hr = new Caller(null, "hr-tester", true);
        ApprovalRequest done = decide(request, ApprovalDecision.APPROVED, "Paid", hr);
        ApprovalRequest again = decide(request, ApprovalDecision.APPROVED, "Paid", hr);

        assertEquals(ApprovalStatus.APPROVED, done.getStatus());
        assertEquals(ApprovalStatus.APPROVED, again.getStatus());
        assertEquals(before + 1_000, received(org.first()), "paid once, on the last approval");
        assertEquals(1_000, used(budget));
        assertEquals(
                "Saw it myself",
                inTransaction(() -> bean(ApprovalFlow.class).steps(request.getId()))
                        .get(0)
                        .getComment());
        assertEquals(1, messages("APPROVAL_DECIDED", org.first()));
        assertThrows(
                ConflictException.class,
                () -> decide(request, ApprovalDecision.REFUSED, "No", hr),
                "decided otherwise already");
    }

    @Test
    default void aRefusalNeedsAReasonAndReturnsTheHeldPointsToTheBudget() throws Exception {
        Org org = org();
        long budget = budget(org.team(), 1_000, BudgetMode.FIXED, null);
        long before = received(org.first());
        ApprovalRequest request = nominate(org.first(), org.second(), 200);
        assertEquals(200, used(budget));

        RuleViolationException bare = assertThrows(
                RuleViolationException.class, () -> decide(request, ApprovalDecision.REFUSED, " ", as(org.lead())));
        assertEquals("comment", bare.getField());
        ApprovalRequest refused =
                decide(request, ApprovalDecision.REFUSED, "Rewarded by the scheme already", as(org.lead()));

        assertEquals(ApprovalStatus.REFUSED, refused.getStatus());
        assertNotNull(refused.getOutcomeTransferId());
        assertEquals(0, used(budget), "the points went back to the budget");
        assertEquals(before, received(org.first()));
        assertEquals(1, messages("APPROVAL_DECIDED", org.second()), "whoever asked hears why");
    }

    @Test
    default void theRequesterAndThePersonNeverDecideAndAMissingLeadGoesToTheNextLevel() throws Exception {
        Org org = org();
        ApprovalRequest byTheLead = nominate(org.first(), org.lead(), 50);
        List<ApprovalStep> steps = inTransaction(() -> bean(ApprovalFlow.class).steps(byTheLead.getId()));

        assertEquals(1, steps.size());
        assertEquals(Approver.DEPARTMENT_HEAD, steps.get(0).getApprover(), "the lead asked: their head decides");
        assertThrows(ConflictException.class, () -> decide(byTheLead, ApprovalDecision.APPROVED, null, as(org.lead())));
        assertThrows(
                ConflictException.class, () -> decide(byTheLead, ApprovalDecision.APPROVED, null, as(org.first())));
    }

    @Test
    default void aStageWaitingTooLongIsRemindedOnceThenHandedUpALevel() throws Exception {
        Org org = org();
        ApprovalRequest request = nominate(org.first(), org.second(), 100);
        ApprovalFlow flow = bean(ApprovalFlow.class);
        Instant asked = request.getStageSince();

        inTransaction(() -> flow.remindAndEscalate(asked.plus(Duration.ofHours(49))));
        inTransaction(() -> flow.remindAndEscalate(asked.plus(Duration.ofHours(60))));
        assertEquals(1, messages("APPROVAL_REMINDER", org.lead()), "reminded once");

        inTransaction(() -> flow.remindAndEscalate(asked.plus(Duration.ofHours(121))));
        ApprovalStep step = inTransaction(() -> flow.steps(request.getId()).get(0));
        ApprovalRequest handedOn = inTransaction(() -> em().find(ApprovalRequest.class, request.getId()));

        assertEquals(Approver.DEPARTMENT_HEAD, step.getApprover());
        assertEquals(org.head().getId(), step.getApproverId());
        assertNotNull(step.getEscalatedAt());
        assertNull(handedOn.getRemindedAt(), "the head's wait starts anew");
        assertTrue(handedOn.getStageSince().isAfter(asked));
        assertEquals(1, messages("APPROVAL_WAITING", org.head()));
        decide(request, ApprovalDecision.APPROVED, null, as(org.head()));
    }

    @Test
    default void whoDecidedOneStageDoesNotDecideAnotherAsHr() throws Exception {
        Org org = org();
        ApprovalRequest request = nominate(org.first(), org.second(), 1_000);
        Caller leadInHr = new Caller(org.lead(), org.lead().getEmployeeNumber(), true);
        decide(request, ApprovalDecision.APPROVED, null, leadInHr);
        decide(request, ApprovalDecision.APPROVED, null, as(org.head()));

        assertThrows(
                ConflictException.class,
                () -> decide(request, ApprovalDecision.APPROVED, null, leadInHr),
                "four eyes: the lead who is also in HR approved already");
        assertEquals(
                ApprovalStatus.APPROVED,
                decide(request, ApprovalDecision.APPROVED, null, new Caller(null, "another-hr", true))
                        .getStatus());
    }

    private void grant(Employee person, long points) throws Exception {
        inTransaction(() -> {
            PointsLedger ledger = bean(PointsLedger.class);
            return ledger.move(
                    Movement.of(unique("grant"), TransferKind.GRANT, points, LocalDate.now(), "test"),
                    ledger.issued(),
                    ledger.account(AccountKind.RECEIVED, person.getId()),
                    LocalDate.now());
        });
    }

    private ApprovalRequest askForReward(Employee person, long points, String key) throws Exception {
        return inTransaction(() -> bean(CustomRewards.class)
                .ask(
                        person,
                        new CustomRewards.Wish(
                                "Ticket to the CX conference",
                                Motivator.LEARNING_BUDGET,
                                points,
                                "To learn from peers"),
                        key,
                        person.getEmployeeNumber(),
                        LocalDate.now()));
    }

    @Test
    default void aRewardOutsideTheCatalogHoldsThePointsUntilApprovedThenWaitsForHrLikeAnyRedemption() throws Exception {
        Org org = org();
        grant(org.first(), 200);
        String key = unique("reward");

        ApprovalRequest asked = askForReward(org.first(), 150, key);

        assertEquals(ApprovalKind.REWARD, asked.getKind());
        assertEquals(50, received(org.first()), "the price is held from the person's received points at once");
        assertEquals(asked.getId(), askForReward(org.first(), 150, key).getId(), "the same key asks once");
        assertEquals(50, received(org.first()));
        RuleViolationException tooDear =
                assertThrows(RuleViolationException.class, () -> askForReward(org.first(), 60, unique("reward")));
        assertEquals("points", tooDear.getField(), "more than is left is refused on the points");
        assertEquals(50, received(org.first()));
        assertThrows(
                ConflictException.class,
                () -> decide(asked, ApprovalDecision.APPROVED, null, as(org.first())),
                "the person never approves their own request");

        ApprovalRequest approved = decide(asked, ApprovalDecision.APPROVED, "Worth it", as(org.lead()));

        assertEquals(ApprovalStatus.APPROVED, approved.getStatus());
        assertNotNull(approved.getRedemptionId());
        Object[] redemption = inTransaction(() -> (Object[])
                em().createQuery("SELECT r.status, r.points, i.name, i.oneOff, i.active FROM Redemption r, RewardItem i"
                                + " WHERE i.id = r.itemId AND r.id = :id")
                        .setParameter("id", approved.getRedemptionId())
                        .getSingleResult());
        assertEquals(RedemptionStatus.PENDING, redemption[0], "it waits in HR's fulfilment queue");
        assertEquals(150L, redemption[1]);
        assertEquals("Ticket to the CX conference", redemption[2]);
        assertEquals(true, redemption[3]);
        assertEquals(false, redemption[4], "a one-off reward is never offered to anyone");
        assertTrue(
                inTransaction(() -> em().createNamedQuery(RewardItem.FIND_ALL, RewardItem.class)
                                .getResultList())
                        .stream()
                        .noneMatch(RewardItem::isOneOff),
                "the catalog leaves one-off rewards out");
        assertEquals(50, received(org.first()), "approval spends what was held, nothing more");
    }

    @Test
    default void aRefusedRewardGivesTheHeldPointsBack() throws Exception {
        Org org = org();
        grant(org.second(), 500);

        ApprovalRequest asked = askForReward(org.second(), 400, unique("reward"));
        assertEquals(2, asked.getStages(), "400 points need the team lead and HR");
        assertEquals(100, received(org.second()));
        decide(asked, ApprovalDecision.APPROVED, "Fine by me", as(org.lead()));
        Caller hr = new Caller(org.head(), "hr-" + org.head().getEmployeeNumber(), true);

        ApprovalRequest refused = decide(asked, ApprovalDecision.REFUSED, "Not this quarter", hr);

        assertEquals(ApprovalStatus.REFUSED, refused.getStatus());
        assertNull(refused.getRedemptionId());
        assertEquals(500, received(org.second()), "every held point is back");
    }
}
