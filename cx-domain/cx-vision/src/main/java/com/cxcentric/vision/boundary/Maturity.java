package com.cxcentric.vision.boundary;

import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.control.DepartmentSight;
import com.cxcentric.vision.control.DepartmentSight.Sight;
import com.cxcentric.vision.entity.MaturityAssessment;
import com.cxcentric.vision.entity.MaturityQuestion;
import com.cxcentric.vision.entity.MaturityStage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Departments' self-assessments against the CX maturity model, one per department and quarter: HR,
 * admins and a department's head assess; leadership and HR see every department's latest stage
 * beside the one before.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
public class Maturity {

    /** One assessment: the stage, the mean answer, each competency's mean and the answers. */
    public record AssessmentView(
            String departmentCode,
            String departmentName,
            String quarter,
            MaturityStage stage,
            double score,
            Map<MaturityQuestion.Competency, Double> competencies,
            Map<MaturityQuestion, Integer> answers,
            String assessedBy,
            LocalDate assessedOn) {}

    /** A department's latest assessment and the one before (either may be null). */
    public record DepartmentMaturity(
            String code, String name, boolean runnable, AssessmentView latest, AssessmentView previous) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private DepartmentSight sights;

    @Inject
    private BusinessDay businessDay;

    /** The departments the caller oversees, by name, each with its two latest assessments. */
    public List<DepartmentMaturity> overview() {
        Sight sight = sights.ofCaller(context);
        Map<Long, List<MaturityAssessment>> byDepartment = new HashMap<>();
        for (MaturityAssessment a : em.createQuery(
                        "SELECT a FROM MaturityAssessment a ORDER BY a.quarter DESC", MaturityAssessment.class)
                .getResultList()) {
            byDepartment
                    .computeIfAbsent(a.getDepartment().getId(), d -> new ArrayList<>())
                    .add(a);
        }
        return em
                .createNamedQuery(OrgUnit.FIND_BY_TYPE, OrgUnit.class)
                .setParameter("type", OrgUnitType.DEPARTMENT)
                .getResultList()
                .stream()
                .filter(d -> sight.seesAll() || sight.runs(d.getId()))
                .map(d -> {
                    List<MaturityAssessment> found = byDepartment.getOrDefault(d.getId(), List.of());
                    return new DepartmentMaturity(
                            d.getCode(),
                            d.getName(),
                            sight.runs(d.getId()),
                            found.isEmpty() ? null : view(found.get(0)),
                            found.size() < 2 ? null : view(found.get(1)));
                })
                .toList();
    }

    /** The department's assessment of the quarter, if it made one; 403 outside the caller's departments. */
    public Optional<AssessmentView> assessment(String departmentCode, String quarter) {
        OrgUnit department = department(departmentCode);
        Sight sight = sights.ofCaller(context);
        if (!sight.seesAll() && !sight.runs(department.getId())) {
            throw notYours(department);
        }
        return find(department, quarter).map(Maturity::view);
    }

    /**
     * The department assesses a quarter (this one or an earlier one): every question answered from 1
     * to 5 (422 naming the first at fault); assessing it again replaces the answers. HR, admins and
     * the department's head only (403).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public AssessmentView assess(String departmentCode, String quarter, Map<MaturityQuestion, Integer> answers) {
        OrgUnit department = department(departmentCode);
        if (!sights.ofCaller(context).runs(department.getId())) {
            throw notYours(department);
        }
        LocalDate today = businessDay.today();
        if (quarter != null && quarter.compareTo(MaturityAssessment.quarterOf(today)) > 0) {
            throw new RuleViolationException(
                    "quarter", "error.maturity.future", "Quarter " + quarter + " has not begun", quarter);
        }
        em.find(OrgUnit.class, department.getId(), LockModeType.PESSIMISTIC_WRITE);
        MaturityAssessment assessment = find(department, quarter).orElseGet(() -> {
            MaturityAssessment made = new MaturityAssessment(department, quarter);
            em.persist(made);
            return made;
        });
        assessment.answer(answers, context.getCallerPrincipal().getName(), today);
        em.flush();
        return view(assessment);
    }

    /** The quarter today falls in. */
    public String currentQuarter() {
        return MaturityAssessment.quarterOf(businessDay.today());
    }

    private Optional<MaturityAssessment> find(OrgUnit department, String quarter) {
        return em.createQuery(
                        "SELECT a FROM MaturityAssessment a WHERE a.department = :department AND a.quarter = :quarter",
                        MaturityAssessment.class)
                .setParameter("department", department)
                .setParameter("quarter", quarter)
                .getResultStream()
                .findFirst();
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

    private AccessDeniedException notYours(OrgUnit department) {
        return new AccessDeniedException(
                "error.maturity.notYourDepartment",
                context.getCallerPrincipal().getName() + " does not run " + department.getCode(),
                department.getName());
    }

    private static AssessmentView view(MaturityAssessment a) {
        return new AssessmentView(
                a.getDepartment().getCode(),
                a.getDepartment().getName(),
                a.getQuarter(),
                a.stage(),
                a.score(),
                a.competencies(),
                a.getAnswers(),
                a.getAssessedBy(),
                a.getAssessedOn());
    }
}
