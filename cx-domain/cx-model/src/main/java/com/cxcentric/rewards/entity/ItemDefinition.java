package com.cxcentric.rewards.entity;

import com.cxcentric.organization.entity.Motivator;

/**
 * A reward of the catalog as HR writes it. {@code stock} null counts nothing; {@code unitCode}
 * (with everything below it) narrows who may have it, null for everyone; {@code minTenureMonths}
 * 0 for anyone however new.
 */
public record ItemDefinition(
        String code,
        String name,
        String description,
        Motivator motivator,
        long costPoints,
        Integer stock,
        String unitCode,
        int minTenureMonths,
        boolean active) {}
