package com.cxcentric.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the start-up sequence has run and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/cx")
    private DataSource dataSource;

    @Inject
    private ApplicationStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("startup-complete", startup.isReady());
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("product", connection.getMetaData().getDatabaseProductName());
            return response.status(valid && startup.isReady()).build();
        } catch (SQLException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
