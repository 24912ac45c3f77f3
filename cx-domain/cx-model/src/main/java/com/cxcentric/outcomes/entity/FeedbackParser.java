package com.cxcentric.outcomes.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one JSON object of a ledger batch into a {@link LedgerRecord}, or refuses it naming the
 * property and the reason. Its {@code type} says the kind: {@code feedback} (the default),
 * {@code complaint}, {@code compliment} or {@code serviceEvent}. Each record is judged on its own:
 * one bad record never refuses the others.
 */
public final class FeedbackParser {

    public static final int EXTERNAL_ID_LENGTH = 128;
    public static final int CUSTOMER_REF_LENGTH = 64;
    public static final int COMMENT_LENGTH = 4000;
    public static final int MAX_EMPLOYEES = 10;
    public static final int MAX_TAGS = 10;
    public static final int TAG_LENGTH = 40;
    public static final int CATEGORY_LENGTH = 64;
    public static final int NOTE_LENGTH = 2000;
    private static final Set<String> PROPERTIES = Set.of(
            "type",
            "externalId",
            "customerRef",
            "occurredAt",
            "touchpoint",
            "employees",
            "nps",
            "csat",
            "ces",
            "comment",
            "tags");
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9._/-]{1,32}");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9 ()./-]{8,}");
    /** Clocks differ; a record up to this far ahead of ours is not "in the future". */
    private static final long FUTURE_TOLERANCE_SECONDS = 300;

    private static final Set<String> COMPLAINT_PROPERTIES = Set.of(
            "type",
            "externalId",
            "customerRef",
            "occurredAt",
            "touchpoint",
            "owner",
            "category",
            "severity",
            "firstResponseAt",
            "resolvedAt",
            "firstContactResolution",
            "rootCauseFixed",
            "rootCauseNote");
    private static final Set<String> COMPLIMENT_PROPERTIES =
            Set.of("type", "externalId", "customerRef", "occurredAt", "touchpoint", "employees", "comment");
    private static final Set<String> SERVICE_EVENT_PROPERTIES =
            Set.of("type", "externalId", "occurredAt", "standard", "employees", "measuredValue", "met");
    private static final List<String> TYPES = List.of("feedback", "complaint", "compliment", "serviceEvent");

    /** The outcome for one record: exactly one of the two is set. */
    public record Result(LedgerRecord record, FeedbackRejection rejection) {

        /** The record as a survey response (for callers that sent only those). */
        public FeedbackRecord feedback() {
            return (FeedbackRecord) record;
        }
    }

    private final Set<String> touchpoints;
    private final Map<String, StandardTarget> standards;
    private final Instant now;

    /**
     * @param touchpoints the codes of the active touchpoints
     * @param now the moment against which "in the future" is judged
     */
    public FeedbackParser(Set<String> touchpoints, Instant now) {
        this(touchpoints, Map.of(), now);
    }

    /**
     * @param touchpoints the codes of the active touchpoints
     * @param standards the active service standards by code
     * @param now the moment against which "in the future" is judged
     */
    public FeedbackParser(Set<String> touchpoints, Map<String, StandardTarget> standards, Instant now) {
        this.touchpoints = Set.copyOf(touchpoints);
        this.standards = Map.copyOf(standards);
        this.now = now;
    }

    public Result parse(int index, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return refuse(index, null, null, "must be a JSON object");
        }
        JsonObject json = value.asJsonObject();
        String externalId =
                json.get("externalId") instanceof JsonString s ? s.getString().strip() : null;
        try {
            String type = text(json, "type", 20);
            if (type != null && !TYPES.contains(type)) {
                throw new Refusal("type", "'" + type + "' is not a record type; known are " + String.join(", ", TYPES));
            }
            type = type == null ? "feedback" : type;
            Set<String> known =
                    switch (type) {
                        case "complaint" -> COMPLAINT_PROPERTIES;
                        case "compliment" -> COMPLIMENT_PROPERTIES;
                        case "serviceEvent" -> SERVICE_EVENT_PROPERTIES;
                        default -> PROPERTIES;
                    };
            for (String property : json.keySet()) {
                if (!known.contains(property)) {
                    throw new Refusal(
                            property,
                            "is not a property of a " + type + " record; known are "
                                    + String.join(", ", known.stream().sorted().toList()));
                }
            }
            if (externalId == null || externalId.isEmpty()) {
                throw new Refusal("externalId", "is required: the source system's id of the record");
            }
            if (externalId.length() > EXTERNAL_ID_LENGTH) {
                throw new Refusal(
                        "externalId", "has " + externalId.length() + " characters; at most " + EXTERNAL_ID_LENGTH);
            }
            Instant occurredAt = moment(json);
            return new Result(
                    switch (type) {
                        case "complaint" -> complaint(json, externalId, occurredAt);
                        case "compliment" -> compliment(json, externalId, occurredAt);
                        case "serviceEvent" -> serviceEvent(json, externalId, occurredAt);
                        default -> feedback(json, externalId, occurredAt);
                    },
                    null);
        } catch (Refusal refusal) {
            return refuse(index, externalId, refusal.field, refusal.getMessage());
        }
    }

    private FeedbackRecord feedback(JsonObject json, String externalId, Instant occurredAt) {
        String customerRef = customerRef(json);
        String touchpoint = touchpoint(json);
        List<String> employees = employees(json, MAX_EMPLOYEES);
        Integer nps = score(json, "nps", 0, 10);
        Integer csat = score(json, "csat", 1, 5);
        Integer ces = score(json, "ces", 1, 7);
        String comment = text(json, "comment", COMMENT_LENGTH);
        List<String> tags = strings(json, "tags", MAX_TAGS, TAG_LENGTH);
        for (String tag : tags) {
            if (tag.contains(",")) {
                throw new Refusal("tags", "'" + tag + "' may not contain a comma");
            }
        }
        if (nps == null && csat == null && ces == null && comment == null) {
            throw new Refusal(null, "gives no score (nps, csat, ces) and no comment");
        }
        return new FeedbackRecord(
                externalId, customerRef, occurredAt, touchpoint, employees, nps, csat, ces, comment, tags);
    }

    private ComplaintRecord complaint(JsonObject json, String externalId, Instant occurredAt) {
        String customerRef = customerRef(json);
        String touchpoint = touchpoint(json);
        String owner = text(json, "owner", 32);
        if (owner != null && !EMPLOYEE_NUMBER.matcher(owner).matches()) {
            throw new Refusal("owner", "'" + owner + "' is not an employee number (letters, digits and . _ / -)");
        }
        String category = text(json, "category", CATEGORY_LENGTH);
        if (category == null) {
            throw new Refusal("category", "is required, e.g. 'Late delivery'");
        }
        String severityText = text(json, "severity", 16);
        ComplaintRecord.Severity severity;
        try {
            severity =
                    ComplaintRecord.Severity.valueOf(severityText == null ? "" : severityText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new Refusal("severity", "must be one of LOW, MEDIUM, HIGH, CRITICAL, was " + severityText);
        }
        Instant firstResponseAt = laterMoment(json, "firstResponseAt", occurredAt);
        Instant resolvedAt = laterMoment(json, "resolvedAt", occurredAt);
        Boolean firstContact = flag(json, "firstContactResolution");
        Boolean rootCauseFixed = flag(json, "rootCauseFixed");
        String note = text(json, "rootCauseNote", NOTE_LENGTH);
        if (Boolean.TRUE.equals(firstContact) && resolvedAt == null) {
            throw new Refusal("resolvedAt", "is required when the complaint was resolved on first contact");
        }
        return new ComplaintRecord(
                externalId,
                customerRef,
                occurredAt,
                touchpoint,
                owner == null ? List.of() : List.of(owner),
                category,
                severity,
                firstResponseAt,
                resolvedAt,
                firstContact,
                rootCauseFixed,
                note);
    }

    private ComplimentRecord compliment(JsonObject json, String externalId, Instant occurredAt) {
        String customerRef = customerRef(json);
        String touchpoint = touchpoint(json);
        List<String> employees = employees(json, MAX_EMPLOYEES);
        if (employees.isEmpty()) {
            throw new Refusal("employees", "must name at least one employee: a compliment praises someone");
        }
        return new ComplimentRecord(
                externalId, customerRef, occurredAt, touchpoint, employees, text(json, "comment", COMMENT_LENGTH));
    }

    private ServiceEventRecord serviceEvent(JsonObject json, String externalId, Instant occurredAt) {
        String code = text(json, "standard", 40);
        if (code == null) {
            throw new Refusal("standard", "is required: the code of the service standard measured");
        }
        StandardTarget standard = standards.get(code);
        if (standard == null) {
            throw new Refusal(
                    "standard",
                    "'" + code + "' is not a known active service standard; known are "
                            + String.join(
                                    ", ", standards.keySet().stream().sorted().toList()));
        }
        List<String> employees = employees(json, MAX_EMPLOYEES);
        JsonValue measured = json.get("measuredValue");
        BigDecimal value = null;
        if (measured != null && measured.getValueType() != JsonValue.ValueType.NULL) {
            if (!(measured instanceof JsonNumber number)) {
                throw new Refusal("measuredValue", "must be a number in " + standard.unit() + ", was " + measured);
            }
            value = number.bigDecimalValue();
            if (value.abs().compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0 || value.scale() > 2) {
                throw new Refusal("measuredValue", "must have at most 10 digits and 2 decimals, was " + value);
            }
        }
        Boolean met = flag(json, "met");
        if (value == null && met == null) {
            throw new Refusal(
                    "measuredValue", "or met is required: what was measured, or whether the standard was met");
        }
        if (value != null && met != null && met != standard.metBy(value)) {
            throw new Refusal(
                    "met",
                    "says " + met + ", but " + value.toPlainString() + " "
                            + (standard.metBy(value) ? "meets" : "breaches") + " the standard (" + standard.describe()
                            + ")");
        }
        return new ServiceEventRecord(
                externalId,
                occurredAt,
                standard.touchpoint(),
                employees,
                code,
                value,
                value != null ? standard.metBy(value) : met);
    }

    private static String customerRef(JsonObject json) {
        String customerRef = text(json, "customerRef", CUSTOMER_REF_LENGTH);
        if (customerRef != null && customerRef.contains("@")) {
            throw new Refusal("customerRef", "must be a pseudonymous reference, not an e-mail address");
        }
        if (customerRef != null && PHONE_NUMBER.matcher(customerRef).matches()) {
            throw new Refusal("customerRef", "must be a pseudonymous reference, not a phone number");
        }
        return customerRef;
    }

    private String touchpoint(JsonObject json) {
        String touchpoint = text(json, "touchpoint", 40);
        if (touchpoint == null) {
            throw new Refusal("touchpoint", "is required");
        }
        if (!touchpoints.contains(touchpoint)) {
            throw new Refusal(
                    "touchpoint",
                    "'" + touchpoint + "' is not a known active touchpoint; known are "
                            + String.join(", ", touchpoints.stream().sorted().toList()));
        }
        return touchpoint;
    }

    private static List<String> employees(JsonObject json, int maxCount) {
        List<String> employees = strings(json, "employees", maxCount, 32);
        for (String number : employees) {
            if (!EMPLOYEE_NUMBER.matcher(number).matches()) {
                throw new Refusal(
                        "employees", "'" + number + "' is not an employee number (letters, digits and . _ / -)");
            }
        }
        return employees;
    }

    private static Boolean flag(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new Refusal(name, "must be true or false, was " + value);
    }

    /** An optional moment that may not lie before {@code earliest} nor in the future. */
    private Instant laterMoment(JsonObject json, String name, Instant earliest) {
        if (text(json, name, 64) == null) {
            return null;
        }
        Instant moment = moment(json, name);
        if (moment.isBefore(earliest)) {
            throw new Refusal(name, "'" + text(json, name, 64) + "' lies before occurredAt");
        }
        return moment;
    }

    private Instant moment(JsonObject json) {
        return moment(json, "occurredAt");
    }

    private Instant moment(JsonObject json, String name) {
        String text = text(json, name, 64);
        if (text == null) {
            throw new Refusal(name, "is required, e.g. 2026-03-31T14:05:00+07:00");
        }
        Instant moment;
        try {
            moment = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            throw new Refusal(name, "'" + text + "' is not a date-time with offset, e.g. 2026-03-31T14:05:00+07:00");
        }
        if (moment.isAfter(now.plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            throw new Refusal(name, "'" + text + "' lies in the future");
        }
        return moment;
    }

    private static String text(JsonObject json, String name, int maxLength) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new Refusal(name, "must be a text");
        }
        String text = string.getString().strip();
        if (text.length() > maxLength) {
            throw new Refusal(name, "has " + text.length() + " characters; at most " + maxLength);
        }
        return text.isEmpty() ? null : text;
    }

    private static List<String> strings(JsonObject json, String name, int maxCount, int maxLength) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new Refusal(name, "must be an array of texts");
        }
        if (array.size() > maxCount) {
            throw new Refusal(name, "has " + array.size() + " entries; at most " + maxCount);
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string) || string.getString().isBlank()) {
                throw new Refusal(name, "must be an array of non-empty texts");
            }
            if (string.getString().strip().length() > maxLength) {
                throw new Refusal(name, "'" + string.getString() + "' is longer than " + maxLength + " characters");
            }
            strings.add(string.getString().strip());
        }
        return strings;
    }

    private static Integer score(JsonObject json, String name, int min, int max) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String scale = name.toUpperCase(Locale.ROOT) + " must be a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new Refusal(name, scale + ", was " + value);
        }
        if (number.bigIntegerValue().compareTo(BigInteger.valueOf(min)) < 0
                || number.bigIntegerValue().compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Refusal(name, scale + ", was " + number);
        }
        return number.intValue();
    }

    private static Result refuse(int index, String externalId, String field, String reason) {
        return new Result(null, new FeedbackRejection(index, externalId, field, reason));
    }

    /** Internal: the first problem found in a record. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Refusal(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
