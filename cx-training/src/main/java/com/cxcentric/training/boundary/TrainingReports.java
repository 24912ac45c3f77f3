package com.cxcentric.training.boundary;

import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.control.TrainingReportQueries;
import com.cxcentric.training.control.TrainingReportQueries.Selection;
import com.cxcentric.training.control.TrainingScope;
import com.cxcentric.training.entity.CertificationState;
import com.cxcentric.training.entity.TrainingReport.CommentRow;
import com.cxcentric.training.entity.TrainingReport.CompletionRow;
import com.cxcentric.training.entity.TrainingReport.CoverageRow;
import com.cxcentric.training.entity.TrainingReport.Grouping;
import com.cxcentric.training.entity.TrainingReport.QuestionRow;
import com.cxcentric.training.entity.TrainingReport.ReactionRow;
import com.cxcentric.training.entity.TrainingReport.ScoreDistribution;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The training reports for HR, executives (the whole company) and team leads (the units they lead
 * and everything below): completion and overdue by department, team, segment or course;
 * certification coverage against each segment's required competencies; the quiz score
 * distribution and the hardest questions; the reaction survey. This boundary decides whose
 * training the caller may see; {@link TrainingReportQueries} counts it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EXECUTIVE_NAME})
public class TrainingReports {

    /** Narrows every report: one course (by code) and one org unit with everything below it; null: all. */
    public record ReportFilter(String courseCode, String unitCode) {}

    @Inject
    private TrainingScope scopes;

    @Inject
    private TrainingReportQueries queries;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.training.expiring-days", defaultValue = "" + CertificationState.DEFAULT_WINDOW_DAYS)
    int expiringDays;

    @Resource
    private SessionContext context;

    /** Completion and overdue per group, largest group first. */
    public List<CompletionRow> completion(Grouping grouping, ReportFilter filter) {
        return queries.completion(grouping, selection(filter), businessDay.today());
    }

    /** For every active segment and each competency it requires, who among its members is certified. */
    public List<CoverageRow> coverage(ReportFilter filter) {
        return queries.coverage(selection(filter), businessDay.today(), expiringDays);
    }

    /** Submitted quiz attempts by score. */
    public ScoreDistribution scores(ReportFilter filter) {
        return queries.scores(selection(filter));
    }

    /** Every question answered in the attempts, the least often right first. */
    public List<QuestionRow> hardestQuestions(ReportFilter filter) {
        return queries.hardestQuestions(selection(filter));
    }

    /** The reaction survey per course. */
    public List<ReactionRow> reactions(ReportFilter filter) {
        return queries.reactions(selection(filter));
    }

    /** The reaction comments, newest first, without names. */
    public Page<CommentRow> comments(ReportFilter filter, PageRequest page) {
        return queries.comments(selection(filter), page);
    }

    /** The org units whose subtree a caller may narrow the reports to. */
    public List<TrainingAssignments.Choice> units() {
        return scopes.unitsOf(scopes.of(context)).stream()
                .map(u -> new TrainingAssignments.Choice(u.getCode(), u.getName()))
                .toList();
    }

    /**
     * The caller's scope narrowed by the filter.
     *
     * @throws RuleViolationException for an unknown unit code
     * @throws AccessDeniedException for a unit outside a lead's units
     */
    private Selection selection(ReportFilter filter) {
        return new Selection(
                scopes.narrow(scopes.of(context), filter == null ? null : filter.unitCode()),
                filter == null ? null : filter.courseCode());
    }
}
