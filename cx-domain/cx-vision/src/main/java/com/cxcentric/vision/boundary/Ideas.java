package com.cxcentric.vision.boundary;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.control.DepartmentSight;
import com.cxcentric.vision.control.DepartmentSight.Sight;
import com.cxcentric.vision.entity.Idea;
import com.cxcentric.vision.entity.IdeaKind;
import com.cxcentric.vision.entity.IdeaStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What customer champions raise from the front line, and the department's answers. A champion
 * raises for the department they champion; the department's head (or HR) answers, names the owner
 * and moves the idea on. Each side is told by message.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class Ideas {

    /** What a champion raises. */
    public record NewIdea(String departmentCode, IdeaKind kind, String title, String observation) {}

    /** The department's answer; {@code version} is the one the answerer read (null: whatever it is now). */
    public record Answer(IdeaStatus status, String answer, String ownerNumber, Long version) {}

    /** Which ideas to list; null parts do not restrict. */
    public record Filter(String departmentCode, IdeaStatus status) {}

    /** An idea as the caller sees it; {@code answerable} when the caller may answer it. */
    public record IdeaView(
            long id,
            long version,
            String departmentCode,
            String departmentName,
            IdeaKind kind,
            String title,
            String observation,
            IdeaStatus status,
            LocalDate raisedOn,
            String raisedByNumber,
            String raisedByName,
            String ownerNumber,
            String ownerName,
            String answer,
            String answeredBy,
            LocalDate answeredOn,
            boolean answerable) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private DepartmentSight sights;

    @Inject
    private NotificationWriter notifications;

    @Inject
    private BusinessDay businessDay;

    /**
     * A champion raises an observation or idea for the department they champion (403 for anyone
     * else); the department's head is told. 422 names the field when the title or text is missing.
     */
    public IdeaView raise(NewIdea raised) {
        Sight sight = sights.ofCaller(context);
        if (raised.departmentCode() == null || raised.departmentCode().isBlank()) {
            throw new RuleViolationException(
                    "departmentCode", "error.idea.department", "Name the department the idea is for");
        }
        OrgUnit department = department(raised.departmentCode());
        if (sight.me() == null || !sight.champions(department.getId())) {
            throw new AccessDeniedException(
                    "error.idea.notChampion",
                    context.getCallerPrincipal().getName() + " is no champion of " + department.getCode(),
                    department.getName());
        }
        Idea idea = Idea.raise(
                department,
                em.find(Employee.class, sight.me()),
                raised.kind(),
                raised.title(),
                raised.observation(),
                businessDay.today());
        em.persist(idea);
        em.flush();
        notifications.write(
                NotificationKind.IDEA_RAISED,
                "SELECT u.lead_id, NULL, NULL, i.title, NULL, CAST(i.id AS VARCHAR(20)) FROM improvement_idea i"
                        + " JOIN org_unit u ON u.id = i.department_id WHERE i.id = CAST(? AS BIGINT)"
                        + " AND u.lead_id IS NOT NULL AND u.lead_id <> i.raised_by_id",
                List.of(idea.getId()),
                Instant.now());
        return view(idea, sight);
    }

    /**
     * The department answers an idea: what it makes of it (mandatory), the status that follows and
     * who owns the change. Only HR, admins and the department's head may (403); 409 when the idea
     * changed since {@code version} or is closed; 422 for a blank answer or an owner who left.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public IdeaView answer(long id, Answer answer) {
        Sight sight = sights.ofCaller(context);
        Idea idea = em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null || !visible(idea, sight)) {
            throw unknown(id);
        }
        if (!sight.runs(idea.getDepartment().getId())) {
            throw new AccessDeniedException(
                    "error.idea.notYourDepartment",
                    context.getCallerPrincipal().getName() + " does not run "
                            + idea.getDepartment().getCode(),
                    idea.getDepartment().getName());
        }
        if (answer.version() != null && answer.version() != idea.getVersion()) {
            throw new ConflictException(
                    "version", "error.idea.changed", "Idea " + id + " changed since it was read", idea.getTitle());
        }
        Employee owner = null;
        if (answer.ownerNumber() != null && !answer.ownerNumber().isBlank()) {
            owner = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                    .setParameter("number", answer.ownerNumber().strip())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new RuleViolationException(
                            "ownerNumber",
                            "error.idea.unknownOwner",
                            "No employee with number " + answer.ownerNumber(),
                            answer.ownerNumber()));
            if (owner.getStatus() == EmploymentStatus.LEFT) {
                throw new RuleViolationException(
                        "ownerNumber",
                        "error.idea.ownerLeft",
                        answer.ownerNumber() + " has left",
                        owner.getDisplayName());
            }
        }
        idea.answer(
                answer.status(),
                answer.answer(),
                owner,
                context.getCallerPrincipal().getName(),
                businessDay.today());
        em.flush();
        notifications.write(
                NotificationKind.IDEA_ANSWERED,
                "SELECT i.raised_by_id, NULL, NULL, i.title, NULL,"
                        + " CONCAT(CAST(i.id AS VARCHAR(20)), CONCAT(':', CAST(i.version AS VARCHAR(20))))"
                        + " FROM improvement_idea i WHERE i.id = CAST(? AS BIGINT)",
                List.of(idea.getId()),
                Instant.now());
        return view(idea, sight);
    }

    /** One idea, when the caller may see it (404 otherwise). */
    public IdeaView idea(long id) {
        Sight sight = sights.ofCaller(context);
        Idea idea = em.find(Idea.class, id);
        if (idea == null || !visible(idea, sight)) {
            throw unknown(id);
        }
        return view(idea, sight);
    }

    /**
     * The ideas the caller may see, those waiting for an answer first, then the newest: every idea for
     * HR, executives and admins; a department's for its head and its champions; those the people of a
     * team lead's units raised; and the caller's own.
     * 403 for a department the caller does not see.
     */
    public Page<IdeaView> ideas(Filter filter, PageRequest page) {
        Sight sight = sights.ofCaller(context);
        List<String> where = new ArrayList<>();
        OrgUnit department = null;
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            department = department(filter.departmentCode());
            if (!sight.sees(department.getId())) {
                throw new AccessDeniedException(
                        "error.idea.notYourDepartment",
                        context.getCallerPrincipal().getName() + " does not see " + department.getCode(),
                        department.getName());
            }
            where.add("i.department = :department");
        }
        Set<Long> seen = sight.seen();
        if (seen != null) {
            List<String> any = new ArrayList<>(List.of("r.id = :me"));
            if (!seen.isEmpty()) {
                any.add("i.department.id IN :seen");
            }
            if (!sight.led().isEmpty()) {
                any.add("u.id IN :led");
            }
            where.add("(" + String.join(" OR ", any) + ")");
        }
        if (filter.status() != null) {
            where.add("i.status = :status");
        }
        String from = " FROM Idea i JOIN i.raisedBy r LEFT JOIN r.orgUnit u";
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + from + condition, Long.class);
        TypedQuery<Idea> list = em.createQuery(
                "SELECT i" + from + condition
                        + " ORDER BY CASE WHEN i.status = com.cxcentric.vision.entity.IdeaStatus.RAISED THEN 0 ELSE 1 END,"
                        + " i.raisedOn DESC, i.id DESC",
                Idea.class);
        for (TypedQuery<?> query : List.of(count, list)) {
            if (department != null) {
                query.setParameter("department", department);
            }
            if (seen != null) {
                query.setParameter("me", sight.me() == null ? -1L : sight.me());
                if (!seen.isEmpty()) {
                    query.setParameter("seen", seen);
                }
                if (!sight.led().isEmpty()) {
                    query.setParameter("led", sight.led());
                }
            }
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
        }
        List<IdeaView> items = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(i -> view(i, sight))
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    private OrgUnit department(String code) {
        return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(u -> u.getType() == OrgUnitType.DEPARTMENT)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.champion.unknownDepartment", "There is no department " + code, code));
    }

    private static boolean visible(Idea idea, Sight sight) {
        Employee raiser = idea.getRaisedBy();
        return sight.sees(idea.getDepartment().getId())
                || (sight.me() != null && sight.me().equals(raiser.getId()))
                || (raiser.getOrgUnit() != null
                        && sight.led().contains(raiser.getOrgUnit().getId()));
    }

    private static ResourceNotFoundException unknown(long id) {
        return new ResourceNotFoundException("error.idea.unknown", "There is no idea " + id + " you may see", id);
    }

    private static IdeaView view(Idea idea, Sight sight) {
        Employee owner = idea.getOwner();
        return new IdeaView(
                idea.getId(),
                idea.getVersion(),
                idea.getDepartment().getCode(),
                idea.getDepartment().getName(),
                idea.getKind(),
                idea.getTitle(),
                idea.getObservation(),
                idea.getStatus(),
                idea.getRaisedOn(),
                idea.getRaisedBy().getEmployeeNumber(),
                idea.getRaisedBy().getDisplayName(),
                owner == null ? null : owner.getEmployeeNumber(),
                owner == null ? null : owner.getDisplayName(),
                idea.getAnswer(),
                idea.getAnsweredBy(),
                idea.getAnsweredOn(),
                !idea.getStatus().closed() && sight.runs(idea.getDepartment().getId()));
    }
}
