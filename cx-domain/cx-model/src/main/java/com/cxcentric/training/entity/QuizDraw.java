package com.cxcentric.training.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the questions of an attempt from a course's bank, in random order, preferring questions the
 * person was not asked last time so that a retake differs; when the bank is too small for that, the
 * rest come from the questions asked before.
 */
public final class QuizDraw {

    private QuizDraw() {}

    public static List<Long> draw(Collection<Long> bank, int count, Set<Long> askedLastTime, Random random) {
        List<Long> fresh = new ArrayList<>();
        List<Long> repeat = new ArrayList<>();
        for (Long id : bank) {
            (askedLastTime.contains(id) ? repeat : fresh).add(id);
        }
        Collections.shuffle(fresh, random);
        Collections.shuffle(repeat, random);
        List<Long> drawn = new ArrayList<>(fresh.subList(0, Math.min(count, fresh.size())));
        drawn.addAll(repeat.subList(0, Math.min(count - drawn.size(), repeat.size())));
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /** The score of an attempt: the share of questions answered right, rounded down to a whole percent. */
    public static int scorePercent(int right, int asked) {
        return asked == 0 ? 0 : right * 100 / asked;
    }
}
