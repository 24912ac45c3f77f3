package com.cxcentric.web.vision;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.RolloutHeatmap;
import com.cxcentric.vision.boundary.RolloutHeatmap.Heatmap;
import com.cxcentric.vision.control.RolloutChanges;
import com.cxcentric.vision.control.RolloutFold.Cell;
import com.cxcentric.vision.control.RolloutFold.Row;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.api.RolloutFigures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The rollout heatmap page ({@code /vision/rollout.xhtml?unit=…}): one level of the org tree at a
 * time, each row a link one level down; figures formatted by their formula, grey cells explained.
 */
@Named
@RequestScoped
public class RolloutBacking {

    @Inject
    private RolloutHeatmap heatmaps;

    @Inject
    private FacesMessages messages;

    private Heatmap heatmap;
    private RolloutChanges.Changes thisMonth;

    @PostConstruct
    void load() {
        String unit = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("unit");
        Long unitId = null;
        if (unit != null && unit.matches("\\d{1,18}")) {
            unitId = Long.valueOf(unit);
        }
        try {
            heatmap = heatmaps.heatmap(unitId);
        } catch (BusinessException refused) {
            messages.error(refused);
            heatmap = heatmaps.heatmap(null);
        }
    }

    /** Whether the caller sees the whole company (HR, leadership, administrators), not only the units they lead. */
    public boolean isCompanyWide() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.HR_NAME)
                || external.isUserInRole(Role.EXECUTIVE_NAME)
                || external.isUserInRole(Role.ADMIN_NAME);
    }

    /** The board pack of what the page shows, as a download in the viewer's language. */
    public String boardPackUrl(String format) {
        String unit = heatmap.path().isEmpty()
                ? ""
                : "&unit=" + heatmap.path().get(heatmap.path().size() - 1).unitId();
        return "/api/v1/vision/rollout/board-pack?format=" + format + "&lang="
                + FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage() + unit;
    }

    /** What moved this month, for the executive's home page. */
    public RolloutChanges.Changes getThisMonth() {
        if (thisMonth == null) {
            thisMonth = heatmaps.thisMonth();
        }
        return thisMonth;
    }

    public Heatmap getHeatmap() {
        return heatmap;
    }

    /** The three rows furthest behind their targets. */
    public List<Row> getFurthestBehind() {
        return heatmap.furthestBehind(3);
    }

    /** A cell's figure as people read it: "87 %", "1.4", "+4.2"; a dash without data. */
    public String figure(RolloutDimension dimension, Cell cell) {
        return figure(dimension.formula(), cell.value());
    }

    /** A target as people read it. */
    public String target(RolloutDimension dimension) {
        return figure(dimension.formula(), dimension.target());
    }

    /** What a cell rests on and is judged against, for its tooltip. */
    public String tooltip(RolloutDimension dimension, Cell cell) {
        if (cell.sample() < cell.minimumSample()) {
            return messages.text("rollout.tooltip.tooLittle", cell.sample(), cell.minimumSample(), target(dimension));
        }
        return messages.text("rollout.tooltip", figure(dimension, cell), target(dimension), cell.sample());
    }

    private String figure(Formula formula, Double value) {
        return RolloutFigures.text(
                formula, value, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
