package com.cxcentric.segmentation.entity;

import com.cxcentric.organization.entity.EmploymentStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What decides membership, saved or not yet: the rule plus the ids of the people included and
 * excluded by hand. A person is a member when they have not left and (match the rule or are
 * included) and are not excluded. The set-based recompute writes exactly this as SQL.
 */
public record SegmentDefinition(RuleGroup rule, Set<Long> includedIds, Set<Long> excludedIds) {

    public SegmentDefinition {
        includedIds = Set.copyOf(includedIds);
        excludedIds = Set.copyOf(excludedIds);
    }

    public static SegmentDefinition of(Segment segment) {
        return new SegmentDefinition(
                segment.getRule(),
                segment.getIncluded().stream().map(e -> e.getId()).collect(Collectors.toSet()),
                segment.getExcluded().stream().map(e -> e.getId()).collect(Collectors.toSet()));
    }

    public boolean admits(MemberFacts person, LocalDate today) {
        return person.status() != EmploymentStatus.LEFT
                && !excludedIds.contains(person.employeeId())
                && (includedIds.contains(person.employeeId()) || rule.test(person, today));
    }
}
