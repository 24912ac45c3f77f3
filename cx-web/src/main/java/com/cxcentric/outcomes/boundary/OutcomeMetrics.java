package com.cxcentric.outcomes.boundary;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.outcomes.control.OutcomeQueries;
import com.cxcentric.outcomes.entity.MetricValue;
import com.cxcentric.outcomes.entity.Metrics;
import com.cxcentric.outcomes.entity.ScoreCounts;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.entity.Segment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The feedback metrics of docs/METRICS.md for a period and a group, from the daily rollups, each
 * with its sample size and withheld below the minimum sample ({@code cx.metrics.min-sample}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
public class OutcomeMetrics {

    /** The longest period one question may cover. */
    public static final int MAX_DAYS = 3 * 366;

    /** What a figure is about; null parts do not restrict. Employees are named by number, units by code. */
    public record Filter(
            LocalDate from,
            LocalDate to,
            Set<String> touchpoints,
            String unitCode,
            Long segmentId,
            String employeeNumber) {}

    /** The metrics of a scope. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            int minimumSample,
            long responses,
            MetricValue nps,
            MetricValue csatPercent,
            MetricValue csatMean,
            MetricValue cesMean,
            MetricValue cesEasyPercent) {

        static Figures of(LocalDate from, LocalDate to, ScoreCounts c, int minimumSample) {
            return new Figures(
                    from,
                    to,
                    minimumSample,
                    c.responses(),
                    Metrics.nps(c, minimumSample),
                    Metrics.csatPercent(c, minimumSample),
                    Metrics.csatMean(c, minimumSample),
                    Metrics.cesMean(c, minimumSample),
                    Metrics.cesEasyPercent(c, minimumSample));
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OutcomeQueries queries;

    @Inject
    @ConfigProperty(name = "cx.metrics.min-sample", defaultValue = "10")
    int minimumSample;

    /**
     * @throws RuleViolationException for a period that ends before it starts or is longer than {@link #MAX_DAYS}
     * @throws ResourceNotFoundException for an unknown unit, segment or employee
     */
    public Figures figures(Filter filter) {
        OutcomeQueries.Scope scope = scope(filter);
        return Figures.of(scope.from(), scope.to(), queries.counts(scope), minimumSample);
    }

    OutcomeQueries.Scope scope(Filter filter) {
        if (filter.from() == null || filter.to() == null || filter.to().isBefore(filter.from())) {
            throw new RuleViolationException(
                    "to",
                    "error.outcomes.period",
                    "Give a period whose end is not before its start",
                    filter.from(),
                    filter.to());
        }
        if (ChronoUnit.DAYS.between(filter.from(), filter.to()) >= MAX_DAYS) {
            throw new RuleViolationException(
                    "to", "error.outcomes.periodTooLong", "A period covers at most " + MAX_DAYS + " days", MAX_DAYS);
        }
        if (filter.unitCode() != null
                && em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.code = :code", Long.class)
                                .setParameter("code", filter.unitCode())
                                .getSingleResult()
                        == 0) {
            throw new ResourceNotFoundException(
                    "error.unit.unknown", "No org unit " + filter.unitCode(), filter.unitCode());
        }
        if (filter.segmentId() != null && em.find(Segment.class, filter.segmentId()) == null) {
            throw new ResourceNotFoundException(
                    "error.segment.unknown", "No segment with id " + filter.segmentId(), filter.segmentId());
        }
        Long employeeId = null;
        if (filter.employeeNumber() != null) {
            employeeId = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                    .setParameter("number", filter.employeeNumber())
                    .getResultStream()
                    .findFirst()
                    .map(Employee::getId)
                    .orElseThrow(() -> new ResourceNotFoundException(
                            "error.employee.unknown",
                            "No employee with number " + filter.employeeNumber(),
                            filter.employeeNumber()));
        }
        return new OutcomeQueries.Scope(
                filter.from(), filter.to(), filter.touchpoints(), filter.unitCode(), filter.segmentId(), employeeId);
    }
}
