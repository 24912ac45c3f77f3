package com.cxcentric.web.api;

import com.cxcentric.outcomes.boundary.OutcomeMetrics;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The filters every outcomes endpoint takes: {@code from} and {@code to} (required, both days
 * included), optionally {@code unit} (an org unit and everything below it), {@code segment},
 * {@code employee} and {@code touchpoint} (repeatable).
 */
public class OutcomeFilterParameters {

    @QueryParam("from")
    private String from;

    @QueryParam("to")
    private String to;

    @QueryParam("touchpoint")
    private List<String> touchpoints;

    @QueryParam("unit")
    private String unit;

    @QueryParam("segment")
    private Long segment;

    @QueryParam("employee")
    private String employee;

    /**
     * The filter these parameters describe.
     *
     * @throws BadRequestException for a missing or malformed date
     */
    public OutcomeMetrics.Filter toFilter() {
        return new OutcomeMetrics.Filter(
                date("from", from),
                date("to", to),
                touchpoints == null ? Set.of() : Set.copyOf(touchpoints),
                blankToNull(unit),
                segment,
                blankToNull(employee));
    }

    /** The period as "from-to", for file names. */
    public String period() {
        return from + "-" + to;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static LocalDate date(String name, String text) {
        if (text == null) {
            throw ParameterException.missing(name, "2026-01-31");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            throw ParameterException.invalid(name, "a date such as 2026-01-31", text);
        }
    }
}
