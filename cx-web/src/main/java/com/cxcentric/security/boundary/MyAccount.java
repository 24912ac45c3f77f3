package com.cxcentric.security.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** What a signed-in person changes about their own account. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MyAccount {

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    /** The portal language the caller chose last time, if any. */
    public Optional<String> language() {
        return accounts.byUsername(context.getCallerPrincipal().getName()).map(UserAccount::getLanguage);
    }

    /** Remembers the portal language for the next sign-in. */
    public void changeLanguage(@Pattern(regexp = "en|nl|id") String language) {
        accounts.byUsername(context.getCallerPrincipal().getName()).ifPresent(account -> account.setLanguage(language));
    }
}
