package com.cxcentric.security.boundary;

import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Pattern;

/** What a signed-in person changes about their own account. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MyAccount {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The portal language the caller chose last time, if any. */
    public java.util.Optional<String> language() {
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .map(UserAccount::getLanguage);
    }

    /** Remembers the portal language for the next sign-in. */
    public void changeLanguage(@Pattern(regexp = "en|nl|id") String language) {
        em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .ifPresent(account -> account.setLanguage(language));
    }
}
