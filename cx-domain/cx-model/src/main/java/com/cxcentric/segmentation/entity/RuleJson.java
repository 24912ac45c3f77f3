package com.cxcentric.segmentation.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reading and writing the property shapes criteria share, with errors that name the position. */
final class RuleJson {

    static final String VALUES = "values";

    private RuleJson() {}

    static List<String> strings(JsonObject json, String position) {
        JsonValue value = json.get(VALUES);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw malformed(position, "\"values\" must be an array of texts");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw malformed(position, "\"values\" must be an array of texts");
            }
            strings.add(((JsonString) item).getString());
        }
        return strings;
    }

    static Set<String> stringSet(JsonObject json, String position) {
        return new TreeSet<>(strings(json, position));
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, JsonObject json, String position) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : strings(json, position)) {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidRuleException(
                        "error.segment.rule.unknownValue",
                        "Condition " + position + ": \"" + name + "\" is not a known value",
                        position,
                        name);
            }
        }
        return values;
    }

    static String text(JsonObject json, String name, String position) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw malformed(position, "\"" + name + "\" must be a text");
        }
        return ((JsonString) value).getString();
    }

    static Integer integer(JsonObject json, String name, String position) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw malformed(position, "\"" + name + "\" must be a whole number");
        }
        return ((JsonNumber) value).intValueExact();
    }

    /** The values as a JSON array of texts in a stable order: enum constants by declaration, texts sorted. */
    static JsonArrayBuilder array(Collection<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream()
                .sorted((a, b) -> a instanceof Enum<?> x && b instanceof Enum<?> y
                        ? Integer.compare(x.ordinal(), y.ordinal())
                        : a.toString().compareTo(b.toString()))
                .forEach(v -> array.add(v instanceof Enum<?> e ? e.name() : v.toString()));
        return array;
    }

    static InvalidRuleException malformed(String position, String what) {
        return new InvalidRuleException(
                "error.segment.rule.malformed",
                "Condition " + position + ": " + what,
                position.isEmpty() ? "-" : position,
                what);
    }

    static void requireValues(Collection<?> values, CriterionType type, String position) {
        if (values.isEmpty()) {
            throw new InvalidRuleException(
                    "error.segment.rule.noValues",
                    "Condition " + position + " (" + type + ") needs at least one value",
                    position,
                    type);
        }
    }
}
