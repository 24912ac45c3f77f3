package com.cxcentric.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's calendar day, in its time zone ({@code cx.display.zone}): the day a segment stay
 * starts or ends, an import's "today", the day tenure counts back from.
 */
@ApplicationScoped
public class BusinessDay {

    @Inject
    @ConfigProperty(name = "cx.display.zone", defaultValue = "Asia/Jakarta")
    String zone;

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}
