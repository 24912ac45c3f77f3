package com.cxcentric.web.training;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.boundary.TrainingAssignments;
import com.cxcentric.training.boundary.TrainingReports;
import com.cxcentric.training.entity.TrainingFigures;
import com.cxcentric.training.entity.TrainingReport;
import com.cxcentric.training.entity.TrainingReport.CommentRow;
import com.cxcentric.training.entity.TrainingReport.Grouping;
import com.cxcentric.web.ChartJs;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * /training/reports.xhtml: completion and overdue, certification coverage against the segments'
 * required competencies, quiz scores and hardest questions, and the reaction survey, in the
 * caller's scope (HR and executives everyone, a team lead their units), narrowed to a course and
 * an org unit; every table downloads as CSV or Excel through the API with the same filters.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Groups shown in a bar chart; the table below lists them all. */
    static final int CHART_GROUPS = 12;

    @Inject
    private TrainingReports reports;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private FacesMessages messages;

    private List<CourseCatalog.CourseSummary> courses = List.of();
    private List<TrainingAssignments.Choice> units = List.of();

    private String courseCode;
    private String unitCode;
    private Grouping grouping = Grouping.DEPARTMENT;

    private List<TrainingReport.CompletionRow> completion = List.of();
    private List<TrainingReport.CoverageRow> coverage = List.of();
    private TrainingReport.ScoreDistribution scores;
    private List<TrainingReport.QuestionRow> questions = List.of();
    private List<TrainingReport.ReactionRow> reactions = List.of();
    private final PagedModel<CommentRow> comments =
            new PagedModel<>(page -> reports.comments(filter(), page), CommentRow::id);

    @PostConstruct
    void load() {
        courses = catalog.catalog();
        units = reports.units();
        refresh();
    }

    /** Runs every report again with the current filters. */
    public void refresh() {
        try {
            var filter = filter();
            completion = reports.completion(grouping, filter);
            coverage = reports.coverage(filter);
            scores = reports.scores(filter);
            questions = reports.hardestQuestions(filter);
            reactions = reports.reactions(filter);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private TrainingReports.ReportFilter filter() {
        return new TrainingReports.ReportFilter(courseCode, unitCode);
    }

    /** The API address of a report's download with the page's filters. */
    public String exportUrl(String report, String format) {
        StringBuilder url = new StringBuilder("/api/v1/training-reports/")
                .append(report)
                .append("/export?format=")
                .append(format);
        append(url, "course", courseCode);
        append(url, "unit", unitCode);
        if ("completion".equals(report)) {
            append(url, "groupBy", grouping.name());
        }
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String getCompletionChart() {
        var shown = completion.stream()
                .filter(r -> !r.name().isEmpty())
                .limit(CHART_GROUPS)
                .toList();
        return ChartJs.bars()
                .horizontal()
                .stacked()
                .labels(shown.stream().map(TrainingReport.CompletionRow::name).toList())
                .series(
                        messages.text("reports.completed"),
                        shown.stream().map(r -> r.completed()).toList(),
                        "#1b7a43")
                .series(
                        messages.text("reports.onTrack"),
                        shown.stream().map(r -> r.onTrack()).toList(),
                        "#2563eb")
                .series(
                        messages.text("reports.overdue"),
                        shown.stream().map(r -> r.overdue()).toList(),
                        "#d97706")
                .series(
                        messages.text("reports.failed"),
                        shown.stream().map(r -> r.failed()).toList(),
                        "#b42318")
                .toJson();
    }

    public String getCoverageChart() {
        var shown = coverage.stream()
                .filter(r -> r.members() > 0)
                .limit(CHART_GROUPS * 2L)
                .toList();
        return ChartJs.bars()
                .horizontal()
                .stacked()
                .labels(shown.stream()
                        .map(r -> r.segmentName() + " · " + r.competencyName())
                        .toList())
                .series(
                        messages.text("CertificationState.VALID"),
                        shown.stream().map(r -> r.valid()).toList(),
                        "#1b7a43")
                .series(
                        messages.text("CertificationState.EXPIRING"),
                        shown.stream().map(r -> r.expiring()).toList(),
                        "#d97706")
                .series(
                        messages.text("CertificationState.EXPIRED"),
                        shown.stream().map(r -> r.expired()).toList(),
                        "#b42318")
                .series(
                        messages.text("reports.uncertified"),
                        shown.stream().map(r -> r.uncertified()).toList(),
                        "#94a3b8")
                .toJson();
    }

    public String getScoreChart() {
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < TrainingFigures.BUCKETS; b++) {
            int from = b * TrainingFigures.BUCKET_WIDTH;
            int to = b == TrainingFigures.BUCKETS - 1 ? 100 : from + TrainingFigures.BUCKET_WIDTH - 1;
            labels.add(from + "–" + to + "%");
        }
        return ChartJs.bars()
                .labels(labels)
                .series(messages.text("reports.attempts"), scores.buckets())
                .toJson();
    }

    public String getReactionChart() {
        return ChartJs.bars()
                .labels(reactions.stream()
                        .map(TrainingReport.ReactionRow::courseCode)
                        .toList())
                .upTo(5)
                .series(
                        messages.text("reports.relevance"),
                        reactions.stream().map(r -> r.averageRelevance()).toList())
                .series(
                        messages.text("reports.usefulness"),
                        reactions.stream().map(r -> r.averageUsefulness()).toList())
                .toJson();
    }

    public PagedModel<CommentRow> getComments() {
        return comments;
    }

    public Grouping[] getGroupings() {
        return Grouping.values();
    }

    public List<CourseCatalog.CourseSummary> getCourses() {
        return courses;
    }

    public List<TrainingAssignments.Choice> getUnits() {
        return units;
    }

    public List<TrainingReport.CompletionRow> getCompletion() {
        return completion;
    }

    public List<TrainingReport.CoverageRow> getCoverage() {
        return coverage;
    }

    public TrainingReport.ScoreDistribution getScores() {
        return scores;
    }

    public List<TrainingReport.QuestionRow> getQuestions() {
        return questions;
    }

    public List<TrainingReport.ReactionRow> getReactions() {
        return reactions;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
    }
}
