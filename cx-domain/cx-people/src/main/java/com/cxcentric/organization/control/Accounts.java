package com.cxcentric.organization.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Offered;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds login accounts, and the employee behind one, inside the caller's transaction. */
@Offered
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The employee an account is linked to; empty for an unknown or unlinked account. */
    public Optional<Employee> employeeOf(String username) {
        // One query, not the account and then its employee: every request of a signed-in person asks.
        // An account linked to no employee (an administrator's) reads as one row holding null.
        return em.createQuery("SELECT a.employee FROM UserAccount a WHERE a.username = :username", Employee.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /**
     * The employee a signed-in caller's account is linked to.
     *
     * @throws ResourceNotFoundException when the account is linked to no employee (an administrator's)
     */
    public Employee linkedEmployee(String username) {
        return employeeOf(username)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.profile.notLinked", "Account " + username + " is linked to no employee"));
    }
}
