package com.cxcentric.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: accounts with PBKDF2 password hashes and roles as groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private LoginService logins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return logins.authenticate(
                        credential.getCaller(), credential.getPassword().getValue())
                .map(caller -> new CredentialValidationResult(caller.username(), caller.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
