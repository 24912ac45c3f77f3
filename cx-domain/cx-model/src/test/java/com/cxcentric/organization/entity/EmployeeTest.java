package com.cxcentric.organization.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmployeeTest {

    private final Employee chief = new Employee("E1", "Sari", "Wijaya", ContactLevel.LEADERSHIP);
    private final Employee lead = new Employee("E2", "Budi", "Santoso", ContactLevel.CUSTOMER_SUPPORT);
    private final Employee agent = new Employee("E3", "Dewi", "Lestari", ContactLevel.CUSTOMER_SUPPORT);

    @Test
    void reportsToAManager() {
        lead.reportTo(chief);
        agent.reportTo(lead);

        assertSame(lead, agent.getManager());
    }

    @Test
    void refusesAManagerChainThatLeadsBackToItself() {
        lead.reportTo(chief);
        agent.reportTo(lead);

        var error = assertThrows(IllegalArgumentException.class, () -> chief.reportTo(agent));
        assertTrue(error.getMessage().contains("E1"), error.getMessage());
    }

    @Test
    void refusesToReportToItself() {
        assertThrows(IllegalArgumentException.class, () -> agent.reportTo(agent));
    }

    @Test
    void ranksMotivatorsMostValuedFirst() {
        agent.rankMotivators(List.of(Motivator.TIME_OFF, Motivator.PUBLIC_RECOGNITION));

        assertEquals(List.of(Motivator.TIME_OFF, Motivator.PUBLIC_RECOGNITION), agent.getMotivators());
    }

    @Test
    void refusesToRankAMotivatorTwice() {
        assertThrows(
                IllegalArgumentException.class,
                () -> agent.rankMotivators(List.of(Motivator.TIME_OFF, Motivator.TIME_OFF)));
    }

    @Test
    void displaysFirstAndLastName() {
        assertEquals("Dewi Lestari", agent.getDisplayName());
    }
}
