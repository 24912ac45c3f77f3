package com.cxcentric.security.boundary;

import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/** What an ADMIN does with login accounts: list them, see and lift throttle locks. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

    private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

    /** An account as the admin pages show it. */
    public record AccountView(
            Long id,
            String username,
            Set<Role> roles,
            String employeeName,
            boolean enabled,
            int failedLogins,
            Instant lockedUntil,
            Instant lastLoginAt,
            boolean locked) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public List<AccountView> listAll() {
        Instant now = Instant.now();
        return em.createNamedQuery(UserAccount.FIND_ALL, UserAccount.class).getResultList().stream()
                .map(a -> new AccountView(
                        a.getId(),
                        a.getUsername(),
                        Set.copyOf(a.getRoles()),
                        a.getEmployee() == null ? null : a.getEmployee().getDisplayName(),
                        a.isEnabled(),
                        a.getFailedLogins(),
                        a.getLockedUntil(),
                        a.getLastLoginAt(),
                        a.isLockedAt(now)))
                .toList();
    }

    public long countAccounts() {
        return em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    }

    public void unlock(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new ResourceNotFoundException("error.account.unknown", "No account with id " + accountId, accountId);
        }
        account.unlock();
        LOG.info(() -> context.getCallerPrincipal().getName() + " unlocked account " + account.getUsername());
    }
}
