package com.cxcentric.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the heap has room: down when less than 5% of the maximum heap is free after use. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    private static final double MIN_FREE_SHARE = 0.05;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        double free = 1.0 - (double) used / max;
        return HealthCheckResponse.named("heap")
                .withData("used-mb", used / (1024 * 1024))
                .withData("max-mb", max / (1024 * 1024))
                .status(free >= MIN_FREE_SHARE)
                .build();
    }
}
