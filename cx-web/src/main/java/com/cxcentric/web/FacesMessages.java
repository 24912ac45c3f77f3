package com.cxcentric.web;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Adds messages in the user's language from the {@code i18n} bundle. */
@ApplicationScoped
public class FacesMessages {

    public static final String BUNDLE = "com.cxcentric.web.i18n.messages";

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Shows a business refusal in the user's language, falling back to its English message. */
    public void error(BusinessException refusal) {
        var context = FacesContext.getCurrentInstance();
        String text;
        try {
            text = format(context, refusal.getMessageKey(), refusal.getArguments());
        } catch (MissingResourceException e) {
            text = refusal.getMessage();
        }
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Shows a business refusal as {@link #error(BusinessException)} does and, when it names the
     * field at fault, beside that field of the form too.
     */
    public void error(BusinessException refusal, String formId) {
        error(refusal);
        if (refusal instanceof RuleViolationException violation && violation.getField() != null) {
            var context = FacesContext.getCurrentInstance();
            String text;
            try {
                text = format(context, refusal.getMessageKey(), refusal.getArguments());
            } catch (MissingResourceException e) {
                text = refusal.getMessage();
            }
            context.addMessage(
                    formId + ":" + violation.getField(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    /** A text of the bundle in the user's language, formatted with its arguments. */
    public String text(String key, Object... arguments) {
        return format(FacesContext.getCurrentInstance(), key, arguments);
    }

    /**
     * Sends the browser to another page of the portal (a path below the context root, with its
     * query) and shows the messages added so far there.
     */
    public void redirectWithMessages(String path) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + path);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        var context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, format(context, key, arguments), null));
    }

    private static String format(FacesContext context, String key, Object... arguments) {
        var locale = context.getViewRoot() == null
                ? context.getApplication().getDefaultLocale()
                : context.getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
