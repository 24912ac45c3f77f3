package com.cxcentric.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    private static Locale locale() {
        var context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
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
}
