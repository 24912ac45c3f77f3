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

    private static FeedbackCsv.Table exported(String name) throws Exception {
        try (var in = FeedbackCsvTest.class.getResourceAsStream("/exports/" + name)) {
            return FeedbackCsv.read(in.readAllBytes(), 0);
        }
    }

    @Test
    void aQualtricsExportsQuestionAndImportIdRowsAreRecognisedAndItsColumnsByTheirQuestions() throws Exception {
        var table = exported("qualtrics-service-survey.csv");

        int descriptive = FeedbackCsv.descriptiveRows(table);
        var mapping = FeedbackCsv.recognise(table.headers(), FeedbackCsv.questions(table, descriptive));

        assertEquals(2, descriptive);
        assertEquals("ResponseId", mapping.get(FeedbackCsvField.EXTERNAL_ID));
        assertEquals("ExternalReference", mapping.get(FeedbackCsvField.CUSTOMER_REF));
        assertEquals("RecordedDate", mapping.get(FeedbackCsvField.OCCURRED_AT));
        assertEquals("Channel", mapping.get(FeedbackCsvField.TOUCHPOINT), "not DistributionChannel");
        assertEquals("AgentId", mapping.get(FeedbackCsvField.EMPLOYEES));
        assertEquals("Q_NPS", mapping.get(FeedbackCsvField.NPS));
        assertEquals("Q_CSAT", mapping.get(FeedbackCsvField.CSAT));
        assertEquals("Q_CES", mapping.get(FeedbackCsvField.CES));
        assertEquals("Q_Comment", mapping.get(FeedbackCsvField.COMMENT));
        assertFalse(mapping.containsKey(FeedbackCsvField.TAGS));
    }

    @Test
    void exportsWhoseHeadersAreTheQuestionsNeedNoDescriptiveRows() {
        // Google Forms and Typeform write the question as the header and nothing under it.
        String forms = "Timestamp,How likely are you to recommend Lumen to a friend?,How satisfied are you with our"
                + " service?,Which channel did you use?,Your agent's number,Why did you give this score?\n"
                + "2026/10/01 10:12:01,9,5,Store,E00010,Quick and kind\n"
                + "2026/10/01 11:40:55,4,2,Phone,E00011,Waited an hour\n";
        var table = FeedbackCsv.read(forms.getBytes(StandardCharsets.UTF_8), 0);

        var mapping = FeedbackCsv.recognise(table.headers(), FeedbackCsv.questions(table, 0));

        assertEquals(0, FeedbackCsv.descriptiveRows(table));
        assertEquals("Timestamp", mapping.get(FeedbackCsvField.OCCURRED_AT));
        assertEquals("How likely are you to recommend Lumen to a friend?", mapping.get(FeedbackCsvField.NPS));
        assertEquals("How satisfied are you with our service?", mapping.get(FeedbackCsvField.CSAT));
        assertEquals("Which channel did you use?", mapping.get(FeedbackCsvField.TOUCHPOINT));
        assertEquals("Your agent's number", mapping.get(FeedbackCsvField.EMPLOYEES));
        assertEquals("Why did you give this score?", mapping.get(FeedbackCsvField.COMMENT));
    }

    @Test
    void aSurveyMonkeyStyleSecondHeaderRowIsDescriptiveAndAResponseIsNot() {
        String monkey = "Respondent ID,End Date,How likely is it that you would recommend us?,Open-Ended Response\n"
                + ",,Response,Open-Ended Response\n"
                + "11401,10/01/2026 10:12:01 AM,10,Great\n"
                + "11402,10/01/2026 11:12:01 AM,7,Fine\n"
                + "11403,10/02/2026 09:00:00 AM,3,Slow\n"
                + "11404,10/02/2026 09:30:00 AM,8,\n";
        var table = FeedbackCsv.read(monkey.getBytes(StandardCharsets.UTF_8), 0);

        assertEquals(1, FeedbackCsv.descriptiveRows(table));
        assertEquals("2026-10-01T22:12:01+07:00", FeedbackCsv.moment("10/01/2026 10:12:01 PM", JAKARTA));
        assertEquals(
                "Respondent ID",
                FeedbackCsv.recognise(table.headers(), List.of()).get(FeedbackCsvField.EXTERNAL_ID));
    }

    @Test
    void aMedalliaStyleExportIsRecognisedByItsHeaders() {
        String medallia = "Survey ID;Response Date;Channel;Employee ID;Likelihood to Recommend;Overall Satisfaction;"
                + "Ease of Resolution;Comments\n"
                + "MD-1001;2026-10-01 09:30;Store;E00010;9;5;6;Quick and friendly\n"
                + "MD-1002;2026-10-01 10:45;Phone;E00011;3;2;2;Had to call three times\n";
        var table = FeedbackCsv.read(medallia.getBytes(StandardCharsets.UTF_8), 0);

        var mapping = FeedbackCsv.recognise(table.headers(), FeedbackCsv.questions(table, 0));

        assertEquals(0, FeedbackCsv.descriptiveRows(table));
        assertEquals("Survey ID", mapping.get(FeedbackCsvField.EXTERNAL_ID));
        assertEquals("Response Date", mapping.get(FeedbackCsvField.OCCURRED_AT));
        assertEquals("Channel", mapping.get(FeedbackCsvField.TOUCHPOINT));
        assertEquals("Employee ID", mapping.get(FeedbackCsvField.EMPLOYEES));
        assertEquals("Likelihood to Recommend", mapping.get(FeedbackCsvField.NPS));
        assertEquals("Overall Satisfaction", mapping.get(FeedbackCsvField.CSAT));
        assertEquals("Comments", mapping.get(FeedbackCsvField.COMMENT));
    }
}
