package com.cxcentric.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LessonContentTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>Hello</p><script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<p onclick=\"alert(1)\">text</p>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<svg><script>alert(1)</script></svg>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<scr<script>ipt>alert(1)</script>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">"
            })
    void removesEveryWayOfRunningScript(String html) {
        String clean = LessonContent.sanitise(html).toLowerCase(Locale.ROOT);

        assertFalse(clean.contains("<script"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("onerror") || clean.contains("onclick"), clean);
        assertFalse(clean.contains("<iframe") || clean.contains("<object") || clean.contains("<embed"), clean);
        assertFalse(clean.contains("style="), clean);
    }

    @Test
    void keepsTheFormattingALessonNeeds() {
        String html = "<h3>Ask</h3><p><strong>Need</strong> and <em>gap</em></p><ul><li>one</li></ul>"
                + "<blockquote>quote</blockquote><a href=\"https://example.com\">link</a>";

        String clean = LessonContent.sanitise(html);

        assertTrue(clean.contains("<h3>Ask</h3>"), clean);
        assertTrue(clean.contains("<strong>Need</strong>"), clean);
        assertTrue(clean.contains("<li>one</li>"), clean);
        assertTrue(clean.contains("<blockquote>quote</blockquote>"), clean);
        assertTrue(clean.contains("href=\"https://example.com\""), clean);
    }

    @Test
    void keepsTheEditorsBulletMarksOnListItemsAndNothingElse() {
        String html = LessonContent.sanitise("<ol><li data-list=\"bullet\">Listen</li>"
                + "<li data-list=\"ordered\">Ask</li><li data-list=\"javascript:steal()\">x</li></ol>");

        assertEquals("<ol><li data-list=\"bullet\">Listen</li><li data-list=\"ordered\">Ask</li><li>x</li></ol>", html);
    }

    @Test
    void rendersMarkdownWithItsRawHtmlEscaped() {
        String html = LessonContent.fromMarkdown("# Title\n\nSome **bold** text.\n\n<script>alert(1)</script>\n\n"
                + "[bad](javascript:alert(1))\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        assertTrue(html.contains("<h1>Title</h1>"), html);
        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertTrue(html.contains("<table>"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
    }

    @Test
    void acceptsOnlyHttpsVideoLinks() {
        assertEquals("https://video.example.com/v/1", LessonContent.videoUrl(" https://video.example.com/v/1 "));
        assertNull(LessonContent.videoUrl(" "));
        assertThrows(IllegalArgumentException.class, () -> LessonContent.videoUrl("http://video.example.com/v/1"));
        assertThrows(IllegalArgumentException.class, () -> LessonContent.videoUrl("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> LessonContent.videoUrl("https://"));
    }
}
