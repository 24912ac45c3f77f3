package com.cxcentric.web.me;

import com.cxcentric.notification.boundary.Inbox;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /me/messages.xhtml: my messages about training, newest first, the unread ones marked; opening
 * the page reads them.
 */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Messages shown; older ones stay in the database. */
    static final int SHOWN = 100;

    @Inject
    private Inbox inbox;

    private List<Inbox.MessageView> messages = List.of();
    private boolean mailEnabled;

    @PostConstruct
    void load() {
        messages = inbox.mine(FacesContext.getCurrentInstance().getViewRoot().getLocale(), SHOWN);
        mailEnabled = inbox.mailEnabled();
        inbox.markAllRead();
    }

    public List<Inbox.MessageView> getMessages() {
        return messages;
    }

    public boolean isMailEnabled() {
        return mailEnabled;
    }
}
