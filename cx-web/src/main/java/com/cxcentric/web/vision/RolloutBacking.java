package com.cxcentric.web.vision;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rollout.Formula;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.RolloutHeatmap;
import com.cxcentric.vision.boundary.RolloutHeatmap.Heatmap;
import com.cxcentric.vision.control.RolloutFold.Cell;
import com.cxcentric.vision.control.RolloutFold.Row;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.Formats;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    @Inject
    private Formats formats;

    private Heatmap heatmap;

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
        if (value == null) {
            return "–";
        }
        return switch (formula) {
            case PERCENT -> round(value, 0) + " %";
            case PER_HEAD -> round(value, 1);
            case COUNT -> round(value, 0);
            case SCORE_CHANGE -> (value > 0 ? "+" : "") + round(value, 1);
        };
    }

    private String round(double value, int decimals) {
        return formats.decimal(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}
