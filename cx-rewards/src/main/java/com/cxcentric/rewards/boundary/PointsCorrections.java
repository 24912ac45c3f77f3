package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.control.PointsStatements;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * HR's corrections of the points ledger: anyone's statement, and reversing a transfer made by
 * mistake with a reason, which the ledger writes as a new correction (nothing is changed or
 * deleted). A request carries an idempotency key, so sending it again reverses nothing more.
 */
@Stateless
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class PointsCorrections {

    /** A transfer as a correction answers it. */
    public record TransferView(
            long id, TransferKind kind, long amount, LocalDate effectiveOn, Long reverses, String memo) {

        static TransferView of(PointsTransfer t) {
            return new TransferView(
                    t.getId(), t.getKind(), t.getAmount(), t.getEffectiveOn(), t.getReversesId(), t.getMemo());
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private PointsLedger ledger;

    @Inject
    private PointsStatements statements;

    @Inject
    private BusinessDay businessDay;

    /** @throws ResourceNotFoundException for an unknown employee number */
    public Page<PointsStatements.Line> statementOf(String employeeNumber, PageRequest page) {
        Employee person = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.employee.unknown", "No employee " + employeeNumber, employeeNumber));
        return statements.of(person.getId(), page);
    }

    /**
     * Reverses a transfer.
     *
     * @throws RuleViolationException without a key or a reason, or when the points were spent
     * @throws com.cxcentric.platform.ConflictException when it was reversed already or is a correction
     */
    public TransferView reverse(long transferId, String idempotencyKey, String reason) {
        String key = Checks.key(idempotencyKey, "error.recognition.key", "correction");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > PointsTransfer.MEMO_LENGTH) {
            throw new RuleViolationException(
                    "reason",
                    "error.points.reason",
                    "Say why the transfer is reversed, in 1 to " + PointsTransfer.MEMO_LENGTH + " characters",
                    PointsTransfer.MEMO_LENGTH);
        }
        return TransferView.of(ledger.reverse(
                transferId, "correction:" + key, context.getCallerPrincipal().getName(), why, businessDay.today()));
    }
}
