package com.cxcentric.outcomes.control;

import com.cxcentric.organization.control.EmployeeCsv;
import com.cxcentric.organization.control.ImportTable;
import com.cxcentric.outcomes.entity.FeedbackCsvField;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file of survey responses and turns each data row into the JSON record the batch
 * ingestion judges, through a column mapping. Survey platforms put descriptive rows (question text,
 * import ids) under the header: those {@code extraHeaderRows} are skipped. Every record keeps its
 * row number in the file (the header is row 1), so a refusal names the row.
 */
public final class FeedbackCsv {

    /** Larger files go through the API as NDJSON. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final List<DateTimeFormatter> LOCAL_MOMENTS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm[:ss]"));

    /** A data row as a record, with its row number in the file. */
    public record Line(int number, JsonObject record) {}

    /** The file: its header, the data rows after the skipped ones. */
    public record Table(List<String> headers, List<ImportTable.Row> rows) {}

    private FeedbackCsv() {}

    /**
     * Parses the file (UTF-8, comma or semicolon separated, header first).
     *
     * @throws com.cxcentric.organization.control.ImportRefusedException when it is too large, not
     *     UTF-8, not CSV or empty
     */
    public static Table read(byte[] bytes, int extraHeaderRows) {
        ImportTable table = EmployeeCsv.read(bytes, MAX_BYTES);
        List<ImportTable.Row> rows = table.rows().stream()
                .filter(r -> r.number() > 1 + extraHeaderRows)
                .toList();
        return new Table(table.headers(), rows);
    }

    /** The fields whose header the file names as the field knows it (for a source without a saved mapping). */
    public static Map<FeedbackCsvField, String> recognise(List<String> headers) {
        Map<FeedbackCsvField, String> mapping = new EnumMap<>(FeedbackCsvField.class);
        for (FeedbackCsvField field : FeedbackCsvField.values()) {
            headers.stream().filter(field::recognises).findFirst().ifPresent(h -> mapping.put(field, h));
        }
        return mapping;
    }

    /** Each row as a record; a cell left empty leaves its property out. */
    public static List<Line> records(Table table, Map<FeedbackCsvField, String> mapping, ZoneId zone) {
        Map<FeedbackCsvField, Integer> columns = new EnumMap<>(FeedbackCsvField.class);
        mapping.forEach((field, header) -> {
            int column = table.headers().indexOf(header);
            if (column >= 0) {
                columns.put(field, column);
            }
        });
        List<Line> lines = new ArrayList<>(table.rows().size());
        for (ImportTable.Row row : table.rows()) {
            JsonObjectBuilder record = Json.createObjectBuilder();
            columns.forEach((field, column) -> add(record, field, row.cell(column), zone));
            lines.add(new Line(row.number(), record.build()));
        }
        return lines;
    }

    private static void add(JsonObjectBuilder record, FeedbackCsvField field, String cell, ZoneId zone) {
        if (cell == null || cell.isBlank()) {
            return;
        }
        String text = cell.strip();
        switch (field.kind()) {
            case NUMBER -> {
                if (text.matches("-?\\d{1,9}")) {
                    record.add(field.property(), Integer.parseInt(text));
                } else {
                    record.add(field.property(), text);
                }
            }
            case LIST -> {
                JsonArrayBuilder items = Json.createArrayBuilder();
                for (String item : text.split("[;,|]")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
                record.add(field.property(), items);
            }
            case MOMENT -> record.add(field.property(), moment(text, zone));
            default -> record.add(field.property(), text);
        }
    }

    /** The text as a date-time with offset; a local date-time is placed in {@code zone}; anything else stays as it is. */
    static String moment(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toString();
        } catch (DateTimeParseException notWithOffset) {
            for (DateTimeFormatter format : LOCAL_MOMENTS) {
                try {
                    return LocalDateTime.parse(text, format)
                            .atZone(zone)
                            .toOffsetDateTime()
                            .toString();
                } catch (DateTimeParseException notThisOne) {
                    // try the next pattern
                }
            }
            return text;
        }
    }
}
