package com.cxcentric.training.boundary;

import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.outcomes.control.PersonTallies.Population;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.control.ImpactPanel;
import com.cxcentric.training.control.TrainingScope;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.StaggeredDid;
import com.cxcentric.training.entity.StaggeredDid.Estimate;
import com.cxcentric.training.entity.StaggeredDid.Withheld;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Did the training move the customers' numbers: for one course, the change in its trainees' own
 * monthly outcome that passing it caused, by a staggered difference-in-differences with a team
 * bootstrap ({@link StaggeredDid}; docs/METRICS.md, "Training impact"). HR, executives and
 * administrators ask it for the company or any unit, a team lead for the units they lead.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EXECUTIVE_NAME})
public class TrainingImpact {

    /** The outcomes an effect can be estimated on: rates a person has month by month. */
    public static final List<PersonMetric> METRICS = List.of(
            PersonMetric.CSAT_PERCENT,
            PersonMetric.NPS,
            PersonMetric.CES_EASY_PERCENT,
            PersonMetric.STANDARD_ATTAINMENT);

    /** The longest window, in months. */
    public static final int MAX_MONTHS = 48;

    /** The bootstrap's seed: the same data gives the same interval. */
    static final long SEED = 2021;

    /** Months before the first pass that the default window starts. */
    static final int LOOK_BACK = 12;

    /**
     * Which course, outcome, unit (code, null: the caller's scope) and months (null: the default
     * window); with what training cost per trainee and what a one-point rise in one trainee's
     * outcome is worth (both or neither), the return on the training.
     */
    public record ImpactQuery(
            String courseCode,
            PersonMetric metric,
            String unitCode,
            YearMonth from,
            YearMonth to,
            BigDecimal costPerTrainee,
            BigDecimal valuePerPoint) {

        public ImpactQuery(String courseCode, PersonMetric metric, String unitCode, YearMonth from, YearMonth to) {
            this(courseCode, metric, unitCode, from, to, null, null);
        }
    }

    /**
     * The return on the training in the manner of Phillips: (benefit − cost) / cost in percent, per
     * trainee, the benefit being the effect times the value of a point; its interval is the effect's
     * interval put through the same sum (the sum rises with the effect, so the percentiles carry over).
     */
    public record Roi(BigDecimal costPerTrainee, BigDecimal valuePerPoint, String currency, Estimate percent) {

        static Roi of(Estimate effect, BigDecimal cost, BigDecimal value, String currency) {
            double c = cost.doubleValue();
            double v = value.doubleValue();
            return new Roi(
                    cost,
                    value,
                    currency,
                    new Estimate(
                            100 * (effect.effect() * v - c) / c,
                            100 * (effect.low() * v - c) / c,
                            100 * (effect.high() * v - c) / c));
        }
    }

    /** The effect {@code offset} months from passing, null when too few trainees had that month with enough responses. */
    public record EventMonth(int offset, Estimate estimate, int cohorts, int people) {}

    /** The people who first passed in {@code month}; {@code counted} had a figure before and after. */
    public record CohortRow(YearMonth month, int people, int counted) {}

