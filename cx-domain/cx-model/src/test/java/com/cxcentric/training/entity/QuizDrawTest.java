package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuizDrawTest {

    private static final List<Long> BANK = LongStream.rangeClosed(1, 10).boxed().toList();

    @Test
    void drawsTheAskedNumberOfDistinctQuestionsFromTheBank() {
        List<Long> drawn = QuizDraw.draw(BANK, 6, Set.of(), new Random(1));

        assertEquals(6, drawn.size());
        assertEquals(6, new HashSet<>(drawn).size());
        assertTrue(BANK.containsAll(drawn));
    }

    @Test
    void aRetakeAsksTheQuestionsNotAskedLastTimeFirst() {
        Set<Long> last = Set.of(1L, 2L, 3L, 4L, 5L, 6L);

        List<Long> retake = QuizDraw.draw(BANK, 6, last, new Random(7));

        assertEquals(6, retake.size());
        assertTrue(retake.containsAll(List.of(7L, 8L, 9L, 10L)), retake::toString);
        assertEquals(2, retake.stream().filter(last::contains).count());
    }

    @Test
    void theOrderIsShuffled() {
        Set<List<Long>> orders = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            orders.add(QuizDraw.draw(BANK, 10, Set.of(), random));
        }

        assertTrue(orders.size() > 15);
    }

    @Test
    void scoreIsTheShareAnsweredRightRoundedDown() {
        assertEquals(83, QuizDraw.scorePercent(5, 6));
        assertEquals(66, QuizDraw.scorePercent(4, 6));
        assertEquals(100, QuizDraw.scorePercent(6, 6));
        assertEquals(0, QuizDraw.scorePercent(0, 0));
    }
}
