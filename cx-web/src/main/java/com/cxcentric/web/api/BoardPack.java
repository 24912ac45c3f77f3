package com.cxcentric.web.api;

import com.cxcentric.rollout.Rating;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.vision.boundary.RolloutHeatmap.Heatmap;
import com.cxcentric.vision.control.RolloutFold.Cell;
import com.cxcentric.vision.control.RolloutFold.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The rollout heatmap as a board pack: a PDF with the whole scope on its first page (and the three
 * units furthest behind) and one page per unit, each dimension with its figure, target, rating and
 * sample; and an Excel workbook with the heatmap (figures, one row per unit) and every cell in
 * detail. Texts come from the portal's message bundle in the reader's language; the PDF uses the
 * standard fonts, a character they cannot draw printed as '?'.
 */
public final class BoardPack {

    private static final String BUNDLE = "com.cxcentric.web.i18n.messages";
    private static final float MARGIN = 50;
    private static final PDColor BRAND = rgb(0.05f, 0.42f, 0.33f);
    private static final PDColor TEXT = rgb(0.12f, 0.16f, 0.2f);
    private static final PDColor MUTED = rgb(0.32f, 0.38f, 0.43f);

    private final Heatmap heatmap;
    private final Locale locale;
    private final ResourceBundle texts;
    private final String company;

    public BoardPack(Heatmap heatmap, Locale locale, String company) {
        this.heatmap = heatmap;
        this.locale = locale;
        this.company = company;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The PDF: the scope's page, then one page per row of the heatmap. */
    public byte[] pdf() {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(text("boardPack.title"));
            document.getDocumentInformation().setAuthor(company);
            page(document, bold, regular, heatmap.total(), true);
            for (Row row : heatmap.rows()) {
                page(document, bold, regular, row, false);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void page(PDDocument document, PDType1Font bold, PDType1Font regular, Row row, boolean scope)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float width = PDRectangle.A4.getWidth();
        float y = PDRectangle.A4.getHeight() - MARGIN;
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            write(stream, bold, 11, BRAND, MARGIN, y, company + " · " + text("boardPack.title"));
            y -= 30;
            write(stream, bold, 20, TEXT, MARGIN, y, scope ? text("rollout.total") : row.name());
            y -= 20;
            for (String line :
                    wrap(regular, 10, since() + " · " + format("boardPack.people", row.people()), width - 2 * MARGIN)) {
                write(stream, regular, 10, MUTED, MARGIN, y, line);
                y -= 13;
            }
            y -= 17;
            float[] columns = {MARGIN, MARGIN + 200, MARGIN + 270, MARGIN + 340, MARGIN + 420};
            String[] headers = {
                text("boardPack.dimension"),
                text("boardPack.figure"),
                text("boardPack.target"),
                text("boardPack.rating"),
                text("boardPack.sample")
            };
            for (int c = 0; c < headers.length; c++) {
                write(stream, bold, 9, MUTED, columns[c], y, headers[c]);
            }
            y -= 6;
            line(stream, MARGIN, width - MARGIN, y);
            y -= 16;
            List<RolloutDimension> dimensions = heatmap.dimensions();
            for (int d = 0; d < dimensions.size(); d++) {
                RolloutDimension dimension = dimensions.get(d);
                Cell cell = row.cells().get(d);
                write(stream, regular, 10, TEXT, columns[0], y, text("RolloutDimension." + dimension.code()));
                write(stream, bold, 10, TEXT, columns[1], y, figure(dimension, cell.value()));
                write(stream, regular, 10, TEXT, columns[2], y, figure(dimension, dimension.target()));
                write(stream, bold, 10, colour(cell.rating()), columns[3], y, text("Rating." + cell.rating()));
                write(stream, regular, 10, MUTED, columns[4], y, cell.sample() + " / " + cell.minimumSample());
                y -= 18;
            }
            y -= 10;
            for (String line : wrap(regular, 8, text("boardPack.sampleNote"), width - 2 * MARGIN)) {
                write(stream, regular, 8, MUTED, MARGIN, y, line);
                y -= 10;
            }
            if (scope && !heatmap.rows().isEmpty()) {
                y -= 36;
                write(stream, bold, 12, TEXT, MARGIN, y, text("boardPack.furthestBehind"));
                for (Row behind : heatmap.furthestBehind(3)) {
                    y -= 18;
                    write(
                            stream,
                            regular,
                            10,
                            TEXT,
                            MARGIN,
                            y,
                            behind.name() + ": "
                                    + format("boardPack.counts", behind.behind(), behind.close(), behind.onTarget()));
                }
            }
        }
    }

    /** The workbook: "Heatmap" (a row per unit, a column per dimension) and "Detail" (every cell). */
    public byte[] xlsx() {
        var bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "CX Centric", "1.0");
            Worksheet wide = workbook.newWorksheet(sheet(text("boardPack.sheetHeatmap")));
            List<RolloutDimension> dimensions = heatmap.dimensions();
            wide.value(0, 0, text("rollout.unit"));
            wide.value(0, 1, text("rollout.people"));
            for (int d = 0; d < dimensions.size(); d++) {
                wide.value(
                        0, d + 2, text("RolloutDimension." + dimensions.get(d).code()));
            }
            wide.range(0, 0, 0, dimensions.size() + 1).style().bold().set();
            List<Row> rows = new ArrayList<>();
            rows.add(heatmap.total());
            rows.addAll(heatmap.rows());
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                wide.value(r + 1, 0, r == 0 ? text("rollout.total") : row.name());
                wide.value(r + 1, 1, row.people());
                for (int d = 0; d < dimensions.size(); d++) {
                    Cell cell = row.cells().get(d);
                    if (cell.value() != null && cell.rating() != Rating.NO_DATA) {
                        wide.value(r + 1, d + 2, Math.round(cell.value() * 10) / 10.0);
                    }
                }
            }
            wide.freezePane(1, 1);
            Worksheet detail = workbook.newWorksheet(sheet(text("boardPack.sheetDetail")));
            String[] headers = {
                text("rollout.unit"),
                text("boardPack.dimension"),
                text("boardPack.figure"),
                text("boardPack.target"),
                text("boardPack.rating"),
                text("boardPack.sample"),
                text("boardPack.minimumSample")
            };
            for (int c = 0; c < headers.length; c++) {
                detail.value(0, c, headers[c]);
            }
            detail.range(0, 0, 0, headers.length - 1).style().bold().set();
            int line = 1;
            for (int r = 0; r < rows.size(); r++) {
                for (int d = 0; d < dimensions.size(); d++) {
                    Cell cell = rows.get(r).cells().get(d);
                    detail.value(
                            line,
                            0,
                            r == 0 ? text("rollout.total") : rows.get(r).name());
                    detail.value(
                            line,
                            1,
                            text("RolloutDimension." + dimensions.get(d).code()));
                    if (cell.value() != null) {
                        detail.value(line, 2, Math.round(cell.value() * 10) / 10.0);
                    }
                    detail.value(line, 3, dimensions.get(d).target());
                    detail.value(line, 4, text("Rating." + cell.rating()));
                    detail.value(line, 5, cell.sample());
                    detail.value(line, 6, cell.minimumSample());
                    line++;
                }
            }
            detail.freezePane(0, 1);
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    private String since() {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return heatmap.started()
                ? MessageFormat.format(
                        texts.getString("rollout.since"), dates.format(heatmap.start()), dates.format(heatmap.today()))
                : texts.getString("rollout.notStarted");
    }

