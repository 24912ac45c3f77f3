package com.cxcentric.outcomes.entity;

import java.util.List;
import java.util.Locale;

/**
 * A survey-response property a CSV column can hold, with the JSON property it becomes, how its
 * cells are read, and the header names (lower case, letters and digits only) that map to it
 * without being told.
 */
public enum FeedbackCsvField {
    EXTERNAL_ID("externalId", Kind.TEXT, List.of("externalid", "id", "responseid", "surveyid", "recordid")),
    CUSTOMER_REF("customerRef", Kind.TEXT, List.of("customerref", "customer", "customerid", "respondentid")),
    OCCURRED_AT(
            "occurredAt",
            Kind.MOMENT,
            List.of("occurredat", "date", "enddate", "recordeddate", "submittedat", "timestamp")),
    TOUCHPOINT("touchpoint", Kind.TEXT, List.of("touchpoint", "channel")),
    EMPLOYEES("employees", Kind.LIST, List.of("employees", "employee", "employeenumber", "agent", "staff")),
    NPS("nps", Kind.NUMBER, List.of("nps", "recommend", "likelihoodtorecommend")),
    CSAT("csat", Kind.NUMBER, List.of("csat", "satisfaction")),
    CES("ces", Kind.NUMBER, List.of("ces", "effort", "customereffort")),
    COMMENT("comment", Kind.TEXT, List.of("comment", "comments", "feedback", "verbatim")),
    TAGS("tags", Kind.LIST, List.of("tags", "tag"));

    /** How a cell turns into the JSON property. */
    public enum Kind {
        /** as text */
        TEXT,
        /** a whole number when it is one, else the text (which the record check then refuses) */
        NUMBER,
        /** a date-time; without an offset it is read in the company's time zone */
        MOMENT,
        /** a list split at ; , or | */
        LIST
    }

    private final String property;
    private final Kind kind;
    private final List<String> aliases;

    FeedbackCsvField(String property, Kind kind, List<String> aliases) {
        this.property = property;
        this.kind = kind;
        this.aliases = aliases;
    }

    public String property() {
        return property;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a header names this field without a saved mapping. */
    public boolean recognises(String header) {
        return aliases.contains(header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
    }
}
