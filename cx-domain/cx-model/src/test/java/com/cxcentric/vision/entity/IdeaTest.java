package com.cxcentric.vision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdeaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final OrgUnit DEPARTMENT = new OrgUnit("DL", "Delivery", OrgUnitType.DEPARTMENT, null);
    private static final Employee CHAMPION = new Employee("E1", "Sari", "Wulandari", ContactLevel.FRONT_LINE);
    private static final Employee OWNER = new Employee("E2", "Budi", "Santoso", ContactLevel.LEADERSHIP);

    private static Idea raised() {
        return Idea.raise(
                DEPARTMENT, CHAMPION, IdeaKind.OBSERVATION, "  Delivery area by postcode  ", "Pays extra", DAY);
    }

    @Test
    void aRaisedIdeaWaitsForAnAnswerWithItsTextTrimmed() {
        Idea idea = raised();
        assertEquals(IdeaStatus.RAISED, idea.getStatus());
        assertEquals("Delivery area by postcode", idea.getTitle());
        assertNull(idea.getAnswer());
    }

    @Test
    void aBlankOrTooLongTextIsRefusedNamingItsField() {
        var untitled = assertThrows(
                RuleViolationException.class, () -> Idea.raise(DEPARTMENT, CHAMPION, IdeaKind.IDEA, " ", "text", DAY));
        assertEquals("title", untitled.getField());
        var long_ = assertThrows(
                RuleViolationException.class,
                () -> Idea.raise(DEPARTMENT, CHAMPION, IdeaKind.IDEA, "t", "x".repeat(Idea.TEXT_LENGTH + 1), DAY));
        assertEquals("observation", long_.getField());
        var unanswered = assertThrows(
                RuleViolationException.class, () -> raised().answer(IdeaStatus.ANSWERED, "", null, "hr", DAY));
        assertEquals("answer", unanswered.getField());
    }

    @Test
    void anAnswerMovesTheIdeaOnKeepsItsOwnerAndClosesItWhenActedOn() {
        Idea idea = raised();
        idea.answer(IdeaStatus.IN_PROGRESS, "We measure by driving distance", OWNER, "hr", DAY);
        assertEquals(IdeaStatus.IN_PROGRESS, idea.getStatus());
        assertEquals(OWNER, idea.getOwner());
        assertNull(idea.getClosedOn());
        idea.answer(IdeaStatus.ACTED_ON, "Live since Monday", null, "hr", DAY.plusDays(9));
        assertEquals(OWNER, idea.getOwner(), "no owner given: the owner stays");
        assertEquals(DAY.plusDays(9), idea.getClosedOn());
        assertEquals("Live since Monday", idea.getAnswer());
    }

    @Test
    void aClosedIdeaDoesNotMoveAndNoAnswerTakesItBackToRaised() {
        Idea idea = raised();
        assertThrows(RuleViolationException.class, () -> idea.answer(IdeaStatus.RAISED, "Back", null, "hr", DAY));
        assertThrows(RuleViolationException.class, () -> idea.answer(null, "Nothing", null, "hr", DAY));
        idea.answer(IdeaStatus.DECLINED, "Not this year", null, "hr", DAY);
        assertThrows(ConflictException.class, () -> idea.answer(IdeaStatus.IN_PROGRESS, "After all", null, "hr", DAY));
        Idea moving = raised();
        moving.answer(IdeaStatus.IN_PROGRESS, "Started", null, "hr", DAY);
        assertThrows(ConflictException.class, () -> moving.answer(IdeaStatus.ANSWERED, "Back", null, "hr", DAY));
    }
}
