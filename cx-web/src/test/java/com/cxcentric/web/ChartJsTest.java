package com.cxcentric.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsTest {

    private static final String ATTACK = "</script><script>alert(1)</script> & <!-- \u2028\u2029";

    @Test
    void namesPeopleTypedCannotCloseTheInlineScript() {
        String json = ChartJs.bars()
                .labels(List.of(ATTACK, "Store & Café"))
                .series(ATTACK, List.of(1, 2))
                .toJson();

        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028"), json);
        assertFalse(json.contains("\u2029"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
    }

    @Test
    void theEscapedJsonStillReadsAsTheSameNames() {
        String json = ChartJs.line()
                .labels(List.of(ATTACK))
                .series(ATTACK, List.of(3))
                .toJson();

        var config = Json.createReader(new StringReader(json)).readObject();
        var data = config.getJsonObject("data");
        assertEquals(ATTACK, data.getJsonArray("labels").getString(0));
        assertEquals(ATTACK, data.getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals(
                3,
                data.getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getInt(0));
    }

    @Test
    void escapesOnlyWhatAScriptElementWouldMisread() {
        assertEquals("{\"a\":\"\\u003cb\\u003e \\u0026 ok\"}", ChartJs.forScript("{\"a\":\"<b> & ok\"}"));
        assertEquals("[1,null,\"plain\"]", ChartJs.forScript("[1,null,\"plain\"]"));
    }

    @Test
    void anIntervalBandFillsFromItsLowLineToItsHighLineWithoutALegend() {
        String json = ChartJs.line()
                .labels(List.of("-1", "0", "1"))
                .noLegend()
                .band(java.util.Arrays.asList(-1.5, null, 2.0), List.of(1.5, 3.0, 9.5), "#0f766e")
                .series("Effect", java.util.Arrays.asList(0.0, null, 5.8), "#0f766e")
                .toJson();

        var config = Json.createReader(new StringReader(json)).readObject();
        var datasets = config.getJsonObject("data").getJsonArray("datasets");
        assertEquals(3, datasets.size());
        assertFalse(datasets.getJsonObject(0).getBoolean("fill"));
        assertEquals("-1", datasets.getJsonObject(1).getString("fill"), "the high line fills down to the low one");
        assertTrue(datasets.getJsonObject(0).getJsonArray("data").isNull(1), "a month without an interval is a gap");
        assertFalse(config.getJsonObject("options")
                .getJsonObject("plugins")
                .getJsonObject("legend")
                .getBoolean("display"));
    }
}
