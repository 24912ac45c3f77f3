package com.cxcentric.rewards.boundary;

import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.PointsAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Opens people's points accounts, each in a transaction of its own before the movement that needs
 * it: when two first movements of the same person race, the loser's insert meets the unique owner
 * key and fails alone, and both then find the winner's account. Opening an empty
 * account of an existing person changes nobody's points, so any caller inside the application may
 * ask (the boundaries that move points check who their caller is).
 */
@Stateless
@PermitAll
public class PointsAccounts {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private PointsLedger ledger;

    /**
     * Makes sure the account exists before a movement needs it: opened in a transaction of its
     * own if missing; when another request opened it meanwhile, that one is as good.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void ensure(AccountKind kind, long employeeId) {
        if (ledger.existing(kind, employeeId).isPresent()) {
            return;
        }
        try {
            context.getBusinessObject(PointsAccounts.class).open(kind, employeeId);
        } catch (EJBException openedMeanwhile) {
            ledger.account(kind, employeeId);
        }
    }

    /** Opens the account unless it exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(AccountKind kind, long employeeId) {
        String key = PointsAccount.ownerKey(kind, employeeId);
        boolean exists = !em.createNamedQuery(PointsAccount.FIND_BY_OWNER, PointsAccount.class)
                .setParameter("owner", key)
                .getResultList()
                .isEmpty();
        if (!exists) {
            em.persist(PointsAccount.of(kind, employeeId));
        }
    }
}
