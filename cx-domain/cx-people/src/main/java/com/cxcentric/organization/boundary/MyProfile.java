package com.cxcentric.organization.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmployeesChanged;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * The signed-in person's own employee record: read-only, except what recognition is worth to them.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MyProfile {

    private static final Logger LOG = Logger.getLogger(MyProfile.class.getName());

    /** The profile: the person, their lead, and their motivators most valued first. */
    public record Profile(PersonCard person, String managerName, List<Motivator> motivators) {}

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<EmployeesChanged> employeesChanged;

    @Inject
    private BusinessDay businessDay;

    /** @throws ResourceNotFoundException when the account is linked to no employee */
    public Profile mine() {
        Employee me = me();
        return new Profile(
                PersonCard.of(me),
                me.getManager() == null ? null : me.getManager().getDisplayName(),
                List.copyOf(me.getMotivators()));
    }

    /** Replaces the caller's ranking; an empty list clears it. */
    public void rankMotivators(List<Motivator> ranking) {
        Employee me = me();
        try {
            me.rankMotivators(ranking);
        } catch (IllegalArgumentException twice) {
            throw new RuleViolationException(
                    "motivators", "error.profile.motivatorTwice", "Each motivator may be ranked once");
        }
        // "Motivator ranked first" is a segment criterion: segmentation follows in its observer.
        employeesChanged.fire(EmployeesChanged.oneUpdated(businessDay.today(), me.getId()));
        LOG.fine(() -> me.getEmployeeNumber() + " ranked motivators " + ranking);
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
