package com.cxcentric.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.control.Caller;
import com.cxcentric.rewards.control.FeedActivity;
import com.cxcentric.rewards.control.FeedActivity.ReportView;
import com.cxcentric.rewards.control.RecognitionViews;
import com.cxcentric.rewards.entity.Reaction;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.ReportStatus;
import com.cxcentric.testsupport.InContainerTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The feed's conversation in the container against the real database: a reaction counts once per
 * person, a comment once per key, a private recognition is seen only by those in it, their leads
 * and HR, and HR's decision on a report hides it from the feed and decides every open report of it.
 * Run by {@code platform.InContainerIT}.
 */
public interface FeedInContainerTests extends InContainerTest {

    /** A team with its lead, a giver and a recipient in it, and someone from elsewhere. */
    record People(Employee lead, Employee giver, Employee recipient, Employee outsider) {}

    private People people() throws Exception {
        String code = unique("FD").toUpperCase(Locale.ROOT);
        return inTransaction(() -> {
            var team = new OrgUnit(code, "Feed team " + code, OrgUnitType.TEAM, null);
            var elsewhere = new OrgUnit(code + "-X", "Elsewhere " + code, OrgUnitType.TEAM, null);
            em().persist(team);
            em().persist(elsewhere);
            Employee lead = person(code + "-L", team);
            Employee giver = person(code + "-G", team);
            Employee recipient = person(code + "-R", team);
            Employee outsider = person(code + "-O", elsewhere);
            team.appointLead(lead);
            em().flush();
            return new People(lead, giver, recipient, outsider);
        });
    }

    private Employee person(String number, OrgUnit unit) {
        var person = new Employee(number, "Feed", number, ContactLevel.FRONT_LINE);
        person.placeIn(unit);
        em().persist(person);
        return person;
    }

    private long recognition(People p, boolean publicFeed) throws Exception {
        return inTransaction(() -> {
            var r = new Recognition(
                    unique("feed"),
                    p.giver().getId(),
                    Set.of(p.recipient().getId()),
                    "CUSTOMER_FIRST",
                    "Thank you",
                    0,
                    publicFeed,
                    Instant.now());
            em().persist(r);
            em().flush();
            return r.getId();
        });
    }

    private static Caller as(Employee e) {
        return new Caller(e, e.getEmployeeNumber(), false);
    }

    @Test
    default void aReactionCountsOncePerPersonAndACommentOncePerKey() throws Exception {
        People p = people();
        long id = recognition(p, true);
        FeedActivity feed = bean(FeedActivity.class);

        inTransaction(() -> feed.react(id, Reaction.HEART, true, as(p.outsider())));
        var twice = inTransaction(() -> feed.react(id, Reaction.HEART, true, as(p.outsider())));
        var other = inTransaction(() -> feed.react(id, Reaction.HEART, true, as(p.lead())));
        var back = inTransaction(() -> feed.react(id, Reaction.HEART, false, as(p.lead())));
        inTransaction(() -> feed.comment(id, "k1", "Well deserved", as(p.outsider())));
        inTransaction(() -> feed.comment(id, "k1", "Well deserved", as(p.outsider())));
        RuleViolationException empty = assertThrows(
                RuleViolationException.class, () -> inTransaction(() -> feed.comment(id, "k2", " ", as(p.lead()))));

        assertEquals(1, twice.reacted("HEART"));
        assertTrue(twice.mine("HEART"));
        assertEquals(2, other.reacted("HEART"));
        assertEquals(1, back.reacted("HEART"));
        assertFalse(back.mine("HEART"));
        assertEquals(1, inTransaction(() -> feed.comments(id, as(p.giver()))).size(), "the same key comments once");
        assertEquals("body", empty.getField());
    }

    @Test
    default void aPrivateRecognitionIsForThoseInItTheirLeadAndHrOnly() throws Exception {
        People p = people();
        long id = recognition(p, false);
        FeedActivity feed = bean(FeedActivity.class);

        assertThrows(
                ResourceNotFoundException.class,
                () -> inTransaction(() -> feed.comments(id, as(p.outsider()))),
                "someone from elsewhere is told it does not exist");
        assertEquals(List.of(), inTransaction(() -> feed.comments(id, as(p.recipient()))));
        assertEquals(List.of(), inTransaction(() -> feed.comments(id, as(p.lead()))));
        assertEquals(List.of(), inTransaction(() -> feed.comments(id, new Caller(null, "hr", true))));
    }

    @Test
    default void hidingAReportedRecognitionTakesItOutOfTheFeedAndDecidesEveryReportOfIt() throws Exception {
        People p = people();
        long id = recognition(p, true);
        FeedActivity feed = bean(FeedActivity.class);
        var first = inTransaction(() -> feed.report(id, "A points swap", as(p.outsider())));
        var again = inTransaction(() -> feed.report(id, "A points swap, again", as(p.outsider())));
        inTransaction(() -> {
            feed.flag(id, "Too large a share", Instant.now());
            return null;
        });
        RuleViolationException noReason = assertThrows(
                RuleViolationException.class, () -> inTransaction(() -> feed.report(id, "", as(p.lead()))));

        ReportView hidden = inTransaction(() -> feed.decide(first.report().id(), true, "Swap confirmed", "hr-tester"));
        List<ReportView> open = inTransaction(
                () -> feed.reports(ReportStatus.OPEN, new PageRequest(0, 500)).items());
        var inFeed = inTransaction(() ->
                bean(RecognitionViews.class).feed(new PageRequest(0, 50), null).items());

        assertFalse(first.repeated());
        assertTrue(again.repeated(), "one report per person");
        assertEquals("reason", noReason.getField());
        assertEquals(ReportStatus.HIDDEN, hidden.status());
        assertTrue(open.stream().noneMatch(r -> r.recognition().id() == id), "the rule's flag is decided with it");
        assertTrue(inFeed.stream().noneMatch(r -> r.id() == id), "hidden from the feed");
        assertThrows(
                ResourceNotFoundException.class,
                () -> inTransaction(() -> feed.comments(id, as(p.outsider()))),
                "and from those not in it");
    }
}
