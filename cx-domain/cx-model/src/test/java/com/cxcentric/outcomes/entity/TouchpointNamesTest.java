package com.cxcentric.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TouchpointNamesTest {

    private static final Map<String, String> TOUCHPOINTS =
            Map.of("STORE", "Store visit", "PHONE", "Phone call", "FIELD_SERVICE", "Installation and repair visit");

    @Test
    void readsCodesInAnyCaseAndNamesAsPeopleWriteThem() {
        var names = new TouchpointNames(TOUCHPOINTS, Map.of());

        assertEquals(Optional.of("STORE"), names.codeOf("STORE"));
        assertEquals(Optional.of("STORE"), names.codeOf("Store"));
        assertEquals(Optional.of("PHONE"), names.codeOf(" phone "));
        assertEquals(Optional.of("PHONE"), names.codeOf("Phone Call"));
        assertEquals(Optional.of("FIELD_SERVICE"), names.codeOf("field service"));
        assertEquals(Optional.of("FIELD_SERVICE"), names.codeOf("Installation  and repair visit"));
    }

    @Test
    void aSourcesOwnValuesComeBeforeTheLooseReading() {
        var names = new TouchpointNames(TOUCHPOINTS, Map.of("Hotline", "PHONE", "Showroom", "STORE", "Phone", "STORE"));

        assertEquals(Optional.of("PHONE"), names.codeOf("hotline"));
        assertEquals(Optional.of("STORE"), names.codeOf("SHOWROOM"));
        assertEquals(Optional.of("STORE"), names.codeOf("phone"), "the source says its 'Phone' is the store line");
        assertEquals(Optional.of("PHONE"), names.codeOf("PHONE"), "a code is always itself");
    }

    @Test
    void aValueThatNamesNoTouchpointStaysUnknown() {
        var names = new TouchpointNames(TOUCHPOINTS, Map.of("Kiosk", "RETIRED_CODE"));

        assertTrue(names.codeOf("Carrier pigeon").isEmpty());
        assertTrue(names.codeOf("Kiosk").isEmpty(), "a mapping to a touchpoint that is not active is ignored");
        assertTrue(names.codeOf("").isEmpty());
        assertTrue(names.codeOf(null).isEmpty());
    }
}
