package com.cxcentric.notification.control;

import com.cxcentric.notification.entity.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a message, in the reader's language: the same subject and body in the e-mail and in
 * the portal. Texts live in {@code notifications*.properties} next to this class.
 */
@ApplicationScoped
public class MessageTexts {

    private static final String BUNDLE = "com.cxcentric.notification.control.notifications";

    /** A message ready to show or send. */
    public record Text(String subject, String body) {}

    /** What a message is about, as stored, plus who it is for. */
    public record Facts(
            NotificationKind kind, String firstName, String personName, String title, LocalDate dueOn, boolean copy) {}

    /**
     * @param portalUrl the portal's address for links, without a trailing slash
     */
    public Text render(Facts facts, Locale locale, String portalUrl) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String due = facts.dueOn() == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(facts.dueOn());
        Object[] arguments = {facts.firstName(), facts.title(), due, facts.personName(), portalUrl};
        String key = facts.kind().name();
        String subject = format(bundle, key + ".subject", arguments, locale);
        String body = format(bundle, key + (facts.copy() ? ".copyBody" : ".body"), arguments, locale);
        if (facts.copy()) {
            subject = format(bundle, "copy.subject", new Object[] {facts.personName(), subject}, locale);
        }
        return new Text(subject, body + "\n\n" + format(bundle, "footer", arguments, locale));
    }

    private static String format(ResourceBundle bundle, String key, Object[] arguments, Locale locale) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
