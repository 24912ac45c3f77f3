package com.cxcentric.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration, written as JSON for {@code p:chart}: labels plus named series of
 * numbers (a null is a gap). Line charts for trends, bar charts (optionally stacked or horizontal)
 * for comparisons; colours come from one palette so every page looks alike.
 *
 * <p>{@code p:chart} writes this JSON verbatim into an inline script, and its labels are names
 * people typed (units, segments, courses, competencies, touchpoints). {@link #toJson()} therefore
 * writes {@code <}, {@code >}, {@code &} and the JavaScript line terminators U+2028/U+2029
 * as Unicode escapes: the same strings to a JSON or JavaScript parser, but nothing an HTML parser
 * could read as the end of the script.
 */
public final class ChartJs {

    public static final List<String> PALETTE =
            List.of("#0f766e", "#2563eb", "#d97706", "#7c3aed", "#db2777", "#64748b", "#059669", "#dc2626");

    private final String type;
    private final List<String> labels = new ArrayList<>();
    private final List<JsonObjectBuilder> series = new ArrayList<>();
    private boolean stacked;
    private boolean horizontal;
    private Integer max;
    private Integer suggestedMin;
    private Integer suggestedMax;
    private boolean filled;
    private boolean legend = true;

    private ChartJs(String type) {
        this.type = type;
    }

    public static ChartJs line() {
        return new ChartJs("line");
    }

    public static ChartJs bars() {
        return new ChartJs("bar");
    }

    public ChartJs labels(List<String> names) {
        labels.addAll(names);
        return this;
    }

    /** Stacks the series on top of each other (bars). */
    public ChartJs stacked() {
        stacked = true;
        return this;
    }

    /** Bars run from left to right, one row per label. */
    public ChartJs horizontal() {
        horizontal = true;
        return this;
    }

    /** Fixes the value axis at 0 to {@code top}, for percentages. */
    public ChartJs upTo(int top) {
        max = top;
        return this;
    }

    /** Lets the value axis grow from {@code low} to {@code high} at least, for example NPS from -20 to 100. */
    public ChartJs suggested(int low, int high) {
        suggestedMin = low;
        suggestedMax = high;
        return this;
    }

    /** Fills the area under each line with a light shade of its colour. */
    public ChartJs filled() {
        filled = true;
        return this;
    }

    /** Shows no legend: the page explains the chart in words beside it. */
    public ChartJs noLegend() {
        legend = false;
        return this;
    }

    /**
     * A shaded band between two lines drawn without their own lines or points, for an interval
     * around the series that follows it (a null is a gap).
     */
    public ChartJs band(List<? extends Number> low, List<? extends Number> high, String color) {
        series.add(Json.createObjectBuilder()
                .add("label", "")
                .add("data", numbers(low))
                .add("borderColor", "transparent")
                .add("pointRadius", 0)
                .add("fill", false));
        series.add(Json.createObjectBuilder()
                .add("label", "")
                .add("data", numbers(high))
                .add("borderColor", "transparent")
                .add("backgroundColor", color + "33")
                .add("pointRadius", 0)
                .add("fill", "-1"));
        return this;
    }

    /** One bar series with every bar in its own colour of the palette (a mix rather than a comparison). */
    public ChartJs colouredBars(String name, List<? extends Number> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        series.add(Json.createObjectBuilder()
                .add("label", name)
                .add("data", numbers(values))
                .add("backgroundColor", colours));
        return this;
    }

    /** One series in the next colour of the palette. */
    public ChartJs series(String name, List<? extends Number> values) {
        return series(name, values, PALETTE.get(series.size() % PALETTE.size()));
    }

    public ChartJs series(String name, List<? extends Number> values, String color) {
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", name)
                .add("data", numbers(values))
                .add("borderColor", color)
                .add("backgroundColor", filled ? color + "1f" : color);
        if (filled) {
            dataset.add("fill", true);
        }
        if ("line".equals(type)) {
            // Monotone curves never overshoot 0 or 100 %; a month without data stays a gap.
            dataset.add("cubicInterpolationMode", "monotone")
                    .add("pointRadius", 3)
                    .add("spanGaps", false);
        }
        series.add(dataset);
        return this;
    }

    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
                data.add(value.doubleValue());
            } else {
                data.add(value.longValue());
            }
        }
        return data;
    }

    /** The configuration as JSON that is safe to place inside an HTML {@code <script>} element. */
    public String toJson() {
        return forScript(configuration());
    }

    /**
     * Escapes the characters of a JSON text that HTML or JavaScript would read differently inside
     * a script element. They can only occur inside JSON strings, where the escape means the same.
     */
    static String forScript(String json) {
        var safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private String configuration() {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach(datasets::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("stacked", stacked)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        if (max != null) {
            valueAxis.add("max", max);
        }
        if (suggestedMin != null) {
            valueAxis.add("suggestedMin", suggestedMin).add("suggestedMax", suggestedMax);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend && series.size() > 1)))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(horizontal ? "x" : "y", valueAxis)
                                .add(
                                        horizontal ? "y" : "x",
                                        Json.createObjectBuilder().add("stacked", stacked)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}
