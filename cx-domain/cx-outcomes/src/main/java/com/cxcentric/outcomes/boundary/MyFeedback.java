package com.cxcentric.outcomes.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.outcomes.control.OutcomeQueries;
import com.cxcentric.outcomes.entity.MetricValue;
import com.cxcentric.outcomes.entity.Metrics;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "What my customers said": the caller's own feedback and metrics beside their team's, as figures
 * only. Nobody sees another person's individual responses or figures here.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MyFeedback {

    /**
     * My figures and my team's over the same period, with how many compliments named me, the
     * service standards I met beside my team's, and where the customers I served stand.
     */
    public record View(
            String teamName,
            OutcomeMetrics.Figures mine,
            OutcomeMetrics.Figures team,
            long myCompliments,
            MetricValue myAttainment,
            MetricValue teamAttainment,
            OutcomeMetrics.Stages myCustomers) {}

    /** The most compliments "what my customers said" lists. */
    public static final int COMPLIMENTS_SHOWN = 20;

    @Inject
    private OutcomeQueries queries;

    @Inject
    private Accounts accounts;

    @Inject
    private BusinessDay businessDay;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "cx.metrics.min-sample", defaultValue = "10")
    int minimumSample;

    /** The last {@code days} days up to today. */
    public View view(int days) {
        Employee me = me();
        LocalDate to = businessDay.today();
        LocalDate from = to.minusDays(days - 1L);
        var mine = new OutcomeQueries.Scope(from, to, Set.of(), null, null, me.getId());
        OutcomeMetrics.Figures team = null;
        MetricValue teamAttainment = null;
        if (me.getOrgUnit() != null) {
            var teamScope =
                    new OutcomeQueries.Scope(from, to, Set.of(), me.getOrgUnit().getCode(), null, null);
            team = OutcomeMetrics.Figures.of(from, to, queries.counts(teamScope), minimumSample);
            teamAttainment = attainment(teamScope);
        }
        return new View(
                me.getOrgUnit() == null ? null : me.getOrgUnit().getName(),
                OutcomeMetrics.Figures.of(from, to, queries.counts(mine), minimumSample),
                team,
                queries.compliments(mine),
                attainment(mine),
                teamAttainment,
                OutcomeMetrics.Stages.of(queries.stagesServed(mine)));
    }

    private MetricValue attainment(OutcomeQueries.Scope scope) {
        var standards = queries.standards(scope);
        return Metrics.attainment(standards.met(), standards.measured(), minimumSample);
    }

    /** The newest compliments that named me in the last {@code days} days. */
    public List<OutcomeQueries.ComplimentRow> compliments(int days) {
        LocalDate to = businessDay.today();
        return queries.complimentRows(
                new OutcomeQueries.Scope(to.minusDays(days - 1L), to, Set.of(), null, null, me().getId()),
                COMPLIMENTS_SHOWN);
    }

    /** My own responses of the last {@code days} days, newest first. */
    public Page<OutcomeQueries.ResponseRow> responses(int days, PageRequest page) {
        LocalDate to = businessDay.today();
        return queries.responses(
                new OutcomeQueries.Scope(to.minusDays(days - 1L), to, Set.of(), null, null, me().getId()), false, page);
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
