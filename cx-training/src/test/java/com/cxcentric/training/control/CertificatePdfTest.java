package com.cxcentric.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final CertificatePdf.Content CONTENT = new CertificatePdf.Content(
            "Siti Rahayu",
            "Service recovery: empathise, apologise, resolve, and fix the root cause",
            2,
            LocalDate.of(2026, 11, 3),
            LocalDate.of(2027, 11, 3),
            83,
            "CX-2026-4711",
            "Nusantara Services");

    @Test
    void namesHolderCourseDatesScoreAndNumber() throws IOException {
        String text = textOf(CertificatePdf.render(CONTENT, Locale.ENGLISH));

        assertTrue(text.contains("Certificate of completion"), text);
        assertTrue(text.contains("Siti Rahayu"), text);
        assertTrue(text.contains("Service recovery"), text);
        assertTrue(text.contains("fix the root cause"), text);
        assertTrue(text.contains("November 3, 2026"), text);
        assertTrue(text.contains("Valid until November 3, 2027"), text);
        assertTrue(text.contains("83%"), text);
        assertTrue(text.contains("CX-2026-4711"), text);
    }

    @Test
    void speaksTheReadersLanguage() throws IOException {
        String text = textOf(CertificatePdf.render(CONTENT, Locale.forLanguageTag("nl")));

        assertTrue(text.contains("Certificaat"), text);
        assertTrue(text.contains("3 november 2026"), text);
    }

    @Test
    void printsCharactersTheStandardFontLacksAsQuestionMarks() throws IOException {
        var content = new CertificatePdf.Content(
                "王小明 Wang", "Course", 1, LocalDate.of(2026, 1, 1), null, 100, "CX-2026-1", "Company");

        String text = textOf(CertificatePdf.render(content, Locale.ENGLISH));

        assertTrue(text.contains("??? Wang"), text);
        assertTrue(text.contains("does not expire"), text);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
