package com.cxcentric.outcomes.entity;

import java.util.List;
import java.util.Locale;

/**
 * A survey-response property a CSV column can hold, with the JSON property it becomes, how its
 * cells are read, the header names (lower case, letters and digits only) that map to it without
 * being told, and the words that give it away in a longer header or in the question text a survey
 * platform writes under the header (Qualtrics, SurveyMonkey, Medallia, Typeform, Google Forms).
 */
public enum FeedbackCsvField {
    EXTERNAL_ID(
            "externalId",
            Kind.TEXT,
            List.of(
                    "externalid",
                    "responseid",
                    "id",
                    "surveyid",
                    "recordid",
                    "respondentid",
                    "submissionid",
                    "networkid"),
            List.of("responseid", "respondentid", "submissionid")),
    CUSTOMER_REF(
            "customerRef",
            Kind.TEXT,
            List.of("customerref", "customer", "customerid", "externalreference", "customernumber"),
            List.of("customerid", "customernumber", "customerref", "accountnumber")),
    OCCURRED_AT(
            "occurredAt",
            Kind.MOMENT,
            List.of("occurredat", "recordeddate", "submittedat", "enddate", "date", "timestamp", "submitdate"),
            List.of("submitted", "completed", "recorded", "timestamp", "responsedate")),
    TOUCHPOINT(
            "touchpoint",
            Kind.TEXT,
            List.of("touchpoint", "channel"),
            List.of("touchpoint", "channel", "contactus", "branch")),
    EMPLOYEES(
            "employees",
            Kind.LIST,
            List.of("employees", "employee", "employeenumber", "agent", "agentid", "staff", "employeeid"),
            List.of("agent", "employee", "staff", "servedby", "advisor", "associate", "colleague")),
    NPS("nps", Kind.NUMBER, List.of("nps", "recommend", "likelihoodtorecommend"), List.of("recommend", "nps")),
    CSAT("csat", Kind.NUMBER, List.of("csat", "satisfaction"), List.of("satisf", "csat")),
    CES("ces", Kind.NUMBER, List.of("ces", "effort", "customereffort"), List.of("easy", "easier", "effort")),
    COMMENT(
            "comment",
            Kind.TEXT,
            List.of("comment", "comments", "feedback", "verbatim"),
            List.of("reason", "comment", "why", "tellus", "feedback", "verbatim", "anythingelse", "improve")),
    TAGS("tags", Kind.LIST, List.of("tags", "tag"), List.of("tags"));

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
    private final List<String> keywords;

    FeedbackCsvField(String property, Kind kind, List<String> aliases, List<String> keywords) {
        this.property = property;
        this.kind = kind;
        this.aliases = aliases;
        this.keywords = keywords;
    }

    public String property() {
        return property;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a header names this field without a saved mapping. */
    public boolean recognises(String header) {
        return aliases.contains(normalised(header));
    }

    /**
     * How strongly a header names this field: 0 for not at all, else higher for an alias earlier in
     * the list ({@code RecordedDate} before {@code EndDate}).
     */
    public int preference(String header) {
        int at = aliases.indexOf(normalised(header));
        return at < 0 ? 0 : aliases.size() - at;
    }

    /**
     * Whether a header or a survey question ("How likely are you to recommend us to a friend?")
     * speaks of this field. A distribution channel (how the survey was sent) is not the touchpoint.
     */
    public boolean speaksOf(String text) {
        String words = normalised(text);
        return !words.isEmpty()
                && !words.contains("distribution")
                && keywords.stream().anyMatch(words::contains);
    }

    private static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
