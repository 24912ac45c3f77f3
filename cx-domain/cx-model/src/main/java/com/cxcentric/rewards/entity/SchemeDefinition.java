package com.cxcentric.rewards.entity;

import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.outcomes.entity.PersonMetric;
import java.math.BigDecimal;
import java.util.List;

/**
 * A reward scheme as HR writes it. {@code firstPeriod} is a label ({@code 2026-11}, {@code 2026-Q4});
 * {@code unitCode} (with everything below it) and {@code segmentId} narrow whom it covers, both
 * null for everyone; {@code k} is null to estimate it from each period's data; {@code rewardKinds}
 * are the kinds of reward the award may be given as (empty or null: points only).
 */
public record SchemeDefinition(
        String code,
        String name,
        String description,
        PersonMetric metric,
        SchemeRule rule,
        Judging judging,
        BigDecimal target,
        int minSample,
        BigDecimal k,
        long points,
        PeriodKind periodKind,
        String firstPeriod,
        String unitCode,
        Long segmentId,
        boolean excludeSolicited,
        Integer maxPerCustomer,
        boolean active,
        List<Motivator> rewardKinds) {}
