package com.cxcentric.web.me;

import com.cxcentric.notification.boundary.Inbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count next to "Messages" in the menu, counted once per request. */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    private Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }
}