    private String figure(RolloutDimension dimension, Double value) {
        return RolloutFigures.text(dimension.formula(), value, locale);
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    private static PDColor colour(Rating rating) {
        return switch (rating) {
            case ON_TARGET -> rgb(0.06f, 0.45f, 0.2f);
            case CLOSE -> rgb(0.6f, 0.42f, 0f);
            case BEHIND -> rgb(0.7f, 0.12f, 0.08f);
            case NO_DATA -> MUTED;
        };
    }

    private static void write(
            PDPageContentStream stream, PDType1Font font, float size, PDColor colour, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(colour);
        stream.newLineAtOffset(x, y);
        stream.showText(drawable(font, text));
        stream.endText();
    }

    /** The text in lines no wider than {@code width} points, broken between words. */
    private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(drawable(font, candidate)) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void line(PDPageContentStream stream, float from, float to, float y) throws IOException {
        stream.setStrokingColor(MUTED);
        stream.setLineWidth(0.5f);
        stream.moveTo(from, y);
        stream.lineTo(to, y);
        stream.stroke();
    }

    /** The text with every character the font cannot draw replaced by '?'. */
    private static String drawable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String sheet(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private static PDColor rgb(float r, float g, float b) {
        return new PDColor(new float[] {r, g, b}, PDDeviceRGB.INSTANCE);
    }
}
