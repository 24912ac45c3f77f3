package com.cxcentric.segmentation.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a rule, as stored in {@code segment.rule_json} and exchanged by the API:
 * a group is {@code {"match": "ALL"|"ANY", "conditions": [...]}}, a criterion is
 * {@code {"type": "<CriterionType>", ...}} with {@code values}, {@code text}, {@code pattern} or
 * {@code fromMonths}/{@code toMonths} as its type needs.
 */
public final class SegmentRuleJson {

    private SegmentRuleJson() {}

    public static String write(RuleGroup rule) {
        return toJson(rule).toString();
    }

    static JsonObject toJson(SegmentRule rule) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (rule instanceof Criterion criterion) {
            json.add("type", criterion.type().name());
        }
        rule.writeJson(json);
        return json.build();
    }

    /**
     * Reads a rule (not validated: call {@link RuleGroup#validate()}).
     *
     * @throws InvalidRuleException when the text is not a rule, naming the condition at fault
     */
    public static RuleGroup read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return group(reader.readObject(), "");
        } catch (JsonParsingException | IllegalStateException | ClassCastException malformed) {
            throw RuleJson.malformed("", "not a JSON object: " + malformed.getMessage());
        } catch (JsonException malformed) {
            throw RuleJson.malformed("", malformed.getMessage());
        }
    }

    /** Reads a rule from an already parsed JSON object, for the API. */
    public static RuleGroup read(JsonObject json) {
        return group(json, "");
    }

    private static RuleGroup group(JsonObject json, String position) {
        RuleGroup.Match match;
        try {
            match = RuleGroup.Match.valueOf(
                    RuleJson.text(json, "match", position).isEmpty() ? "ALL" : RuleJson.text(json, "match", position));
        } catch (IllegalArgumentException unknown) {
            throw RuleJson.malformed(position, "\"match\" must be ALL or ANY");
        }
        JsonValue conditions = json.get("conditions");
        List<SegmentRule> parts = new ArrayList<>();
        if (conditions != null && conditions.getValueType() != JsonValue.ValueType.NULL) {
            if (conditions.getValueType() != JsonValue.ValueType.ARRAY) {
                throw RuleJson.malformed(position, "\"conditions\" must be an array");
            }
            JsonArray array = (JsonArray) conditions;
            for (int i = 0; i < array.size(); i++) {
                String where = position.isEmpty() ? String.valueOf(i + 1) : position + "." + (i + 1);
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw RuleJson.malformed(where, "a condition must be a JSON object");
                }
                parts.add(part(array.getJsonObject(i), where));
            }
        }
        return new RuleGroup(match, parts);
    }

    private static SegmentRule part(JsonObject json, String position) {
        if (!json.containsKey("type")) {
            return group(json, position);
        }
        String type = RuleJson.text(json, "type", position);
        CriterionType criterionType;
        try {
            criterionType = CriterionType.valueOf(type);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRuleException(
                    "error.segment.rule.unknownType",
                    "Condition " + position + ": unknown condition type \"" + type + "\"",
                    position,
                    type);
        }
        return criterionType.read(json, position);
    }
}
