package com.cxcentric.platform.boundary;

import com.cxcentric.notification.control.MailSettings;
import com.cxcentric.platform.control.SchemaMigration;
import com.cxcentric.security.boundary.AccountBootstrap;
import com.cxcentric.training.boundary.CourseCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The start-up sequence, before any request is served: migrate the schema, make sure an
 * administrator exists, load the starter courses that are missing, and in demo mode fill an empty database with the demo company. A failure
 * stops the deployment rather than serving from a half-ready database.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    private SchemaMigration schema;

    @Inject
    private AccountBootstrap accounts;

    @Inject
    private DemoDataLoader demoData;

    @Inject
    private CourseCatalog courses;

    @Inject
    private MailSettings mail;

    @Inject
    @ConfigProperty(name = "cx.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        schema.migrate();
        onceAcrossInstances("the first administrator", accounts::ensureAdministrator);
        onceAcrossInstances("the starter curriculum", () -> courses.loadStarterCurriculum() >= 0);
        if (demoEnabled) {
            onceAcrossInstances("the demo data", demoData::loadIfEmpty);
        }
        LOG.info(() -> "CX Centric ready; demo mode " + (demoEnabled ? "on" : "off") + ", mail " + mail.describe());
        ready = true;
    }

    /**
     * Runs a step that acts only on an empty database. When several instances start together on
     * one database, the loser's insert breaks a unique constraint and rolls back; its second try
     * then finds the winner's rows and does nothing.
     */
    private static void onceAcrossInstances(String what, BooleanSupplier step) {
        try {
            step.getAsBoolean();
        } catch (EJBException firstTry) {
            LOG.log(
                    Level.INFO,
                    "Writing " + what
                            + " failed, probably because another instance did it at the same time; checking again",
                    firstTry);
            step.getAsBoolean();
        }
    }

    /** Whether the start-up sequence has completed, for the readiness check. */
    @Lock(LockType.READ)
    public boolean isReady() {
        return ready;
    }
}
