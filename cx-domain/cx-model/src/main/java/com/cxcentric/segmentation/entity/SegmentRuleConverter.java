package com.cxcentric.segmentation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a segment's rule as its JSON text. */
@Converter
public class SegmentRuleConverter implements AttributeConverter<RuleGroup, String> {

    @Override
    public String convertToDatabaseColumn(RuleGroup rule) {
        return SegmentRuleJson.write(rule == null ? RuleGroup.empty() : rule);
    }

    @Override
    public RuleGroup convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? RuleGroup.empty() : SegmentRuleJson.read(json);
    }
}
