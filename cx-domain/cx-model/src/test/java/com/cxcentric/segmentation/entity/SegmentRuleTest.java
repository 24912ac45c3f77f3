package com.cxcentric.segmentation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each criterion, AND/OR, includes and excludes, validation and the JSON form, in plain Java. */
class SegmentRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static MemberFacts storeAssistant() {
        return new MemberFacts(
                7L,
                ContactLevel.FRONT_LINE,
                Set.of("STORE-NORTH", "RETAIL", "ACME"),
                "Senior Store Assistant",
                "Rotterdam",
                LocalDate.of(2026, 8, 1),
                EmploymentStatus.ACTIVE,
                Motivator.TIME_OFF);
    }

    private static MemberFacts payrollClerk() {
        return new MemberFacts(
                8L,
                ContactLevel.BACK_OFFICE,
                Set.of("PAYROLL", "FINANCE", "ACME"),
                null,
                null,
                null,
                EmploymentStatus.ON_LEAVE,
                null);
    }

    private static RuleGroup all(SegmentRule... parts) {
        return new RuleGroup(RuleGroup.Match.ALL, List.of(parts));
    }

    private static RuleGroup any(SegmentRule... parts) {
        return new RuleGroup(RuleGroup.Match.ANY, List.of(parts));
    }

    @Test
    void contactLevelMatchesAnyOfTheChosenLevels() {
        var criterion = new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE, ContactLevel.CUSTOMER_SUPPORT));

        assertTrue(criterion.test(storeAssistant(), TODAY));
        assertFalse(criterion.test(payrollClerk(), TODAY));
    }

    @Test
    void orgUnitMatchesTheUnitAndEverythingBelowIt() {
        assertTrue(new OrgUnitCriterion(Set.of("RETAIL")).test(storeAssistant(), TODAY));
        assertTrue(new OrgUnitCriterion(Set.of("STORE-NORTH")).test(storeAssistant(), TODAY));
        assertFalse(new OrgUnitCriterion(Set.of("FINANCE")).test(storeAssistant(), TODAY));
    }

    @Test
    void jobTitleContainsIgnoresCaseAndNeverMatchesAMissingTitle() {
        var criterion = new JobTitleContainsCriterion("store ASSISTANT");

        assertTrue(criterion.test(storeAssistant(), TODAY));
        assertFalse(criterion.test(payrollClerk(), TODAY));
        assertFalse(new JobTitleContainsCriterion("clerk").test(storeAssistant(), TODAY));
    }

    @Test
    void jobTitleMatchesSearchesThePatternIgnoringCase() {
        assertTrue(new JobTitleMatchesCriterion("^senior (store|shop)").test(storeAssistant(), TODAY));
        assertFalse(new JobTitleMatchesCriterion("^store").test(storeAssistant(), TODAY));
        assertFalse(new JobTitleMatchesCriterion(".*").test(payrollClerk(), TODAY));
    }

    @Test
    void locationMatchesExactlyOneOfTheChosenPlaces() {
        assertTrue(new LocationCriterion(Set.of("Rotterdam", "Jakarta")).test(storeAssistant(), TODAY));
        assertFalse(new LocationCriterion(Set.of("Rotter")).test(storeAssistant(), TODAY));
        assertFalse(new LocationCriterion(Set.of("Rotterdam")).test(payrollClerk(), TODAY));
    }

    @Test
    void tenureCountsWholeMonthsBackFromToday() {
        // hired 2026-08-01, today 2026-11-23: at least 3 months, not yet 4
        assertTrue(new TenureCriterion(3, null).test(storeAssistant(), TODAY));
        assertFalse(new TenureCriterion(4, null).test(storeAssistant(), TODAY));
        assertTrue(new TenureCriterion(null, 3).test(storeAssistant(), TODAY));
        assertFalse(new TenureCriterion(null, 2).test(storeAssistant(), TODAY));
        assertTrue(new TenureCriterion(0, 5).test(storeAssistant(), TODAY));
        assertFalse(new TenureCriterion(0, 5).test(payrollClerk(), TODAY));
    }

    @Test
    void tenureBoundaryIsTheSameDayOfTheMonth() {
        assertTrue(new TenureCriterion(4, null).test(storeAssistant(), LocalDate.of(2026, 12, 1)));
        assertFalse(new TenureCriterion(4, null).test(storeAssistant(), LocalDate.of(2026, 11, 30)));
        assertFalse(new TenureCriterion(null, 3).test(storeAssistant(), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void statusMatchesTheChosenStatuses() {
        assertTrue(new StatusCriterion(Set.of(EmploymentStatus.ON_LEAVE)).test(payrollClerk(), TODAY));
        assertFalse(new StatusCriterion(Set.of(EmploymentStatus.ON_LEAVE)).test(storeAssistant(), TODAY));
    }

    @Test
    void firstMotivatorMatchesOnlyTheFirstChoice() {
        assertTrue(new FirstMotivatorCriterion(Set.of(Motivator.TIME_OFF)).test(storeAssistant(), TODAY));
        assertFalse(new FirstMotivatorCriterion(Set.of(Motivator.MONEY_OR_VOUCHERS)).test(storeAssistant(), TODAY));
        assertFalse(new FirstMotivatorCriterion(Set.of(Motivator.TIME_OFF)).test(payrollClerk(), TODAY));
    }

    @Test
    void allNeedsEveryConditionAnyNeedsOne() {
        var frontLine = new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE));
        var inFinance = new OrgUnitCriterion(Set.of("FINANCE"));

        assertFalse(all(frontLine, inFinance).test(storeAssistant(), TODAY));
        assertTrue(any(frontLine, inFinance).test(storeAssistant(), TODAY));
        assertTrue(any(frontLine, inFinance).test(payrollClerk(), TODAY));
    }

    @Test
    void groupsNestOneLevel() {
        var rule = all(
                new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE)),
                any(new LocationCriterion(Set.of("Jakarta")), new JobTitleContainsCriterion("store")));

        assertTrue(rule.test(storeAssistant(), TODAY));
        rule.validate();
    }

    @Test
    void anEmptyRuleMatchesNoOne() {
        assertFalse(RuleGroup.empty().test(storeAssistant(), TODAY));
        assertFalse(new RuleGroup(RuleGroup.Match.ANY, List.of()).test(storeAssistant(), TODAY));
    }

    @Test
    void includedPeopleJoinWithoutMatchingAndExcludedPeopleNeverJoin() {
        var frontLine = all(new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE)));

        assertTrue(new SegmentDefinition(frontLine, Set.of(8L), Set.of()).admits(payrollClerk(), TODAY));
        assertFalse(new SegmentDefinition(frontLine, Set.of(), Set.of(7L)).admits(storeAssistant(), TODAY));
        assertFalse(new SegmentDefinition(frontLine, Set.of(7L), Set.of(7L)).admits(storeAssistant(), TODAY));
        assertTrue(new SegmentDefinition(frontLine, Set.of(), Set.of()).admits(storeAssistant(), TODAY));
    }

    @Test
    void peopleWhoLeftAreNeverMembersEvenWhenIncluded() {
        var leaver = new MemberFacts(
                9L, ContactLevel.FRONT_LINE, Set.of(), "Store Assistant", null, null, EmploymentStatus.LEFT, null);
        var frontLine = all(new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE)));

        assertFalse(new SegmentDefinition(frontLine, Set.of(9L), Set.of()).admits(leaver, TODAY));
    }

    @Test
    void refusesAConditionWithoutValuesNamingItsPosition() {
        var rule = all(new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE)), new LocationCriterion(Set.of()));

        var refused = assertThrows(InvalidRuleException.class, rule::validate);

        assertEquals("error.segment.rule.noValues", refused.getMessageKey());
        assertEquals("2", refused.getArguments()[0]);
    }

    @Test
    void refusesAnInvalidPatternNamingItsNestedPosition() {
        var rule = all(
                new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE)),
                any(new LocationCriterion(Set.of("Jakarta")), new JobTitleMatchesCriterion("store(")));

        var refused = assertThrows(InvalidRuleException.class, rule::validate);

        assertEquals("error.segment.rule.pattern", refused.getMessageKey());
        assertEquals("2.2", refused.getArguments()[0]);
    }

    @Test
    void refusesReversedOrOpenTenure() {
        assertThrows(
                InvalidRuleException.class, () -> all(new TenureCriterion(6, 2)).validate());
        assertThrows(InvalidRuleException.class, () -> all(new TenureCriterion(null, null))
                .validate());
        assertThrows(InvalidRuleException.class, () -> all(new TenureCriterion(-1, null))
                .validate());
    }

    @Test
    void refusesTheLeftStatusAndGroupsNestedTwice() {
        assertEquals(
                "error.segment.rule.leftStatus",
                assertThrows(InvalidRuleException.class, () -> all(new StatusCriterion(Set.of(EmploymentStatus.LEFT)))
                                .validate())
                        .getMessageKey());
        var tooDeep = all(any(any(new LocationCriterion(Set.of("Jakarta")))));
        assertEquals(
                "error.segment.rule.depth",
                assertThrows(InvalidRuleException.class, tooDeep::validate).getMessageKey());
    }

    @Test
    void jsonRoundTripKeepsEveryCriterion() {
        var rule = all(
                new ContactLevelCriterion(Set.of(ContactLevel.FRONT_LINE, ContactLevel.CUSTOMER_SUPPORT)),
                new OrgUnitCriterion(Set.of("RETAIL")),
                any(new JobTitleContainsCriterion("store"), new JobTitleMatchesCriterion("^field (engineer|tech)")),
                new LocationCriterion(Set.of("Rotterdam")),
                new TenureCriterion(0, 5),
                new StatusCriterion(Set.of(EmploymentStatus.ACTIVE)),
                new FirstMotivatorCriterion(Set.of(Motivator.TIME_OFF)));

        String json = SegmentRuleJson.write(rule);

        assertEquals(rule, SegmentRuleJson.read(json));
        assertTrue(json.contains("\"type\":\"TENURE\""), json);
    }

    @Test
    void readingRefusesAnUnknownTypeOrValueNamingThePosition() {
        var unknownType = assertThrows(
                InvalidRuleException.class,
                () -> SegmentRuleJson.read("{\"match\":\"ALL\",\"conditions\":[{\"type\":\"SHOE_SIZE\"}]}"));
        var unknownValue = assertThrows(
                InvalidRuleException.class,
                () -> SegmentRuleJson.read(
                        "{\"match\":\"ANY\",\"conditions\":[{\"type\":\"CONTACT_LEVEL\",\"values\":[\"CEO\"]}]}"));
        var notJson = assertThrows(InvalidRuleException.class, () -> SegmentRuleJson.read("{match"));

        assertEquals("error.segment.rule.unknownType", unknownType.getMessageKey());
        assertEquals("1", unknownType.getArguments()[0]);
        assertEquals("error.segment.rule.unknownValue", unknownValue.getMessageKey());
        assertEquals("error.segment.rule.malformed", notJson.getMessageKey());
    }
}
