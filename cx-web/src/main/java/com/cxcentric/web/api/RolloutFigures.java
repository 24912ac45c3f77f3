package com.cxcentric.web.api;

import com.cxcentric.rollout.Formula;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** A rollout figure as people read it in a language: "87 %", "1.4", "+4.2", "3"; a dash without data. */
public final class RolloutFigures {

    private RolloutFigures() {}

    public static String text(Formula formula, Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (formula) {
            case PERCENT -> round(value, 0, locale) + " %";
            case PER_HEAD -> round(value, 1, locale);
            case COUNT -> round(value, 0, locale);
            case SCORE_CHANGE -> (value > 0 ? "+" : "") + round(value, 1, locale);
        };
    }

    private static String round(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}
