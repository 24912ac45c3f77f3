package com.cxcentric.web.hr;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.segmentation.boundary.Segments;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * /hr/segment.xhtml: one segment's size over time, its mix by contact level, department and
 * first-ranked motivator (Chart.js configurations written as JSON), and its members in a lazy
 * table searched, sorted and paged by the database.
 */
@Named
@ViewScoped
public class SegmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int HISTORY_WEEKS = 26;
    private static final String BRAND = "#0f766e";
    private static final List<String> PALETTE =
            List.of("#0f766e", "#2563eb", "#d97706", "#7c3aed", "#db2777", "#64748b", "#059669", "#dc2626");

    @Inject
    private Segments segments;

    @Inject
    private FacesMessages messages;

    @Inject
    private Formats formats;

    private Long id;
    private Segments.SegmentDetail detail;
    private Segments.Mix mix;
    private List<Segments.SizePoint> history;
    private String query;
    private final Members members = new Members();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = segments.detail(id);
            mix = segments.mix(id);
            history = segments.sizeOverTime(id, HISTORY_WEEKS);
        } catch (ResourceNotFoundException missing) {
            messages.error(missing);
            detail = null;
        }
    }

    /** Chart.js line chart: members at the end of each of the last 26 weeks. */
    public String getSizeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        history.forEach(p -> {
            labels.add(formats.date(p.day()));
            data.add(p.members());
        });
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", messages.text("segment.members"))
                .add("data", data)
                .add("borderColor", BRAND)
                .add("backgroundColor", "rgba(15,118,110,0.12)")
                .add("fill", true)
                .add("tension", 0.2)
                .add("pointRadius", 2);
        return chart("line", labels, Json.createArrayBuilder().add(dataset), false, true);
    }

    public String getContactLevelChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Map.Entry<ContactLevel, Long> level : mix.contactLevels().entrySet()) {
            labels.add(messages.text("ContactLevel." + level.getKey()));
            data.add(level.getValue());
        }
        return bars(labels, data, false);
    }

    public String getDepartmentChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Segments.Share share : mix.departments()) {
            labels.add(share.name().isEmpty() ? messages.text("segment.noDepartment") : share.name());
            data.add(share.count());
        }
        return bars(labels, data, true);
    }

    public String getMotivatorChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Map.Entry<Motivator, Long> motivator : mix.firstMotivators().entrySet()) {
            labels.add(messages.text("Motivator." + motivator.getKey()));
            data.add(motivator.getValue());
        }
        labels.add(messages.text("team.notRanked"));
        data.add(mix.notRanked());
        return bars(labels, data, true);
    }

    private String bars(JsonArrayBuilder labels, JsonArrayBuilder data, boolean horizontal) {
        JsonArrayBuilder colors = Json.createArrayBuilder();
        PALETTE.forEach(colors::add);
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", messages.text("segment.members"))
                .add("data", data)
                .add("backgroundColor", colors);
        return chart("bar", labels, Json.createArrayBuilder().add(dataset), horizontal, false);
    }

    private static String chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal, boolean beginAtZero) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        horizontal ? "x" : "y",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("precision", 0))));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    public LazyDataModel<Segments.MemberRow> getMembers() {
        return members;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Segments.SegmentDetail getDetail() {
        return detail;
    }

    public Segments.Mix getMix() {
        return mix;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** The lazy model: each page is one query for the rows and one for the count. */
    private class Members extends LazyDataModel<Segments.MemberRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) segments.members(id, query, Segments.MemberSort.NAME, true, new PageRequest(0, 1))
                    .total();
        }

        @Override
        public List<Segments.MemberRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Segments.MemberSort key = Segments.MemberSort.NAME;
            boolean ascending = true;
            for (SortMeta sort : sortBy.values()) {
                key = switch (sort.getField()) {
                    case "number" -> Segments.MemberSort.NUMBER;
                    case "unit" -> Segments.MemberSort.UNIT;
                    case "jobTitle" -> Segments.MemberSort.JOB_TITLE;
                    case "contactLevel" -> Segments.MemberSort.CONTACT_LEVEL;
                    case "joinedOn" -> Segments.MemberSort.JOINED_ON;
                    default -> Segments.MemberSort.NAME;};
                ascending = sort.getOrder() != SortOrder.DESCENDING;
            }
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page = segments.members(id, query, key, ascending, new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Segments.MemberRow row) {
            return row.employeeNumber();
        }
    }
}
