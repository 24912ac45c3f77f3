package com.cxcentric.web.outcomes;

import com.cxcentric.outcomes.boundary.OutcomeMetrics;
import com.cxcentric.outcomes.control.OutcomeQueries;
import com.cxcentric.outcomes.entity.MetricValue;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.web.ChartJs;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /outcomes/dashboard.xhtml: the feedback metrics for a period, org unit, segment and touchpoints,
 * against the period before; the trend; breakdowns by touchpoint and unit; the responses behind it.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutcomeMetrics metrics;

    @Inject
    private BusinessDay businessDay;

    @Inject
    private FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private String unitCode;
    private Long segmentId;
    private List<String> touchpoints = new ArrayList<>();
    private OutcomeMetrics.Dashboard dashboard;
    private long commentsWithoutScore;
    private OutcomeMetrics.Lifecycle lifecycle;
    private List<OutcomeMetrics.Choice> units;
    private List<OutcomeMetrics.Choice> segments;
    private List<OutcomeMetrics.Choice> touchpointChoices;
    private final Responses responses = new Responses();

    @PostConstruct
    void init() {
        lastDays(90);
    }

    public void lastDays(int days) {
        to = businessDay.today();
        from = to.minusDays(days - 1L);
        apply();
    }

    public void apply() {
        try {
            dashboard = metrics.dashboard(filter());
            unitCode = dashboard.unitCode(); // a team lead without a choice sees their own unit
            commentsWithoutScore = metrics.commentsWithoutScore(filter());
            lifecycle = null; // asked for when its deferred panel loads
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private OutcomeMetrics.Filter filter() {
        return new OutcomeMetrics.Filter(from, to, Set.copyOf(touchpoints), blankToNull(unitCode), segmentId, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The dashboard's filters as the query string of the API's export, for the download links. */
    public String getExportQuery() {
        StringBuilder query =
                new StringBuilder("from=").append(from).append("&to=").append(to);
        if (blankToNull(unitCode) != null) {
            query.append("&unit=").append(URLEncoder.encode(unitCode, StandardCharsets.UTF_8));
        }
        if (segmentId != null) {
            query.append("&segment=").append(segmentId);
        }
        touchpoints.forEach(t -> query.append("&touchpoint=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** Chart.js: NPS and CSAT % per period of the trend; withheld values leave gaps. */
    public String getTrendChart() {
        DateTimeFormatter label =
                DateTimeFormatter.ofPattern(dashboard.monthly() ? "MMM yyyy" : "d MMM", messagesLocale());
        List<OutcomeMetrics.Point> trend = dashboard.trend();
        return ChartJs.line()
                .suggested(-20, 100)
                .labels(trend.stream().map(p -> p.start().format(label)).toList())
                .series(
                        messages.text("outcomes.nps"),
                        trend.stream().map(p -> shown(p.figures().nps())).toList(),
                        "#0f766e")
                .series(
                        messages.text("outcomes.csatPercent"),
                        trend.stream()
                                .map(p -> shown(p.figures().csatPercent()))
                                .toList(),
                        "#2563eb")
                .toJson();
    }

    private Locale messagesLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The value when enough responses back it; null (a gap) otherwise. */
    private static BigDecimal shown(MetricValue value) {
        return value.enough() ? value.value() : null;
    }

    public OutcomeMetrics.Dashboard getDashboard() {
        return dashboard;
    }

    /**
     * The lifecycle table: the whole filter first, then each unit directly below it. It reads the
     * responses themselves, so the page loads it after the figures (a deferred panel).
     */
    public List<OutcomeMetrics.UnitStages> getLifecycleRows() {
        if (dashboard == null) {
            return List.of();
        }
        if (lifecycle == null) {
            try {
                lifecycle = metrics.lifecycle(filter());
            } catch (BusinessException refused) {
                messages.error(refused);
                return List.of();
            }
        }
        List<OutcomeMetrics.UnitStages> rows = new ArrayList<>();
        rows.add(new OutcomeMetrics.UnitStages(
                dashboard.unitCode(), messages.text("outcomes.allServed"), lifecycle.served()));
        rows.addAll(lifecycle.byUnit());
        return rows;
    }

    public LazyDataModel<OutcomeQueries.ResponseRow> getResponses() {
        return responses;
    }

    public boolean isWholeCompanyVisible() {
        return metrics.wholeCompanyVisible();
    }

    public List<OutcomeMetrics.Choice> getUnits() {
        if (units == null) {
            units = metrics.unitChoices();
        }
        return units;
    }

    public List<OutcomeMetrics.Choice> getSegments() {
        if (segments == null) {
            segments = metrics.segmentChoices();
        }
        return segments;
    }

    public List<OutcomeMetrics.Choice> getTouchpointChoices() {
        if (touchpointChoices == null) {
            touchpointChoices = metrics.touchpointChoices();
        }
        return touchpointChoices;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public List<String> getTouchpoints() {
        return touchpoints;
    }

    public void setTouchpoints(List<String> touchpoints) {
        this.touchpoints = touchpoints == null ? new ArrayList<>() : new ArrayList<>(touchpoints);
    }

    /** Responses of the filter that give only a comment: in no figure, so not in the list either. */
    public long getCommentsWithoutScore() {
        return commentsWithoutScore;
    }

    /** The responses behind the figures, paged by the database. */
    private class Responses extends LazyDataModel<OutcomeQueries.ResponseRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) metrics.responses(filter(), new PageRequest(0, 1)).total();
        }

        @Override
        public List<OutcomeQueries.ResponseRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page = metrics.responses(filter(), new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }
    }
}
