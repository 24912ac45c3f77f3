package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.RewardReports;
import com.cxcentric.rewards.control.RecognitionEquity.Grouping;
import com.cxcentric.rewards.control.RecognitionEquity.Report;
import com.cxcentric.rewards.control.RecognitionEquity.Row;
import com.cxcentric.rewards.control.RewardTotals;
import com.cxcentric.web.ChartJs;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * /hr/recognition-equity.xhtml, HR's: whether recognition reaches everyone, the company's figures
 * with its Lorenz curve, and per department, contact level, tenure or segment the share of people
 * recognised and how evenly, with CSV and Excel downloads of the table.
 */
@Named
@ViewScoped
public class RecognitionEquityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Integer> WINDOWS = List.of(30, 90, 180, 365);

    @Inject
    private RewardReports reports;

    @Inject
    private FacesMessages messages;

    private Grouping groupBy = Grouping.DEPARTMENT;
    private int days = 90;
    private Report report;
    private List<RewardTotals.SchemeTotal> schemes = List.of();
    private List<RewardTotals.ValueTotal> values = List.of();

    @PostConstruct
    public void load() {
        try {
            report = reports.equity(groupBy, days);
            schemes = reports.bySchemes(days);
            values = reports.byValues(days);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** A group's name as people read it: the unit's or segment's name, or the label of the level or band. */
    public String nameOf(Row row) {
        if (row.name() != null) {
            return row.name();
        }
        return switch (groupBy) {
            case CONTACT_LEVEL -> row.key().isEmpty()
                    ? messages.text("equity.noContactLevel")
                    : messages.text("ContactLevel." + row.key());
            case TENURE -> messages.text("Tenure." + row.key());
            default -> messages.text("equity.noDepartment");
        };
    }

    /** The share of people recognised per group, the company's beside them for comparison. */
    public String getShareChart() {
        List<Row> shown = report.groups().stream().filter(r -> r.people() > 0).toList();
        List<String> labels = new ArrayList<>(shown.stream().map(this::nameOf).toList());
        List<Number> shares = new ArrayList<>(
                shown.stream().map(r -> (Number) r.recognisedPercent()).toList());
        return ChartJs.bars()
                .horizontal()
                .upTo(100)
                .labels(labels)
                .series(messages.text("equity.recognisedPercent"), shares, "#1b7a43")
                .toJson();
    }

    /** The company's Lorenz curve against the line of perfect equality. */
    public String getLorenzChart() {
        List<String> labels = new ArrayList<>();
        List<Number> equal = new ArrayList<>();
        for (int k = 0; k < report.lorenz().size(); k++) {
            labels.add(k * 10 + " %");
            equal.add(k * 10);
        }
        return ChartJs.line()
                .upTo(100)
                .labels(labels)
                .series(messages.text("equity.lorenz.actual"), report.lorenz(), "#1b7a43")
                .series(messages.text("equity.lorenz.equal"), equal, "#94a3b8")
                .toJson();
    }

    public String exportUrl(String format) {
        return "/api/v1/recognition-equity/export?groupBy=" + groupBy.name() + "&days=" + days + "&format="
                + format.toLowerCase(Locale.ROOT);
    }

    public String totalsUrl(String table, String format) {
        return "/api/v1/recognition-equity/" + table + "/export?days=" + days + "&format=" + format;
    }

    public List<RewardTotals.SchemeTotal> getSchemes() {
        return schemes;
    }

    public List<RewardTotals.ValueTotal> getValues() {
        return values;
    }

    public Report getReport() {
        return report;
    }

    public Grouping[] getGroupings() {
        return Grouping.values();
    }

    public List<Integer> getWindows() {
        return WINDOWS;
    }

    public Grouping getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(Grouping groupBy) {
        this.groupBy = groupBy;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
