package com.cxcentric.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.events.CertificationGranted;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.rewards.control.BadgeBook;
import com.cxcentric.rewards.entity.Badge;
import com.cxcentric.rewards.entity.BadgeDefinition;
import com.cxcentric.rewards.entity.BadgeRule;
import com.cxcentric.testsupport.InContainerTest;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Badges in the container: training's certification event grants the starter and course badges
 * once (rewards never asks training), and a badge is held once at a time, again after it expired.
 * Run by {@code platform.InContainerIT}.
 */
public interface BadgesInContainerTests extends InContainerTest {

    private String badge(BadgeRule rule, String course, Integer validMonths) throws Exception {
        String code = unique("B").toUpperCase(Locale.ROOT);
        inTransaction(() -> bean(BadgeBook.class)
                .save(
                        new BadgeDefinition(
                                code,
                                "Badge " + code,
                                "For the test",
                                Badge.ICONS.get(0),
                                Badge.COLOURS.get(0),
                                rule,
                                course,
                                null,
                                null,
                                validMonths,
                                true),
                        LocalDate.now()));
        return code;
    }

    private long person() throws Exception {
        return inTransaction(() -> {
            var person = new Employee(unique("BG"), "Badge", "Test", ContactLevel.FRONT_LINE);
            em().persist(person);
            em().flush();
            return person.getId();
        });
    }

    private long grants(String code, long person) throws Exception {
        return inTransaction(() -> em().createQuery(
                        "SELECT COUNT(g) FROM BadgeGrant g, Badge b WHERE b.id = g.badgeId AND b.code = :code"
                                + " AND g.employeeId = :person",
                        Long.class)
                .setParameter("code", code)
                .setParameter("person", person)
                .getSingleResult());
    }

    private void certified(long person, String course, LocalDate on, boolean starters) throws Exception {
        inTransaction(() -> {
            CDI.current()
                    .getBeanManager()
                    .getEvent()
                    .select(CertificationGranted.class)
                    .fire(new CertificationGranted(person, course, on, starters));
            return null;
        });
    }

    @Test
    default void certificationsEarnTheStarterAndCourseBadgesOnce() throws Exception {
        String starter = badge(BadgeRule.STARTER_CURRICULUM, null, null);
        String course = unique("C").toUpperCase(Locale.ROOT);
        String recovery = badge(BadgeRule.COURSE_CERTIFIED, course, null);
        long person = person();
        LocalDate day = LocalDate.of(2025, 6, 2);

        certified(person, "CX-EVERYONE", day, false);
        long starterBefore = grants(starter, person);
        certified(person, course, day, true);
        certified(person, course, day.plusDays(1), true);

        assertEquals(0, starterBefore, "not every starter course yet");
        assertEquals(1, grants(starter, person), "the starter badge once, however often training tells");
        assertEquals(1, grants(recovery, person), "the course's badge once");
    }

    @Test
    default void aBadgeIsHeldOnceAtATimeAndAgainAfterItExpired() throws Exception {
        String code = badge(BadgeRule.BY_HAND, null, 1);
        long person = person();
        BadgeBook book = bean(BadgeBook.class);
        LocalDate first = LocalDate.of(2025, 1, 10);

        boolean granted = inTransaction(() -> book.grant(book.find(code), person, first, "hr", "Sunday delivery"));
        boolean again = inTransaction(() -> book.grant(book.find(code), person, first.plusDays(20), "hr", "Again"));
        boolean holdsOnLastDay = inTransaction(() -> book.holds(book.find(code), person, LocalDate.of(2025, 2, 9)));
        boolean holdsAfter = inTransaction(() -> book.holds(book.find(code), person, LocalDate.of(2025, 2, 10)));
        boolean regranted =
                inTransaction(() -> book.grant(book.find(code), person, LocalDate.of(2025, 3, 1), "hr", "Anew"));

        assertTrue(granted);
        assertFalse(again, "held already: nothing granted");
        assertTrue(holdsOnLastDay, "one month: 10 January to 9 February");
        assertFalse(holdsAfter);
        assertTrue(regranted, "expired, so granted anew");
        assertEquals(2, grants(code, person));
    }
}