    /** What the analysis found, and what it rests on. */
    public record Impact(
            String courseCode,
            String courseTitle,
            PersonMetric metric,
            String unitCode,
            String unitName,
            YearMonth from,
            YearMonth to,
            Estimate effect,
            Estimate preTrend,
            Estimate naive,
            List<EventMonth> events,
            List<CohortRow> cohorts,
            int trainees,
            int counted,
            int comparison,
            int teams,
            Withheld withheld,
            int neededTrainees,
            int neededTeams,
            int minResponses,
            int replications,
            Roi roi) {

        public boolean withheldFigures() {
            return withheld != null;
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private TrainingScope scopes;

    @Inject
    private ImpactPanel panel;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.metrics.min-sample", defaultValue = "10")
    int minResponses;

    @Inject
    @ConfigProperty(name = "cx.training.impact.min-trainees", defaultValue = "40")
    int minTrainees;

    @Inject
    @ConfigProperty(name = "cx.training.impact.min-teams", defaultValue = "6")
    int minTeams;

    @Inject
    @ConfigProperty(name = "cx.training.impact.replications", defaultValue = "999")
    int replications;

    @Inject
    @ConfigProperty(name = "cx.rewards.currency", defaultValue = "EUR")
    String currency;

    @Resource
    private SessionContext context;

    /**
     * The impact of a course on one outcome.
     *
     * @throws ResourceNotFoundException for an unknown course
     * @throws RuleViolationException for an outcome that has no monthly rate, an unknown unit or a
     *     window that is reversed, longer than {@value #MAX_MONTHS} months or in the future
     * @throws AccessDeniedException for a unit outside a lead's units
     */
    public Impact impact(ImpactQuery query) {
        Course course = em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", query.courseCode())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.course.unknown", "No course " + query.courseCode(), query.courseCode()));
        PersonMetric metric = query.metric() == null ? PersonMetric.CSAT_PERCENT : query.metric();
        if (!METRICS.contains(metric)) {
            throw new RuleViolationException(
                    "metric", "error.impact.metric", "No monthly rate for " + metric, metric.name());
        }
        YearMonth to = query.to() != null
                ? query.to()
                : YearMonth.from(businessDay.today()).minusMonths(1);
        YearMonth from = query.from() != null
                ? query.from()
                : panel.firstPass(course.getCode())
                        .map(day -> YearMonth.from(day).minusMonths(LOOK_BACK))
                        .filter(start -> !start.isAfter(to))
                        .map(start ->
                                start.isBefore(to.minusMonths(MAX_MONTHS - 1)) ? to.minusMonths(MAX_MONTHS - 1) : start)
                        .orElse(to.minusMonths(LOOK_BACK * 2L - 1));
        validate(from, to);
        money(query);
        Set<Long> units = scopes.narrow(scopes.of(context), query.unitCode());
        OrgUnit unit = query.unitCode() == null || query.unitCode().isBlank()
                ? null
                : em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                        .setParameter("code", query.unitCode())
                        .getSingleResult();
        var people = panel.of(course.getCode(), metric, from, to, new Population(units, null));
        var result = StaggeredDid.estimate(
                people.people(),
                people.months(),
                new StaggeredDid.Settings(minResponses, minTrainees, minTeams, replications, SEED, 6, 12));
        YearMonth start = people.from();
        return new Impact(
                course.getCode(),
                course.getTitle(),
                metric,
                unit == null ? null : unit.getCode(),
                unit == null ? null : unit.getName(),
                start,
                to,
                result.effect(),
                result.preTrend(),
                result.naive(),
                result.events().stream()
                        .map(e -> new EventMonth(e.offset(), e.estimate(), e.cohorts(), e.people()))
                        .toList(),
                result.cohorts().stream()
                        .map(c -> new CohortRow(start.plusMonths(c.month()), c.people(), c.counted()))
                        .toList(),
                result.trainees(),
                result.counted(),
                result.comparison(),
                result.teams(),
                result.withheld(),
                minTrainees,
                minTeams,
                minResponses,
                replications,
                result.effect() == null || query.costPerTrainee() == null
                        ? null
                        : Roi.of(result.effect(), query.costPerTrainee(), query.valuePerPoint(), currency));
    }

    /** The org units whose people a caller may ask about, by name, as (code, name). */
    public List<TrainingAssignments.Choice> units() {
        return scopes.unitsOf(scopes.of(context)).stream()
                .map(u -> new TrainingAssignments.Choice(u.getCode(), u.getName()))
                .toList();
    }

    private void validate(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new RuleViolationException(
                    "from", "error.impact.reversed", "The window starts after it ends", from.toString(), to.toString());
        }
        if (from.until(to, ChronoUnit.MONTHS) + 1 > MAX_MONTHS) {
            throw new RuleViolationException(
                    "from", "error.impact.tooLong", "More than " + MAX_MONTHS + " months", MAX_MONTHS);
        }
        if (to.isAfter(YearMonth.from(businessDay.today()))) {
            throw new RuleViolationException(
                    "to", "error.impact.future", "The window ends in the future", to.toString());
        }
    }

    /** Cost and value come together, each more than zero. */
    private static void money(ImpactQuery query) {
        if ((query.costPerTrainee() == null) != (query.valuePerPoint() == null)) {
            String missing = query.costPerTrainee() == null ? "costPerTrainee" : "valuePerPoint";
            throw new RuleViolationException(
                    missing, "error.impact.roiBoth", "The return needs the cost per trainee and the value of a point");
        }
        for (var amount : java.util.Map.of(
                        "costPerTrainee",
                        query.costPerTrainee() == null ? BigDecimal.ONE : query.costPerTrainee(),
                        "valuePerPoint",
                        query.valuePerPoint() == null ? BigDecimal.ONE : query.valuePerPoint())
                .entrySet()) {
            if (amount.getValue().signum() <= 0) {
                throw new RuleViolationException(
                        amount.getKey(),
                        "error.impact.amount",
                        amount.getKey() + " must be more than zero",
                        amount.getValue().toPlainString());
            }
        }
    }
}
