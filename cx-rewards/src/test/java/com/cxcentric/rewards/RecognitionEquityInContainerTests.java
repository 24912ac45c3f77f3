package com.cxcentric.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.RecognitionEquity;
import com.cxcentric.rewards.control.RecognitionEquity.Grouping;
import com.cxcentric.rewards.control.RecognitionEquity.Report;
import com.cxcentric.rewards.control.RecognitionEquity.Row;
import com.cxcentric.rewards.control.RewardTotals;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.testsupport.InContainerTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recognition equity in the container against the real database: everyone current counts, those
 * never recognised included, and the figures equal a count written independently in SQL. Run by
 * {@code platform.InContainerIT}.
 */
public interface RecognitionEquityInContainerTests extends InContainerTest {

    private long newPerson(ContactLevel contact) throws Exception {
        return inTransaction(() -> {
            var person = new Employee(unique("Q"), "Equity", "Test", contact);
            em().persist(person);
            em().flush();
            return person.getId();
        });
    }

    private Report equity() throws Exception {
        return inTransaction(() -> bean(RecognitionEquity.class).report(Grouping.CONTACT_LEVEL, 30));
    }

    private static Row group(Report report, ContactLevel contact) {
        return report.groups().stream()
                .filter(r -> r.key().equals(contact.name()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    default void equityCountsEveryCurrentPersonAndEqualsAnIndependentCount() throws Exception {
        Report before = equity();
        long giver = newPerson(ContactLevel.BACK_OFFICE);
        long recognised = newPerson(ContactLevel.BACK_OFFICE);
        newPerson(ContactLevel.BACK_OFFICE);
        for (int i = 0; i < 3; i++) {
            String key = unique("equity");
            inTransaction(() -> {
                em().persist(new Recognition(
                        key, giver, Set.of(recognised), "CUSTOMER_FIRST", "Thank you", 5, true, Instant.now()));
                return null;
            });
        }
        Report after = equity();

        assertEquals(before.company().people() + 3, after.company().people(), "never recognised, still counted");
        assertEquals(before.company().recognised() + 1, after.company().recognised());
        assertEquals(before.company().recognitions() + 3, after.company().recognitions());
        assertEquals(before.company().giftPoints() + 15, after.company().giftPoints());
        Row backOffice = group(after, ContactLevel.BACK_OFFICE);
        Row backOfficeBefore = group(before, ContactLevel.BACK_OFFICE);
        assertEquals(backOfficeBefore.people() + 3, backOffice.people());
        assertEquals(backOfficeBefore.recognised() + 1, backOffice.recognised());
        assertEquals(
                after.company().people(),
                after.groups().stream().mapToLong(Row::people).sum(),
                "contact levels partition the people");
        Timestamp since = Timestamp.from(
                after.from().atStartOfDay(bean(BusinessDay.class).zone()).toInstant());
        try (var connection = dataSource().getConnection();
                var people = connection.prepareStatement("SELECT COUNT(*) FROM employee WHERE status <> 'LEFT'");
                var received = connection.prepareStatement("SELECT COUNT(DISTINCT rr.employee_id), COUNT(*) FROM"
                        + " recognition r JOIN recognition_recipient rr ON rr.recognition_id = r.id JOIN employee e"
                        + " ON e.id = rr.employee_id WHERE e.status <> 'LEFT' AND r.created_at >= ?")) {
            received.setTimestamp(1, since);
            try (var rows = people.executeQuery()) {
                rows.next();
                assertEquals(rows.getLong(1), after.company().people());
            }
            try (var rows = received.executeQuery()) {
                rows.next();
                assertEquals(rows.getLong(1), after.company().recognised());
                assertEquals(rows.getLong(2), after.company().recognitions());
            }
        }
    }

    @Test
    default void recognitionByValueCountsEachRecognitionAndPersonOnce() throws Exception {
        long giver = newPerson(ContactLevel.FRONT_LINE);
        long first = newPerson(ContactLevel.FRONT_LINE);
        long second = newPerson(ContactLevel.FRONT_LINE);
        String value = inTransaction(() -> em().createQuery(
                        "SELECT v.code FROM CompanyValue v WHERE v.active = TRUE ORDER BY v.code", String.class)
                .setMaxResults(1)
                .getSingleResult());
        var before = inTransaction(() -> bean(RewardTotals.class).byValues(30)).stream()
                .filter(t -> t.code().equals(value))
                .findFirst()
                .orElseThrow();
        for (Set<Long> recipients : List.of(Set.of(first, second), Set.of(first))) {
            String key = unique("by-value");
            inTransaction(() -> {
                em().persist(new Recognition(key, giver, recipients, value, "Thank you", 0, true, Instant.now()));
                return null;
            });
        }
        var after = inTransaction(() -> bean(RewardTotals.class).byValues(30)).stream()
                .filter(t -> t.code().equals(value))
                .findFirst()
                .orElseThrow();

        assertEquals(before.recognitions() + 2, after.recognitions());
        assertEquals(before.people() + 2, after.people(), "the person recognised twice counts once");
        assertEquals(before.giftPoints(), after.giftPoints(), "no points were given");
    }
}
