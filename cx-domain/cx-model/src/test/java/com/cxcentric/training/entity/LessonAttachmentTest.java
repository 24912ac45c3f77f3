package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.platform.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LessonAttachmentTest {

    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.UTF_8);

    private static Lesson lesson() {
        var course = new Course("CX-FILES", "Files", "A course with files");
        return course.addLesson("One", "<p>one</p>", null, null);
    }

    private static LessonAttachment attach(String name, byte[] content) {
        return new LessonAttachment(lesson(), name, content, 1024, Instant.now());
    }

    @Test
    void keepsOnlyTheLastPathSegmentOfTheNameAndServesTheTypeOfItsExtension() {
        var file = attach("C:\\Users\\hr\\Call script\u0007.PDF", HELLO);

        assertEquals("Call script.PDF", file.getFileName());
        assertEquals("application/pdf", file.getContentType());
        assertEquals(5, file.getSizeBytes());
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", file.getSha256());
    }

    @Test
    void refusesFilesABrowserWouldRunOrThatCannotBeServed() {
        for (String name : new String[] {"page.html", "logo.svg", "setup.exe", "noextension", ".hidden", "../"}) {
            var refused = assertThrows(RuleViolationException.class, () -> attach(name, HELLO), name);
            assertEquals("file", refused.getField(), name);
        }
    }

    @Test
    void refusesAnEmptyFileAndOneOverTheLimit() {
        assertEquals(
                "error.attachment.empty",
                assertThrows(RuleViolationException.class, () -> attach("a.txt", new byte[0]))
                        .getMessageKey());
        assertEquals(
                "error.attachment.tooLarge",
                assertThrows(RuleViolationException.class, () -> attach("a.txt", new byte[1025]))
                        .getMessageKey());
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtension() {
        var file = attach("x".repeat(300) + ".docx", HELLO);

        assertEquals(LessonAttachment.NAME_LENGTH, file.getFileName().length());
        assertTrue(file.getFileName().endsWith(".docx"));
    }

    @Test
    void theDownloadHeaderCarriesAnAsciiNameAndTheUtf8Name() {
        var file = attach("Skrip layanan \"ramah\" é.pdf", HELLO);

        assertEquals(
                "attachment; filename=\"Skrip layanan ramah _.pdf\"; filename*=UTF-8''Skrip%20layanan%20ramah%20%C3%A9.pdf",
                file.contentDisposition());
    }
}
