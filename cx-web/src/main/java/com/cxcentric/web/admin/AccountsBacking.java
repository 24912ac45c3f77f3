package com.cxcentric.web.admin;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.security.boundary.AccountAdministration;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /admin/accounts.xhtml: the login accounts, their roles and throttle state; lifting a lock. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration accountService;

    @Inject
    private FacesMessages messages;

    private List<AccountAdministration.AccountView> accounts;

    @PostConstruct
    void load() {
        accounts = accountService.listAll();
    }

    public void unlock(long accountId) {
        try {
            accountService.unlock(accountId);
            messages.info("accounts.unlocked");
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        accounts = accountService.listAll();
    }

    public List<AccountAdministration.AccountView> getAccounts() {
        return accounts;
    }
}
