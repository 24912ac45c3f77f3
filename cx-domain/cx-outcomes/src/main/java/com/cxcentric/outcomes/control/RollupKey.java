package com.cxcentric.outcomes.control;

import java.time.LocalDate;

/** A rollup row's key: the day, the touchpoint and the attribution (the set of employees named). */
record RollupKey(LocalDate day, long touchpoint, long attribution) {}
