package com.cxcentric.training.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson bodies as they may be stored and shown: HTML from the portal's editor passes through an
 * allow-list sanitiser (formatting, headings, lists, quotes, tables, http(s) and mail links; no
 * script, no event handler, no style, no frame), and Markdown is rendered with raw HTML escaped,
 * then sanitised the same way. Nothing reaches the database without passing {@link #sanitise}.
 */
public final class LessonContent {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "span", "li")
                    // The portal's editor (Quill 2) writes every list as <ol> and marks bullets on the items.
                    .allowAttributes("data-list")
                    .matching(Pattern.compile("bullet|ordered"))
                    .onElements("li")
                    .toFactory());

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN =
            Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private LessonContent() {}

    /** The HTML with everything outside the allow-list removed. */
    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** Markdown rendered to sanitised HTML. */
    public static String fromMarkdown(String markdown) {
        return sanitise(RENDERER.render(MARKDOWN.parse(markdown == null ? "" : markdown)));
    }

    /**
     * A video link as it may be embedded: blank becomes null; anything but an absolute https URL is
     * refused with the reason.
     *
     * @throws IllegalArgumentException saying what is wrong with the link
     */
    public static String videoUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("a video link must be an https:// address");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a video link must be an https:// address", e);
        }
    }
}
