package com.cxcentric.outcomes.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one JSON object of a feedback batch into a {@link FeedbackRecord}, or refuses it naming the
 * property and the reason. Each record is judged on its own: one bad record never refuses the
 * others.
 */
public final class FeedbackParser {

    public static final int EXTERNAL_ID_LENGTH = 128;
    public static final int CUSTOMER_REF_LENGTH = 64;
    public static final int COMMENT_LENGTH = 4000;
    public static final int MAX_EMPLOYEES = 10;
    public static final int MAX_TAGS = 10;
    public static final int TAG_LENGTH = 40;
    private static final Set<String> PROPERTIES = Set.of(
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

    /** The outcome for one record: exactly one of the two is set. */
    public record Result(FeedbackRecord record, FeedbackRejection rejection) {}

    private final Set<String> touchpoints;
    private final Instant now;

    /**
     * @param touchpoints the codes of the active touchpoints
     * @param now the moment against which "in the future" is judged
     */
    public FeedbackParser(Set<String> touchpoints, Instant now) {
        this.touchpoints = Set.copyOf(touchpoints);
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
            for (String property : json.keySet()) {
                if (!PROPERTIES.contains(property)) {
                    throw new Refusal(
                            property,
                            "is not a feedback property; known are "
                                    + String.join(
                                            ", ", PROPERTIES.stream().sorted().toList()));
                }
            }
            if (externalId == null || externalId.isEmpty()) {
                throw new Refusal("externalId", "is required: the source system's id of the record");
            }
            if (externalId.length() > EXTERNAL_ID_LENGTH) {
                throw new Refusal(
                        "externalId", "has " + externalId.length() + " characters; at most " + EXTERNAL_ID_LENGTH);
            }
            String customerRef = text(json, "customerRef", CUSTOMER_REF_LENGTH);
            if (customerRef != null && customerRef.contains("@")) {
                throw new Refusal("customerRef", "must be a pseudonymous reference, not an e-mail address");
            }
            if (customerRef != null && PHONE_NUMBER.matcher(customerRef).matches()) {
                throw new Refusal("customerRef", "must be a pseudonymous reference, not a phone number");
            }
            Instant occurredAt = moment(json);
            String touchpoint = text(json, "touchpoint", 40);
            if (touchpoint == null) {
                throw new Refusal("touchpoint", "is required");
            }
            if (!touchpoints.contains(touchpoint)) {
                throw new Refusal(
                        "touchpoint",
                        "'" + touchpoint + "' is not a known active touchpoint; known are "
                                + String.join(
                                        ", ", touchpoints.stream().sorted().toList()));
            }
            List<String> employees = strings(json, "employees", MAX_EMPLOYEES, 32);
            for (String number : employees) {
                if (!EMPLOYEE_NUMBER.matcher(number).matches()) {
                    throw new Refusal(
                            "employees", "'" + number + "' is not an employee number (letters, digits and . _ / -)");
                }
            }
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
            return new Result(
                    new FeedbackRecord(
                            externalId, customerRef, occurredAt, touchpoint, employees, nps, csat, ces, comment, tags),
                    null);
        } catch (Refusal refusal) {
            return refuse(index, externalId, refusal.field, refusal.getMessage());
        }
    }

    private Instant moment(JsonObject json) {
        String text = text(json, "occurredAt", 64);
        if (text == null) {
            throw new Refusal("occurredAt", "is required, e.g. 2026-03-31T14:05:00+07:00");
        }
        Instant moment;
        try {
            moment = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADateTime) {
            throw new Refusal(
                    "occurredAt", "'" + text + "' is not a date-time with offset, e.g. 2026-03-31T14:05:00+07:00");
        }
        if (moment.isAfter(now.plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            throw new Refusal("occurredAt", "'" + text + "' lies in the future");
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
        String scale = name.toUpperCase(java.util.Locale.ROOT) + " must be a whole number from " + min + " to " + max;
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new Refusal(name, scale + ", was " + value);
        }
        if (number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(min)) < 0
                || number.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(max)) > 0) {
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
