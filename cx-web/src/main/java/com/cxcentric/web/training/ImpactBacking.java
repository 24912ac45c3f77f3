package com.cxcentric.web.training;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.boundary.TrainingAssignments;
import com.cxcentric.training.boundary.TrainingImpact;
import com.cxcentric.training.boundary.TrainingImpact.EventMonth;
import com.cxcentric.training.boundary.TrainingImpact.Impact;
import com.cxcentric.training.boundary.TrainingImpact.ImpactQuery;
import com.cxcentric.training.entity.StaggeredDid.Estimate;
import com.cxcentric.web.ChartJs;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * /training/impact.xhtml: did a course move its trainees' customer outcomes? The verdict in plain
 * words with its interval, the check before passing, what a plain before/after would have said,
 * the event-study chart and the cohorts, for one course, outcome and unit in the caller's scope.
 */
@Named
@ViewScoped
public class ImpactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The course the page opens on when none is named: the one the demo plants an effect in. */
    static final String FIRST_CHOICE = "CX-RECOVERY";

    @Inject
    private TrainingImpact impacts;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private FacesMessages messages;

    private List<CourseCatalog.CourseSummary> courses = List.of();
    private List<TrainingAssignments.Choice> units = List.of();
    private String courseCode;
    private PersonMetric metric = PersonMetric.CSAT_PERCENT;
    private String unitCode;
    private java.math.BigDecimal costPerTrainee;
    private java.math.BigDecimal valuePerPoint;
    private Impact impact;

    @PostConstruct
    void load() {
        courses = catalog.catalog();
        units = impacts.units();
    }

    /** Runs on opening, with the course named in the address (?course=) or the first choice. */
    public void open() {
        if (courseCode == null || courseCode.isBlank()) {
            courseCode = courses.stream()
                    .map(CourseCatalog.CourseSummary::code)
                    .filter(FIRST_CHOICE::equals)
                    .findFirst()
                    .orElse(courses.isEmpty() ? null : courses.get(0).code());
        }
        refresh();
    }

    /** Runs the analysis again with the current choices. */
    public void refresh() {
        impact = null;
        if (courseCode == null) {
            return;
        }
        try {
            impact = impacts.impact(
                    new ImpactQuery(courseCode, metric, unitCode, null, null, costPerTrainee, valuePerPoint));
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** The verdict in a sentence, in the viewer's language. */
    public String getVerdict() {
        if (impact == null) {
            return "";
        }
        String outcome = messages.text("PersonMetric." + impact.metric());
        if (impact.withheld() != null) {
            return messages.text(
                    "impact.withheld." + impact.withheld(),
                    impact.counted(),
                    impact.neededTrainees(),
                    impact.teams(),
                    impact.neededTeams());
        }
        Estimate effect = impact.effect();
        String direction = effect.low() > 0 ? "rose" : effect.high() < 0 ? "fell" : "unclear";
        double shown = "unclear".equals(direction) ? effect.effect() : Math.abs(effect.effect());
        return messages.text("impact.verdict." + direction, outcome, shown, effect.low(), effect.high());
    }

    /** Whether the interval leaves out zero (a change, up or down, that chance alone would rarely give). */
    public boolean isClear() {
        return impact != null
                && impact.effect() != null
                && (impact.effect().low() > 0 || impact.effect().high() < 0);
    }

    /** Whether trained and untrained already moved apart before passing. */
    public boolean isPreTrendOff() {
        return impact != null && impact.preTrend() != null && !impact.preTrend().contains(0);
    }

    public String getEventChart() {
        var events = impact == null ? List.<EventMonth>of() : impact.events();
        return ChartJs.line()
                .labels(events.stream().map(e -> String.valueOf(e.offset())).toList())
                .noLegend()
                .band(
                        events.stream()
                                .map(e -> value(e.estimate(), Estimate::low))
                                .toList(),
                        events.stream()
                                .map(e -> value(e.estimate(), Estimate::high))
                                .toList(),
                        "#0f766e")
                .series(
                        messages.text("impact.chart.effect"),
                        events.stream()
                                .map(e -> value(e.estimate(), Estimate::effect))
                                .toList(),
                        "#0f766e")
                .toJson();
    }

    private static Double value(Estimate estimate, java.util.function.ToDoubleFunction<Estimate> part) {
        if (estimate == null) {
            return null;
        }
        double value = part.applyAsDouble(estimate);
        return Double.isFinite(value) ? Math.round(value * 10) / 10.0 : null;
    }

    /** The API address of the cohort table's download with the page's choices. */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder("/api/v1/training-impact/")
                .append(URLEncoder.encode(courseCode, StandardCharsets.UTF_8))
                .append("/cohorts/export?format=")
                .append(format)
                .append("&metric=")
                .append(metric.name());
        if (unitCode != null && !unitCode.isBlank()) {
            url.append("&unit=").append(URLEncoder.encode(unitCode, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public List<PersonMetric> getMetrics() {
        return TrainingImpact.METRICS;
    }

    public List<CourseCatalog.CourseSummary> getCourses() {
        return courses;
    }

    public List<TrainingAssignments.Choice> getUnits() {
        return units;
    }

    public Impact getImpact() {
        return impact;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public PersonMetric getMetric() {
        return metric;
    }

    public void setMetric(PersonMetric metric) {
        this.metric = metric;
    }

    public java.math.BigDecimal getCostPerTrainee() {
        return costPerTrainee;
    }

    public void setCostPerTrainee(java.math.BigDecimal costPerTrainee) {
        this.costPerTrainee = costPerTrainee;
    }

    public java.math.BigDecimal getValuePerPoint() {
        return valuePerPoint;
    }

    public void setValuePerPoint(java.math.BigDecimal valuePerPoint) {
        this.valuePerPoint = valuePerPoint;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
