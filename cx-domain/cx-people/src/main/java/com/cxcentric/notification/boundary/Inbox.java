package com.cxcentric.notification.boundary;

import com.cxcentric.notification.control.MailSettings;
import com.cxcentric.notification.control.MessageTexts;
import com.cxcentric.notification.entity.MailStatus;
import com.cxcentric.notification.entity.Notification;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each person's messages in the portal: the ones sent to them and the copies they received as team
 * lead, in the reader's language, with whether the e-mail went out.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class Inbox {

    /** One message as its reader sees it. */
    public record MessageView(
            long id,
            NotificationKind kind,
            String subject,
            String body,
            Instant createdAt,
            boolean unread,
            boolean copy,
            MailStatus mailStatus,
            Long assignmentId) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private MessageTexts texts;

    @Inject
    private MailSettings mail;

    @Resource
    private SessionContext context;

    /** My newest messages first, at most {@code max}. */
    public List<MessageView> mine(Locale locale, int max) {
        Optional<Employee> me = me();
        if (me.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT n FROM Notification n JOIN FETCH n.recipient WHERE n.recipient = :me OR n.copyTo = :me"
                                + " ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("me", me.get())
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(n -> view(n, me.get(), locale))
                .toList();
    }

    /** How many messages addressed to me I have not opened yet. */
    public long unread() {
        return me().map(e -> em.createQuery(
                                "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :me AND n.readAt IS NULL",
                                Long.class)
                        .setParameter("me", e)
                        .getSingleResult())
                .orElse(0L);
    }

    /** Marks every message addressed to me as read. */
    public int markAllRead() {
        return me().map(e -> em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :me"
                                + " AND n.readAt IS NULL")
                        .setParameter("now", Instant.now())
                        .setParameter("me", e)
                        .executeUpdate())
                .orElse(0);
    }

    /** Whether messages are e-mailed at all; when not, the portal says so. */
    public boolean mailEnabled() {
        return mail.isEnabled();
    }

    private MessageView view(Notification n, Employee me, Locale locale) {
        Employee recipient = n.getRecipient();
        boolean copy = !recipient.getId().equals(me.getId());
        MessageTexts.Text text = texts.render(
                new MessageTexts.Facts(
                        n.getKind(),
                        recipient.getFirstName(),
                        recipient.getDisplayName(),
                        n.getSubjectTitle(),
                        n.getDueOn(),
                        copy),
                locale,
                mail.portalUrl());
        return new MessageView(
                n.getId(),
                n.getKind(),
                text.subject(),
                text.body(),
                n.getCreatedAt(),
                !copy && n.getReadAt() == null,
                copy,
                n.getMailStatus(),
                copy ? null : n.getAssignmentId());
    }

    private Optional<Employee> me() {
        return accounts.employeeOf(context.getCallerPrincipal().getName());
    }
}
