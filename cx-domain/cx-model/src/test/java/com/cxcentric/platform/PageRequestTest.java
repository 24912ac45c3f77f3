package com.cxcentric.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void computesTheOffset() {
        assertEquals(100, new PageRequest(2, 50).offset());
    }

    @Test
    void rejectsANegativePageAndAnOversizedPage() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
    }

    @Test
    void mapsItemsAndKeepsTheTotal() {
        var page = new Page<>(List.of(1, 2), 0, 2, 7).map(n -> "#" + n);

        assertEquals(List.of("#1", "#2"), page.items());
        assertEquals(7, page.total());
    }
}
