package com.cxcentric.training.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * A one-page A4 landscape certificate for a passed course, in the reader's language. Uses the PDF
 * standard fonts (nothing to embed or download); a character those fonts cannot draw is printed
 * as '?', never an error.
 */
public final class CertificatePdf {

    /** What a certificate says. {@code expiresOn} null: it does not expire. */
    public record Content(
            String holder,
            String courseTitle,
            int revision,
            LocalDate certifiedOn,
            LocalDate expiresOn,
            int scorePercent,
            String certificateNumber,
            String companyName) {}

    private static final PDColor ACCENT = new PDColor(new float[] {0.07f, 0.36f, 0.55f}, PDDeviceRGB.INSTANCE);
    private static final PDColor TEXT = new PDColor(new float[] {0.15f, 0.15f, 0.15f}, PDDeviceRGB.INSTANCE);

    private CertificatePdf() {}

    public static byte[] render(Content content, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "com.cxcentric.training.control.certificate",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(texts.getString("title") + " " + content.certificateNumber());
            info.setAuthor(content.companyName());
            info.setSubject(content.courseTitle());
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.setStrokingColor(ACCENT);
                stream.setLineWidth(6);
                stream.addRect(28, 28, a4.getWidth() - 56, a4.getHeight() - 56);
                stream.stroke();
                float width = a4.getWidth();
                float y = a4.getHeight() - 110;
                centred(stream, bold, 14, ACCENT, content.companyName(), width, y);
                centred(stream, bold, 34, TEXT, texts.getString("title"), width, y -= 60);
                centred(stream, regular, 14, TEXT, texts.getString("certifies"), width, y -= 45);
                centred(stream, bold, 26, ACCENT, content.holder(), width, y -= 40);
                centred(stream, regular, 14, TEXT, texts.getString("completed"), width, y -= 40);
                y = wrapped(stream, bold, 18, content.courseTitle(), width, y - 32);
                centred(
                        stream,
                        regular,
                        12,
                        TEXT,
                        MessageFormat.format(
                                texts.getString("details"),
                                content.revision(),
                                content.certifiedOn().format(dates),
                                content.scorePercent()),
                        width,
                        y -= 36);
                centred(
                        stream,
                        regular,
                        12,
                        TEXT,
                        content.expiresOn() == null
                                ? texts.getString("noExpiry")
                                : MessageFormat.format(
                                        texts.getString("expires"),
                                        content.expiresOn().format(dates)),
                        width,
                        y -= 20);
                centred(
                        stream,
                        regular,
                        10,
                        TEXT,
                        MessageFormat.format(texts.getString("number"), content.certificateNumber()),
                        width,
                        60);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write certificate " + content.certificateNumber(), e);
        }
    }

    /** Draws a long line as up to two centred lines; returns the baseline of the last one. */
    private static float wrapped(
            PDPageContentStream stream, PDType1Font font, float size, String text, float width, float y)
            throws IOException {
        String safe = drawable(font, text);
        if (font.getStringWidth(safe) / 1000 * size <= width - 120) {
            centred(stream, font, size, ACCENT, safe, width, y);
            return y;
        }
        int split = safe.lastIndexOf(' ', safe.length() / 2 + 10);
        split = split < 0 ? safe.length() / 2 : split;
        centred(stream, font, size, ACCENT, safe.substring(0, split).strip(), width, y);
        centred(stream, font, size, ACCENT, safe.substring(split).strip(), width, y - size - 6);
        return y - size - 6;
    }

    private static void centred(
            PDPageContentStream stream, PDType1Font font, float size, PDColor colour, String text, float width, float y)
            throws IOException {
        String safe = drawable(font, text);
        float textWidth = font.getStringWidth(safe) / 1000 * size;
        stream.beginText();
        stream.setNonStrokingColor(colour);
        stream.setFont(font, size);
        stream.newLineAtOffset((width - textWidth) / 2, y);
        stream.showText(safe);
        stream.endText();
    }

    /** The text with every character the font cannot encode replaced by '?'. */
    static String drawable(PDType1Font font, String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                safe.append(character);
            } catch (IOException | IllegalArgumentException e) {
                safe.append('?');
            }
        });
        return safe.toString();
    }
}
