package com.cxcentric.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.cxcentric.outcomes.entity.FeedbackCsvField;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV rows of survey responses as the records the ingestion judges. */
class FeedbackCsvTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final String EXPORT = "ResponseId;EndDate;Channel;Staff;NPS;Satisfaction;Comments;Tags\n"
            + "Response ID;End Date;Channel;Staff;How likely…;How satisfied…;Anything else?;Labels\n"
            + "R-1;2026-03-31 14:05;PHONE;E1, E2;9;4;Great;a|b\n"
            + "\n"
            + "R-2;2026-03-31T14:05:00+02:00;STORE;;nine;;;\n";

    @Test
    void headersAreRecognisedByName() {
        var table = FeedbackCsv.read(EXPORT.getBytes(StandardCharsets.UTF_8), 1);

        Map<FeedbackCsvField, String> mapping = FeedbackCsv.recognise(table.headers());

        assertEquals("ResponseId", mapping.get(FeedbackCsvField.EXTERNAL_ID));
        assertEquals("EndDate", mapping.get(FeedbackCsvField.OCCURRED_AT));
        assertEquals("Channel", mapping.get(FeedbackCsvField.TOUCHPOINT));
        assertEquals("Staff", mapping.get(FeedbackCsvField.EMPLOYEES));
        assertEquals("Satisfaction", mapping.get(FeedbackCsvField.CSAT));
        assertFalse(mapping.containsKey(FeedbackCsvField.CUSTOMER_REF));
    }

    @Test
    void rowsBecomeRecordsKeepingTheirRowNumberInTheFile() {
        var table = FeedbackCsv.read(EXPORT.getBytes(StandardCharsets.UTF_8), 1);

        List<FeedbackCsv.Line> lines = FeedbackCsv.records(table, FeedbackCsv.recognise(table.headers()), JAKARTA);

        assertEquals(2, lines.size(), "the descriptive row and the empty line are no records");
        assertEquals(3, lines.get(0).number());
        assertEquals(
                4,
                lines.get(1).number(),
                "rows are the file's records, as the employee import counts them: a blank line is none");
        var first = lines.get(0).record();
        assertEquals("2026-03-31T14:05+07:00", first.getString("occurredAt"), "a local time is the company's");
        assertEquals(
                List.of("E1", "E2"), first.getJsonArray("employees").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(9, first.getInt("nps"));
        assertEquals(List.of("a", "b"), first.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
        var second = lines.get(1).record();
        assertEquals("2026-03-31T14:05+02:00", second.getString("occurredAt"), "an offset is kept");
        assertEquals("nine", second.getString("nps"), "left as text for the record check to refuse");
        assertFalse(second.containsKey("employees"), "an empty cell leaves the property out");
        assertFalse(second.containsKey("csat"));
    }

    @Test
    void aDateThatIsNoDateStaysAsItIsForTheCheckToRefuse() {
        assertEquals("yesterday", FeedbackCsv.moment("yesterday", JAKARTA));
        assertEquals("2026-03-31T14:05+07:00", FeedbackCsv.moment("31/03/2026 14:05", JAKARTA));
    }
}
