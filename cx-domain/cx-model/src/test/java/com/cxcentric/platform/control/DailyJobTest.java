package com.cxcentric.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyJobTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void theFirstRunEverProcessesTodayOnly() {
        assertEquals(List.of(TODAY), DailyJob.daysAfter(null, TODAY));
    }

    @Test
    void aJobDoneThroughTodayHasNothingLeft() {
        assertEquals(List.of(), DailyJob.daysAfter(TODAY, TODAY));
        assertEquals(List.of(), DailyJob.daysAfter(TODAY.plusDays(1), TODAY), "a clock set back does not repeat days");
    }

    @Test
    void afterDowntimeEveryMissedDayIsProcessedInOrderAcrossAMonthEnd() {
        assertEquals(
                List.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), TODAY),
                DailyJob.daysAfter(LocalDate.of(2026, 2, 26), TODAY));
    }

    @Test
    void catchUpIsBoundedToTheLastFourHundredDays() {
        List<LocalDate> days = DailyJob.daysAfter(TODAY.minusYears(5), TODAY);

        assertEquals(DailyJob.MAX_CATCH_UP_DAYS, days.size());
        assertEquals(TODAY.minusDays(DailyJob.MAX_CATCH_UP_DAYS - 1L), days.get(0));
        assertEquals(TODAY, days.get(days.size() - 1));
    }
}
