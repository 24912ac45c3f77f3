package com.cxcentric.vision.entity;

import static com.cxcentric.vision.entity.AcknowledgementSchedule.Due.COPY_TO_LEAD;
import static com.cxcentric.vision.entity.AcknowledgementSchedule.Due.NOTHING;
import static com.cxcentric.vision.entity.AcknowledgementSchedule.Due.REMINDER;
import static com.cxcentric.vision.entity.AcknowledgementSchedule.due;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cxcentric.platform.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementScheduleTest {

    private static final LocalDate ASKED = LocalDate.of(2026, 3, 2);

    @Test
    void oneReminderAWeekAfterBeingAskedThenACopyToTheLeadAWeekLater() {
        assertEquals(NOTHING, due(ASKED, false, null, null, ASKED.plusDays(6)));
        assertEquals(REMINDER, due(ASKED, false, null, null, ASKED.plusDays(7)));
        LocalDate reminded = ASKED.plusDays(7);
        assertEquals(NOTHING, due(ASKED, false, reminded, null, reminded.plusDays(6)));
        assertEquals(COPY_TO_LEAD, due(ASKED, false, reminded, null, reminded.plusDays(7)));
        assertEquals(NOTHING, due(ASKED, false, reminded, reminded.plusDays(7), reminded.plusDays(30)));
    }

    @Test
    void aReminderMissedWhileTheServerWasDownIsSentOnceAndTheCopyWaitsItsWeek() {
        // Asked 20 days ago, never reminded: only the reminder is due, not both at once.
        assertEquals(REMINDER, due(ASKED, false, null, null, ASKED.plusDays(20)));
    }

    @Test
    void nothingIsDueOnceConfirmed() {
        assertEquals(NOTHING, due(ASKED, true, null, null, ASKED.plusDays(30)));
        assertEquals(NOTHING, due(ASKED, true, ASKED.plusDays(7), null, ASKED.plusDays(30)));
    }

    @Test
    void aPublishedVersionKeepsItsTexts() {
        VisionVersion version = new VisionVersion(1, "exec");
        version.rewrite(
                List.of(new VisionText("en", "Vision", "Promise")),
                List.of(new VisionValueText("OWN_IT", "en", 1, "Own it", null)),
                "exec");
        version.publish("exec", Instant.parse("2026-03-02T09:00:00Z"), ASKED);
        assertThrows(ConflictException.class, () -> version.rewrite(List.of(), List.of(), "exec"));
        assertThrows(ConflictException.class, () -> version.publish("exec", Instant.now(), ASKED));
        assertEquals("Vision", version.text("nl").orElseThrow().getVision(), "falls back to the default language");
        assertEquals("Own it", version.values("id").get(0).getName());
    }
}
