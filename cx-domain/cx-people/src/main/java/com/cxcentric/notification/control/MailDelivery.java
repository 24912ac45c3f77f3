package com.cxcentric.notification.control;

import com.cxcentric.notification.entity.MailStatus;
import com.cxcentric.notification.entity.Notification;
import com.cxcentric.organization.entity.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails one message, in a transaction of its own that holds the message's row lock while sending:
 * another instance trying the same message waits and then finds it sent. A crash between sending
 * and committing can send a message twice (at least once, never lost); a refusal is counted and
 * retried on the outbox's next rounds until {@link Notification#MAX_MAIL_ATTEMPTS}.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final String TIMEOUT_MILLIS = "15000";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private MessageTexts texts;

    /** Without mail configured: every waiting message is portal-only, in one statement. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int markAllOff() {
        return em.createQuery("UPDATE Notification n SET n.mailStatus = :off WHERE n.mailStatus = :pending")
                .setParameter("off", MailStatus.OFF)
                .setParameter("pending", MailStatus.PENDING)
                .executeUpdate();
    }

    public boolean mailEnabled() {
        return settings.isEnabled();
    }

    /** @return the message's mail status afterwards */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MailStatus deliver(long notificationId) {
        Notification message = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getMailStatus().isFinal()) {
            return message == null ? MailStatus.FAILED : message.getMailStatus();
        }
        if (!settings.isEnabled()) {
            message.notMailed(MailStatus.OFF);
            return MailStatus.OFF;
        }
        Employee to = message.getRecipient();
        if (to.getEmail() == null || to.getEmail().isBlank()) {
            message.notMailed(MailStatus.NO_ADDRESS);
            return MailStatus.NO_ADDRESS;
        }
        Employee copyTo = message.getCopyTo();
        Locale locale =
                to.getPreferredLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(to.getPreferredLanguage());
        MessageTexts.Text text = texts.render(
                new MessageTexts.Facts(
                        message.getKind(),
                        to.getFirstName(),
                        to.getDisplayName(),
                        message.getSubjectTitle(),
                        message.getDueOn(),
                        false),
                locale,
                settings.portalUrl());
        try {
            MimeMessage mail = new MimeMessage(session());
            mail.setFrom(new InternetAddress(settings.from()));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to.getEmail()));
            if (copyTo != null
                    && copyTo.getEmail() != null
                    && !copyTo.getEmail().isBlank()) {
                mail.setRecipients(Message.RecipientType.CC, InternetAddress.parse(copyTo.getEmail()));
            }
            mail.setSubject(text.subject(), "UTF-8");
            mail.setText(text.body(), "UTF-8");
            mail.setSentDate(new Date());
            mail.setHeader("X-CX-Notification", String.valueOf(message.getId()));
            Transport.send(mail);
            message.mailed(Instant.now());
        } catch (MessagingException refused) {
            LOG.log(Level.WARNING, "Mailing message " + notificationId + " failed: " + refused.getMessage());
            message.mailFailed(refused.getMessage());
        }
        return message.getMailStatus();
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (settings.username().filter(u -> !u.isBlank()).isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String user = settings.username().get();
        String password = settings.password().orElse("");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }
}
