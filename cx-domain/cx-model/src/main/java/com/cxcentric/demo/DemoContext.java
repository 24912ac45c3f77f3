package com.cxcentric.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * What a {@link DemoDataContributor} may build on: the company plan, the day the data is made for
 * and a random source of its own, seeded from the demo seed and the contributor's name so that
 * one area's data does not shift when another area draws more numbers.
 */
public record DemoContext(DemoCompany company, LocalDate today, long seed) {

    public Random randomFor(Class<?> contributor) {
        return new Random(seed ^ contributor.getName().hashCode());
    }
}
