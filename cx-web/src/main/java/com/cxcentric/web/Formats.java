package com.cxcentric.web;

import com.cxcentric.outcomes.entity.MetricValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Dates and moments in the viewer's language and the company's time zone ({@code cx.display.zone}). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    @Inject
    @ConfigProperty(name = "cx.display.zone", defaultValue = "Asia/Jakarta")
    String zone;

    public String instant(Instant moment) {
        if (moment == null) {
            return "–";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(ZoneId.of(zone))
                .format(moment);
    }

    public String date(LocalDate date) {
        return date == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    /** A month as the viewer's language writes it: Nov 2026, nov 2026, Nov 2026. */
    public String month(YearMonth month) {
        return month == null
                ? "–"
                : DateTimeFormatter.ofPattern("MMM yyyy", locale()).format(month);
    }

    private static Locale locale() {
        var context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
    }

    /** An amount of money in a currency (ISO code), as the viewer's language writes it. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    /**
     * A figure as the viewer's language writes it, with the decimals it has (87.9, 87,9; a whole
     * target as 90); a dash for none.
     */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(Math.max(0, value.stripTrailingZeros().scale() > 0 ? value.scale() : 0));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /**
     * A measured figure (NPS 12.0, CES 5.25, a count of responses) as the viewer's language writes
     * it, keeping every decimal it was rounded to: 12.0 and 2,370 in English, 12,0 and 2.370 in
     * Dutch and Indonesian; a dash for none.
     */
    public String figure(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }

    /** A figure with a fixed number of decimals as the viewer's language writes it; a dash for none. */
    public String number(Number value, int decimals) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A file size for people: bytes, KB or MB with one decimal. */
    public String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format(locale(), "%.1f KB", size / 1024.0);
        }
        return String.format(locale(), "%.1f MB", size / (1024.0 * 1024.0));
    }

    /** Current minus previous, when both are shown; null otherwise. */
    public BigDecimal change(MetricValue current, MetricValue previous) {
        return current.enough() && previous.enough() ? current.value().subtract(previous.value()) : null;
    }
}
