package com.cxcentric.web.hr;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.segmentation.boundary.SegmentFigures;
import com.cxcentric.segmentation.boundary.Segments;
import com.cxcentric.web.ChartJs;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
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

    @Inject
    private Segments segments;

    @Inject
    private SegmentFigures figures;

    @Inject
    private FacesMessages messages;

    @Inject
    private Formats formats;

    private Long id;
    private Segments.SegmentDetail detail;
    private SegmentFigures.Mix mix;
    private List<SegmentFigures.SizePoint> history;
    private String query;
    private final Members members = new Members();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = segments.detail(id);
            mix = figures.mix(id);
            history = figures.sizeOverTime(id, HISTORY_WEEKS);
        } catch (ResourceNotFoundException missing) {
            messages.error(missing);
            detail = null;
        }
    }

    /** Chart.js line chart: members at the end of each of the last 26 weeks. */
    public String getSizeChart() {
        return ChartJs.line()
                .filled()
                .labels(history.stream().map(p -> formats.date(p.day())).toList())
                .series(
                        messages.text("segment.members"),
                        history.stream().map(p -> p.members()).toList())
                .toJson();
    }

    public String getContactLevelChart() {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Map.Entry<ContactLevel, Long> level : mix.contactLevels().entrySet()) {
            labels.add(messages.text("ContactLevel." + level.getKey()));
            counts.add(level.getValue());
        }
        return ChartJs.bars()
                .labels(labels)
                .colouredBars(messages.text("segment.members"), counts)
                .toJson();
    }

    public String getDepartmentChart() {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (SegmentFigures.Share share : mix.departments()) {
            labels.add(share.name().isEmpty() ? messages.text("segment.noDepartment") : share.name());
            counts.add(share.count());
        }
        return ChartJs.bars()
                .horizontal()
                .labels(labels)
                .colouredBars(messages.text("segment.members"), counts)
                .toJson();
    }

    public String getMotivatorChart() {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Map.Entry<Motivator, Long> motivator : mix.firstMotivators().entrySet()) {
            labels.add(messages.text("Motivator." + motivator.getKey()));
            counts.add(motivator.getValue());
        }
        labels.add(messages.text("team.notRanked"));
        counts.add(mix.notRanked());
        return ChartJs.bars()
                .horizontal()
                .labels(labels)
                .colouredBars(messages.text("segment.members"), counts)
                .toJson();
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

    public SegmentFigures.Mix getMix() {
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
