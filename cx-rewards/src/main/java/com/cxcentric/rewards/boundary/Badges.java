package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.BadgeBook;
import com.cxcentric.rewards.entity.Badge;
import com.cxcentric.rewards.entity.BadgeDefinition;
import com.cxcentric.rewards.entity.BadgeGrant;
import com.cxcentric.rewards.entity.BadgeRule;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Badges: everyone reads the badges and their criteria and sees their own; HR defines them and
 * grants one by hand with a reason.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class Badges {

    /** A badge with how many people hold it today. */
    public record BadgeView(
            String code,
            String name,
            String criteria,
            String icon,
            String colour,
            BadgeRule rule,
            String courseCode,
            String schemeCode,
            Integer streak,
            Integer validMonths,
            boolean active,
            long holders) {}

    /** A badge one holds or held, with when and why. */
    public record Held(
            String code,
            String name,
            String criteria,
            String icon,
            String colour,
            LocalDate grantedOn,
            LocalDate expiresOn,
            boolean current,
            String reason) {}

    /** Someone who holds a badge today. */
    public record Holder(
            String employeeNumber,
            String name,
            String unitName,
            LocalDate grantedOn,
            String grantedBy,
            String reason) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private BadgeBook book;

    @Inject
    private BusinessDay businessDay;

    /** Every badge, active ones first, with its holders today. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public List<BadgeView> all() {
        LocalDate today = businessDay.today();
        Map<Long, Long> holders = new HashMap<>();
        em.createQuery(
                        "SELECT g.badgeId, COUNT(DISTINCT g.employeeId) FROM BadgeGrant g WHERE g.grantedOn <= :on"
                                + " AND (g.expiresOn IS NULL OR g.expiresOn >= :on) GROUP BY g.badgeId",
                        Object[].class)
                .setParameter("on", today)
                .getResultList()
                .forEach(r -> holders.put((Long) r[0], ((Number) r[1]).longValue()));
        return em.createNamedQuery(Badge.FIND_ALL, Badge.class).getResultList().stream()
                .map(b -> view(b, holders.getOrDefault(b.getId(), 0L)))
                .toList();
    }

    /** The caller's badges, those that hold today first, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public List<Held> mine() {
        Employee me = accounts.linkedEmployee(context.getCallerPrincipal().getName());
        LocalDate today = businessDay.today();
        return em
                .createQuery(
                        "SELECT g, b FROM BadgeGrant g, Badge b WHERE b.id = g.badgeId AND g.employeeId = :me"
                                + " ORDER BY g.grantedOn DESC, g.id DESC",
                        Object[].class)
                .setParameter("me", me.getId())
                .getResultList()
                .stream()
                .map(r -> {
                    BadgeGrant g = (BadgeGrant) r[0];
                    Badge b = (Badge) r[1];
                    boolean current =
                            g.getExpiresOn() == null || !g.getExpiresOn().isBefore(today);
                    return new Held(
                            b.getCode(),
                            b.getName(),
                            b.getCriteria(),
                            b.getIcon(),
                            b.getColour(),
                            g.getGrantedOn(),
                            g.getExpiresOn(),
                            current,
                            g.getReason());
                })
                .sorted((x, y) -> Boolean.compare(y.current(), x.current()))
                .toList();
    }

    /** Who holds the badge today. */
    public List<Holder> holders(String code) {
        Badge badge = book.find(code);
        LocalDate today = businessDay.today();
        return em
                .createQuery(
                        "SELECT g, e FROM BadgeGrant g, Employee e WHERE e.id = g.employeeId AND g.badgeId = :badge"
                                + " AND g.grantedOn <= :on AND (g.expiresOn IS NULL OR g.expiresOn >= :on)"
                                + " ORDER BY g.grantedOn DESC, e.lastName",
                        Object[].class)
                .setParameter("badge", badge.getId())
                .setParameter("on", today)
                .getResultList()
                .stream()
                .map(r -> {
                    BadgeGrant g = (BadgeGrant) r[0];
                    Employee e = (Employee) r[1];
                    return new Holder(
                            e.getEmployeeNumber(),
                            e.getDisplayName(),
                            e.getOrgUnit() == null ? null : e.getOrgUnit().getName(),
                            g.getGrantedOn(),
                            g.getGrantedBy(),
                            g.getReason());
                })
                .toList();
    }

    public BadgeView badge(String code) {
        String wanted = book.find(code).getCode();
        return all().stream().filter(b -> b.code().equals(wanted)).findFirst().orElseThrow();
    }

    /**
     * Creates ({@code create}) or changes a badge.
     *
     * @throws RuleViolationException naming the field at fault
     * @throws ConflictException when creating a code that is taken
     */
    public BadgeView save(BadgeDefinition definition, boolean create) {
        Badge existing = book.existing(definition.code());
        if (create && existing != null) {
            throw new ConflictException(
                    "code",
                    "error.badge.codeTaken",
                    "A badge " + definition.code() + " exists already",
                    definition.code());
        }
        if (!create && existing == null) {
            book.find(definition.code());
        }
        return badge(book.save(definition, businessDay.today()).getCode());
    }

    /**
     * Grants a badge by hand to a current colleague, with a reason.
     *
     * @return whether it was granted now (false: they hold it already)
     * @throws RuleViolationException without a reason, or for someone unknown, departed or oneself
     */
    public boolean grant(String code, String employeeNumber, String reason) {
        Badge badge = book.find(code);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > BadgeGrant.REASON_LENGTH) {
            throw new RuleViolationException(
                    "reason",
                    "error.badge.reason",
                    "Say why, in 1 to " + BadgeGrant.REASON_LENGTH + " characters",
                    BadgeGrant.REASON_LENGTH);
        }
        Employee person = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", employeeNumber == null ? "" : employeeNumber.strip())
                .getResultStream()
                .filter(e -> e.getStatus() != EmploymentStatus.LEFT)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "employee", "error.badge.employee", "No current colleague " + employeeNumber, employeeNumber));
        if (accounts.employeeOf(context.getCallerPrincipal().getName())
                .filter(me -> me.getId().equals(person.getId()))
                .isPresent()) {
            throw new RuleViolationException("employee", "error.badge.self", "A badge by hand is for colleagues");
        }
        return book.grant(
                badge,
                person.getId(),
                businessDay.today(),
                context.getCallerPrincipal().getName(),
                why);
    }

    private static BadgeView view(Badge b, long holders) {
        return new BadgeView(
                b.getCode(),
                b.getName(),
                b.getCriteria(),
                b.getIcon(),
                b.getColour(),
                b.getRule(),
                b.getCourseCode(),
                b.getSchemeCode(),
                b.getStreak(),
                b.getValidMonths(),
                b.isActive(),
                holders);
    }
}
