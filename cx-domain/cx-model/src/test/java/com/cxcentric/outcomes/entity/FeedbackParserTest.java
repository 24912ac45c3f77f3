package com.cxcentric.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each record judged on its own: what is accepted, and every refusal with its field and reason. */
class FeedbackParserTest {

    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private final FeedbackParser parser = new FeedbackParser(Set.of("STORE", "PHONE"), NOW);

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readValue();
    }

    private FeedbackRejection refused(String record) {
        var result = parser.parse(3, json(record));
        assertNull(result.record(), () -> "accepted " + record);
        assertEquals(3, result.rejection().index());
        return result.rejection();
    }

    private static final String VALID =
            "{'externalId':'S-1','customerRef':'c-81','occurredAt':'2026-11-20T10:15:00+07:00',"
                    + "'touchpoint':'STORE','employees':['E2','E1','E2'],'nps':9,'csat':4,'ces':6,'comment':'Helpful <b>staff</b>',"
                    + "'tags':['delivery','price']}";

    @Test
    void acceptsAFullRecordWithEmployeesSortedOnce() {
        FeedbackRecord record = parser.parse(0, json(VALID)).feedback();

        assertNotNull(record);
        assertEquals(List.of("E1", "E2"), record.employees());
        assertEquals("E1,E2", record.attributionKey());
        assertEquals(Instant.parse("2026-11-20T03:15:00Z"), record.occurredAt());
        assertEquals(ScoreCounts.of(9, 4, 6), record.scores());
        assertEquals("Helpful <b>staff</b>", record.comment(), "stored as sent; the portal escapes it");
        assertEquals("delivery,price", record.tagText());
    }

    @Test
    void theSameRecordHasTheSameHashAndAnyChangeAnotherOne() {
        FeedbackRecord record = parser.parse(0, json(VALID)).feedback();
        FeedbackRecord again = parser.parse(1, json(VALID)).feedback();
        FeedbackRecord changed =
                parser.parse(2, json(VALID.replace("'nps':9", "'nps':10"))).feedback();

        assertEquals(record.contentHash(), again.contentHash());
        assertNotEquals(record.contentHash(), changed.contentHash());
    }

    @Test
    void refusesScoresOutOfRangeOrNotWhole() {
        assertEquals("nps", refused(VALID.replace("'nps':9", "'nps':11")).field());
        assertTrue(refused(VALID.replace("'nps':9", "'nps':11")).reason().contains("0 to 10"));
        assertEquals("csat", refused(VALID.replace("'csat':4", "'csat':0")).field());
        assertEquals("ces", refused(VALID.replace("'ces':6", "'ces':8")).field());
        assertEquals("nps", refused(VALID.replace("'nps':9", "'nps':8.5")).field());
        assertEquals("csat", refused(VALID.replace("'csat':4", "'csat':'4'")).field());
    }

    @Test
    void refusesAnUnknownTouchpointNamingTheKnownOnes() {
        FeedbackRejection rejection = refused(VALID.replace("'touchpoint':'STORE'", "'touchpoint':'FAX'"));

        assertEquals("touchpoint", rejection.field());
        assertTrue(
                rejection.reason().contains("'FAX'") && rejection.reason().contains("PHONE, STORE"),
                rejection.reason());
    }

    @Test
    void refusesADateInTheFutureButToleratesClockSkew() {
        assertEquals(
                "occurredAt",
                refused(VALID.replace("2026-11-20T10:15:00+07:00", "2026-11-23T12:30:00+07:00"))
                        .field());
        assertNotNull(parser.parse(0, json(VALID.replace("2026-11-20T10:15:00+07:00", "2026-11-23T12:03:00+07:00")))
                .record());
        assertEquals(
                "occurredAt",
                refused(VALID.replace("2026-11-20T10:15:00+07:00", "20/11/2026"))
                        .field());
    }

    @Test
    void refusesAMissingExternalIdOrOccurrence() {
        assertEquals(
                "externalId", refused(VALID.replace("'externalId':'S-1',", "")).field());
        assertEquals("externalId", refused(VALID.replace("'S-1'", "'  '")).field());
        assertEquals(
                "occurredAt",
                refused(VALID.replace("'occurredAt':'2026-11-20T10:15:00+07:00',", ""))
                        .field());
    }

    @Test
    void refusesPersonalCustomerDataInTheReference() {
        assertTrue(
                refused(VALID.replace("'c-81'", "'ana@example.com'")).reason().contains("e-mail"));
        assertTrue(
                refused(VALID.replace("'c-81'", "'+62 812 3456 7890'")).reason().contains("phone"));
    }

    @Test
    void refusesUnknownPropertiesAndRecordsWithoutAnyScoreOrComment() {
        FeedbackRejection unknown = refused(VALID.replace("'nps':9", "'nps':9,'email':'x'"));
        FeedbackRejection empty =
                refused("{'externalId':'S-2','occurredAt':'2026-11-20T10:15:00+07:00','touchpoint':'STORE'}");

        assertEquals("email", unknown.field());
        assertEquals("S-1", unknown.externalId());
        assertNull(empty.field());
        assertTrue(empty.reason().contains("no score"));
        assertEquals("must be a JSON object", refused("[1, 2]").reason());
    }

    @Test
    void refusesMalformedEmployeeNumbersAndTooManyTags() {
        assertEquals(
                "employees",
                refused(VALID.replace("['E2','E1','E2']", "['E 1']")).field());
        assertEquals(
                "tags",
                refused(VALID.replace("['delivery','price']", "['a','b','c','d','e','f','g','h','i','j','k']"))
                        .field());
    }

    // --- complaints, compliments and service events ---

    private final FeedbackParser ledger = new FeedbackParser(
            Set.of("STORE", "PHONE"),
            java.util.Map.of(
                    "CALLBACK_30M",
                    new StandardTarget("CALLBACK_30M", "PHONE", true, new java.math.BigDecimal("30"), "MINUTES")),
            NOW);

    private static final String COMPLAINT = "{'type':'complaint','externalId':'C-1','customerRef':'c-9',"
            + "'occurredAt':'2026-11-20T10:00:00+07:00','touchpoint':'PHONE','owner':'E7','category':'No call-back',"
            + "'severity':'high','firstResponseAt':'2026-11-20T11:00:00+07:00','resolvedAt':'2026-11-21T10:00:00+07:00',"
            + "'firstContactResolution':false,'rootCauseFixed':true,'rootCauseNote':'Call-back queue now monitored'}";

    private FeedbackRejection refusedByLedger(String record) {
        var result = ledger.parse(5, json(record));
        assertNull(result.record(), () -> "accepted " + record);
        assertEquals(5, result.rejection().index());
        return result.rejection();
    }

    @Test
    void acceptsAComplaintWithItsOwnerAndResolutionTime() {
        var complaint = (ComplaintRecord) ledger.parse(0, json(COMPLAINT)).record();

        assertEquals(List.of("E7"), complaint.employees());
        assertEquals(ComplaintRecord.Severity.HIGH, complaint.severity());
        assertEquals(24.0, complaint.resolutionHours());
        assertEquals(Boolean.FALSE, complaint.firstContactResolution());
        assertEquals(Boolean.TRUE, complaint.rootCauseFixed());
        assertNotEquals(
                complaint.contentHash(),
                ((ComplaintRecord) ledger.parse(
                                        1, json(COMPLAINT.replace("'rootCauseFixed':true", "'rootCauseFixed':false")))
                                .record())
                        .contentHash(),
                "fixing the root cause later is an update");
    }

    @Test
    void refusesAComplaintWithoutCategoryWithAnUnknownSeverityOrResolvedBeforeItWasOpened() {
        assertEquals(
                "category",
                refusedByLedger(COMPLAINT.replace("'category':'No call-back',", ""))
                        .field());
        FeedbackRejection severity = refusedByLedger(COMPLAINT.replace("'high'", "'urgent'"));
        assertEquals("severity", severity.field());
        assertTrue(severity.reason().contains("LOW, MEDIUM, HIGH, CRITICAL"), severity.reason());
        FeedbackRejection early = refusedByLedger(COMPLAINT.replace("2026-11-21T10:00", "2026-11-19T10:00"));
        assertEquals("resolvedAt", early.field());
        assertTrue(early.reason().contains("before occurredAt"), early.reason());
        assertEquals(
                "resolvedAt",
                refusedByLedger(COMPLAINT
                                .replace("'firstContactResolution':false", "'firstContactResolution':true")
                                .replace(",'resolvedAt':'2026-11-21T10:00:00+07:00'", ""))
                        .field());
        assertEquals(
                "resolvedAt",
                refusedByLedger(COMPLAINT.replace("2026-11-21T10:00", "2099-11-21T10:00"))
                        .field());
        assertEquals(
                "nps",
                refusedByLedger(COMPLAINT.replace("'owner':'E7'", "'nps':3")).field());
    }

    @Test
    void aComplimentMustNameSomeone() {
        String compliment = "{'type':'compliment','externalId':'K-1','occurredAt':'2026-11-20T10:00:00+07:00',"
                + "'touchpoint':'STORE','employees':['E3'],'comment':'Ana went out of her way'}";

        var accepted = (ComplimentRecord) ledger.parse(0, json(compliment)).record();
        FeedbackRejection nobody = refusedByLedger(compliment.replace("['E3']", "[]"));

        assertEquals(List.of("E3"), accepted.employees());
        assertEquals("employees", nobody.field());
    }

    @Test
    void aServiceEventIsJudgedAgainstItsStandardsTarget() {
        String event = "{'type':'serviceEvent','externalId':'E-1','occurredAt':'2026-11-20T10:00:00+07:00',"
                + "'standard':'CALLBACK_30M','employees':['E7'],'measuredValue':42}";

        var breached = (ServiceEventRecord) ledger.parse(0, json(event)).record();
        var met = (ServiceEventRecord)
                ledger.parse(1, json(event.replace("42", "30"))).record();
        var onlyMet = (ServiceEventRecord) ledger.parse(2, json(event.replace("'measuredValue':42", "'met':true")))
                .record();

        assertFalse(breached.met());
        assertEquals("PHONE", breached.touchpoint(), "the standard's touchpoint");
        assertTrue(met.met());
        assertTrue(onlyMet.met());
        FeedbackRejection contradiction =
                refusedByLedger(event.replace("'measuredValue':42", "'measuredValue':42,'met':true"));
        assertEquals("met", contradiction.field());
        assertTrue(contradiction.reason().contains("at most 30 MINUTES"), contradiction.reason());
        assertEquals(
                "standard",
                refusedByLedger(event.replace("CALLBACK_30M", "TEA_HOT")).field());
        assertEquals(
                "measuredValue",
                refusedByLedger(event.replace(",'measuredValue':42", "")).field());
        assertEquals(
                "measuredValue", refusedByLedger(event.replace("42", "'fast'")).field());
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheKnownOnes() {
        FeedbackRejection rejection = refusedByLedger(COMPLAINT.replace("'complaint'", "'survey'"));

        assertEquals("type", rejection.field());
        assertTrue(rejection.reason().contains("feedback, complaint, compliment, serviceEvent"), rejection.reason());
    }
}
