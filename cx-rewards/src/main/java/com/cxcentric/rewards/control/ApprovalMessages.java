package com.cxcentric.rewards.control;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalStep;
import com.cxcentric.rewards.entity.Approver;
import com.cxcentric.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What {@link ApprovalFlow} tells people, in the caller's transaction: the approver of a stage (or
 * everyone in HR for an HR stage) that something waits for them, and the person and whoever asked
 * how it was decided. Each message is keyed by request, stage and approver, so it is written once.
 */
@ApplicationScoped
class ApprovalMessages {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private NotificationWriter notifications;

    void waiting(NotificationKind kind, ApprovalRequest request, ApprovalStep step, Instant now) {
        String key = request.getId() + ":" + step.getStage() + ":" + step.getApprover()
                + (step.getEscalatedAt() == null ? "" : ":escalated");
        String title = title(request);
        if (step.getApprover() == Approver.HR) {
            notifications.write(
                    kind,
                    "SELECT a.employee_id, NULL, NULL, CAST(? AS VARCHAR(200)), NULL,"
                            + " CONCAT(CAST(? AS VARCHAR(60)), CONCAT(':', CAST(a.employee_id AS VARCHAR(20))))"
                            + " FROM user_account a JOIN user_account_role r ON r.account_id = a.id"
                            + " WHERE r.role = '" + Role.HR.name()
                            + "' AND a.enabled = TRUE AND a.employee_id IS NOT NULL"
                            + " AND a.employee_id <> CAST(? AS BIGINT)",
                    List.of(title, key, request.getEmployeeId()),
                    now);
        } else {
            notifications.write(
                    kind,
                    "SELECT CAST(? AS BIGINT), NULL, NULL, CAST(? AS VARCHAR(200)), NULL, CAST(? AS VARCHAR(60))",
                    List.of(step.getApproverId(), title, key),
                    now);
        }
    }

    void decided(ApprovalRequest request, Instant now) {
        String title = title(request) + " \u00B7 " + request.getStatus().name().toLowerCase(java.util.Locale.ROOT);
        notifications.write(
                NotificationKind.APPROVAL_DECIDED,
                "SELECT x.who, NULL, NULL, CAST(? AS VARCHAR(200)), NULL, CONCAT(CAST(? AS VARCHAR(20)),"
                        + " CONCAT(':', CAST(x.who AS VARCHAR(20)))) FROM (SELECT CAST(? AS BIGINT) AS who"
                        + " UNION SELECT CAST(? AS BIGINT)) x WHERE x.who IS NOT NULL",
                List.of(
                        title.length() > 200 ? title.substring(0, 200) : title,
                        request.getId(),
                        request.getEmployeeId(),
                        request.getRequesterId() == null ? request.getEmployeeId() : request.getRequesterId()),
                now);
    }

    private String title(ApprovalRequest request) {
        Employee person = em.find(Employee.class, request.getEmployeeId());
        String text = person.getDisplayName() + " \u00B7 "
                + (request.getRewardTitle() == null ? "" : request.getRewardTitle() + " \u00B7 ") + request.getPoints()
                + " points";
        return text.length() > 180 ? text.substring(0, 180) : text;
    }
}
