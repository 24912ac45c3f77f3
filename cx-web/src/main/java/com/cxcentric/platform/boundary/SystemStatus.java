package com.cxcentric.platform.boundary;

import com.cxcentric.notification.control.MailSettings;
import com.cxcentric.platform.control.SchemaMigration;
import com.cxcentric.security.entity.ApiToken;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What an ADMIN sees of the installation on the home page. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SystemStatus {

    /** A snapshot of the installation. */
    public record Status(
            String database,
            String schemaVersion,
            long accounts,
            long lockedAccounts,
            long activeTokens,
            boolean demoMode,
            boolean mailEnabled,
            String mail) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/cx")
    private DataSource dataSource;

    @Inject
    private SchemaMigration schema;

    @Inject
    private MailSettings mail;

    @Inject
    @ConfigProperty(name = "cx.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    public Status current() {
        Instant now = Instant.now();
        long accounts = em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
        long locked = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.lockedUntil > :now", Long.class)
                .setParameter("now", now)
                .getSingleResult();
        long tokens = em.createNamedQuery(ApiToken.COUNT_ACTIVE, Long.class)
                .setParameter("now", now)
                .getSingleResult();
        return new Status(
                databaseProduct(),
                schema.current(),
                accounts,
                locked,
                tokens,
                demoEnabled,
                mail.isEnabled(),
                mail.describe());
    }

    private String databaseProduct() {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unavailable: " + e.getMessage();
        }
    }
}
