package com.cxcentric.outcomes.boundary;

import static com.cxcentric.platform.control.Jdbc.instant;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.outcomes.entity.FollowUp;
import com.cxcentric.outcomes.entity.Recovery;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The follow-up queue of a team lead: the unhappy customers and complaints of their people (a
 * complaint shows its category and severity as its text), and those escalated
 * to them because a lead below let them wait past their due time. Recording the contact closes the
 * loop and feeds the recovery rate.
 */
@Stateless
@RolesAllowed({Role.TEAM_LEAD_NAME, Role.HR_NAME, Role.ADMIN_NAME})
public class FollowUps {

    private static final Logger LOG = Logger.getLogger(FollowUps.class.getName());

    /** A follow-up as the queue shows it. */
    public record Item(
            long id,
            long version,
            FollowUp.Reason reason,
            Instant dueAt,
            boolean overdue,
            boolean escalatedToMe,
            String ownerName,
            Instant occurredAt,
            String touchpoint,
            String served,
            String customerRef,
            Integer nps,
            Integer csat,
            String comment,
            Recovery recovery,
            String actionTaken) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    /** My open follow-ups, and those escalated to me, soonest due first. */
    public List<Item> mine() {
        Employee me = me();
        Instant now = Instant.now();
        List<Item> items = new ArrayList<>();
        for (Object result : em.createNativeQuery(
                        "SELECT fu.id, fu.version, fu.reason, fu.due_at, fu.escalated_to_id,"
                                + " o.first_name, o.last_name, COALESCE(f.occurred_at, c.occurred_at), t.name,"
                                + " COALESCE(f.customer_ref, c.customer_ref), f.nps, f.csat,"
                                + " COALESCE(f.comment_text, c.category || ' (' || c.severity || ')'), fu.recovery, fu.action_taken,"
                                + " (SELECT MIN(e.first_name || ' ' || e.last_name) FROM attribution_member am JOIN employee e"
                                + " ON e.id = am.employee_id WHERE am.attribution_id = COALESCE(f.attribution_id, c.attribution_id))"
                                + " FROM follow_up fu LEFT JOIN feedback f ON f.id = fu.feedback_id"
                                + " LEFT JOIN complaint c ON c.id = fu.complaint_id"
                                + " JOIN touchpoint t ON t.id = COALESCE(f.touchpoint_id, c.touchpoint_id)"
                                + " LEFT JOIN employee o ON o.id = fu.owner_id"
                                + " WHERE fu.status = 'OPEN' AND (fu.owner_id = ?1 OR fu.escalated_to_id = ?1) ORDER BY fu.due_at, fu.id")
                .setParameter(1, me.getId())
                .getResultList()) {
            Object[] row = (Object[]) result;
            Instant due = instant(row[3]);
            items.add(new Item(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    FollowUp.Reason.valueOf((String) row[2]),
                    due,
                    due.isBefore(now),
                    row[4] != null && ((Number) row[4]).longValue() == me.getId(),
                    row[5] == null ? null : row[5] + " " + row[6],
                    instant(row[7]),
                    (String) row[8],
                    (String) row[15],
                    (String) row[9],
                    row[10] == null ? null : ((Number) row[10]).intValue(),
                    row[11] == null ? null : ((Number) row[11]).intValue(),
                    (String) row[12],
                    row[13] == null ? null : Recovery.valueOf((String) row[13]),
                    (String) row[14]));
        }
        return items;
    }

    /**
     * Records the contact with the customer.
     *
     * @throws AccessDeniedException when the follow-up is neither mine nor escalated to me
     * @throws RuleViolationException without what was done, or when someone recorded it meanwhile
     */
    public void record(long id, long version, String action, Recovery outcome) {
        FollowUp followUp = em.find(FollowUp.class, id);
        if (followUp == null) {
            throw new ResourceNotFoundException("error.followUp.unknown", "No follow-up " + id, id);
        }
        Employee me = me();
        boolean mine =
                (followUp.getOwner() != null && followUp.getOwner().getId().equals(me.getId()))
                        || (followUp.getEscalatedTo() != null
                                && followUp.getEscalatedTo().getId().equals(me.getId()));
        if (!mine && !context.isCallerInRole(Role.HR_NAME) && !context.isCallerInRole(Role.ADMIN_NAME)) {
            throw new AccessDeniedException(
                    "error.followUp.notYours", me.getEmployeeNumber() + " may not record follow-up " + id, id);
        }
        if (followUp.getVersion() != version || followUp.getStatus() == FollowUp.Status.DONE) {
            throw new ConflictException(
                    null, "error.followUp.stale", "Follow-up " + id + " was recorded by someone else meanwhile", id);
        }
        String what = action == null ? "" : action.strip();
        if (what.isEmpty() || what.length() > FollowUp.ACTION_LENGTH) {
            throw new RuleViolationException(
                    "action",
                    "error.followUp.action",
                    "Say what was done for the customer, in at most " + FollowUp.ACTION_LENGTH + " characters",
                    FollowUp.ACTION_LENGTH);
        }
        if (outcome == null) {
            throw new RuleViolationException(
                    "recovery", "error.followUp.outcome", "Say whether the customer was recovered");
        }
        followUp.record(
                Instant.now(), what, outcome, context.getCallerPrincipal().getName());
        LOG.info(() -> context.getCallerPrincipal().getName() + " recorded follow-up " + id + ": " + outcome);
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
