package com.cxcentric.web.admin;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.boundary.AccountAdministration;
import com.cxcentric.security.boundary.ApiTokenService;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** /admin/api-tokens.xhtml: issue a token (its secret shown once), list and revoke tokens. */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokenService;

    /** Today in the company's time zone, which is what a date picker offers. */
    @Inject
    private BusinessDay businessDay;

    @Inject
    private AccountAdministration accountService;

    @Inject
    private FacesMessages messages;

    private List<AccountAdministration.AccountView> accounts;
    private List<ApiTokenService.TokenView> tokens;
    private String name;
    private String account;
    private List<ApiScope> scopes;
    private LocalDate expiresOn;
    private String issuedSecret;

    @PostConstruct
    void load() {
        accounts = accountService.listAll();
        tokens = tokenService.listAll();
    }

    public void issue() {
        try {
            var expiresAt = expiresOn == null
                    ? null
                    : expiresOn.atStartOfDay(ZoneId.systemDefault()).toInstant();
            var issued = tokenService.issue(name, account, EnumSet.copyOf(scopes), expiresAt);
            issuedSecret = issued.secret();
            messages.info("tokens.issued", issued.token().name());
            name = null;
            account = null;
            scopes = null;
            expiresOn = null;
            tokens = tokenService.listAll();
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void revoke(long tokenId) {
        try {
            tokenService.revoke(tokenId);
            messages.info("tokens.revoked");
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        tokens = tokenService.listAll();
    }

    public List<ApiScope> getAllScopes() {
        return List.of(ApiScope.values());
    }

    public LocalDate getTomorrow() {
        return businessDay.today().plusDays(1);
    }

    public List<AccountAdministration.AccountView> getAccounts() {
        return accounts;
    }

    public List<ApiTokenService.TokenView> getTokens() {
        return tokens;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public List<ApiScope> getScopes() {
        return scopes;
    }

    public void setScopes(List<ApiScope> scopes) {
        this.scopes = scopes;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
