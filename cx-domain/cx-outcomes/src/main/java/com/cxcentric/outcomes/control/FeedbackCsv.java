package com.cxcentric.outcomes.control;

import com.cxcentric.outcomes.entity.FeedbackCsvField;
import com.cxcentric.platform.imports.CsvFiles;
import com.cxcentric.platform.imports.ImportTable;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm[:ss]"),
            // SurveyMonkey's US form: with AM/PM the month comes first.
            DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm[:ss] a", Locale.US));

    /** A data row as a record, with its row number in the file. */
    public record Line(int number, JsonObject record) {}

    /** The file: its header, the data rows after the skipped ones. */
    public record Table(List<String> headers, List<ImportTable.Row> rows) {

        /** The same file without the {@code extraHeaderRows} rows right under the header. */
        public Table skipping(int extraHeaderRows) {
            return new Table(
                    headers,
                    rows.stream().filter(r -> r.number() > 1 + extraHeaderRows).toList());
        }
    }

    private FeedbackCsv() {}

    /**
     * Parses the file (UTF-8, comma or semicolon separated, header first).
     *
     * @throws com.cxcentric.platform.imports.ImportRefusedException when it is too large, not
     *     UTF-8, not CSV or empty
     */
    public static Table read(byte[] bytes, int extraHeaderRows) {
        ImportTable table = CsvFiles.read(bytes, MAX_BYTES);
        return new Table(table.headers(), table.rows()).skipping(extraHeaderRows);
    }

    /** Survey platforms write at most this many descriptive rows under the header. */
    static final int MAX_DESCRIPTIVE_ROWS = 3;

    private static final Pattern IMPORT_ID = Pattern.compile("^\\{\\s*\"ImportId\"\\s*:");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    /**
     * How many rows under the header describe the columns rather than hold responses: a row of
     * {@code {"ImportId":...}} JSON (Qualtrics), or a row of question texts, told by a text where
     * the responses below hold numbers (a score column). Read from the top; the first response
     * ends them.
     */
    public static int descriptiveRows(Table table) {
        List<ImportTable.Row> rows = table.rows();
        List<Integer> scoreColumns = scoreColumns(table.headers().size(), rows);
        int descriptive = 0;
        while (descriptive < Math.min(MAX_DESCRIPTIVE_ROWS, rows.size() - 1)) {
            ImportTable.Row row = rows.get(descriptive);
            boolean importIds = row.cells().stream()
                    .anyMatch(c -> c != null && IMPORT_ID.matcher(c).find());
            boolean questions = scoreColumns.stream().anyMatch(column -> {
                String cell = row.cell(column);
                return cell != null
                        && !cell.isBlank()
                        && !WHOLE_NUMBER.matcher(cell.strip()).matches();
            });
            if (!importIds && !questions) {
                break;
            }
            descriptive++;
        }
        return descriptive;
    }

    /** The columns that hold whole numbers in at least four in five of the rows below the first few. */
    private static List<Integer> scoreColumns(int columns, List<ImportTable.Row> rows) {
        List<ImportTable.Row> body = rows.subList(Math.min(rows.size(), MAX_DESCRIPTIVE_ROWS), rows.size());
        List<Integer> scores = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            int filled = 0;
            int numbers = 0;
            for (ImportTable.Row row : body) {
                String cell = row.cell(column);
                if (cell != null && !cell.isBlank()) {
                    filled++;
                    if (WHOLE_NUMBER.matcher(cell.strip()).matches()) {
                        numbers++;
                    }
                }
            }
            if (filled > 0 && numbers * 5 >= filled * 4) {
                scores.add(column);
            }
        }
        return scores;
    }

    /** The question text of every column: the first descriptive row that is not import ids, else none. */
    public static List<String> questions(Table table, int descriptiveRows) {
        for (ImportTable.Row row :
                table.rows().subList(0, Math.min(descriptiveRows, table.rows().size()))) {
            if (row.cells().stream()
                    .noneMatch(c -> c != null && IMPORT_ID.matcher(c).find())) {
                List<String> texts = new ArrayList<>();
                for (int column = 0; column < table.headers().size(); column++) {
                    texts.add(row.cell(column) == null ? "" : row.cell(column));
                }
                return texts;
            }
        }
        return List.of();
    }

    /** The fields whose header the file names as the field knows it (for a source without a saved mapping). */
    public static Map<FeedbackCsvField, String> recognise(List<String> headers) {
        return recognise(headers, List.of());
    }

    /**
     * The fields a file's columns hold, for a source without a saved mapping: first the headers that
     * are a field's own name ({@code ResponseId}, {@code Channel}), then, for the fields still
     * missing, the columns whose question text or header speaks of the field ("How likely are you
     * to recommend us" is the NPS). A column holds one field at most.
     */
    public static Map<FeedbackCsvField, String> recognise(List<String> headers, List<String> questions) {
        Map<FeedbackCsvField, String> mapping = new EnumMap<>(FeedbackCsvField.class);
        Set<Integer> used = new HashSet<>();
        for (FeedbackCsvField field : FeedbackCsvField.values()) {
            int best = -1;
            for (int column = 0; column < headers.size(); column++) {
                if (!used.contains(column)
                        && field.preference(headers.get(column)) > 0
                        && (best < 0 || field.preference(headers.get(column)) > field.preference(headers.get(best)))) {
                    best = column;
                }
            }
            if (best >= 0) {
                mapping.put(field, headers.get(best));
                used.add(best);
            }
        }
        for (FeedbackCsvField field : FeedbackCsvField.values()) {
            if (mapping.containsKey(field)) {
                continue;
            }
            for (int column = 0; column < headers.size(); column++) {
                String question = column < questions.size() ? questions.get(column) : "";
                if (!used.contains(column) && (field.speaksOf(question) || field.speaksOf(headers.get(column)))) {
                    mapping.put(field, headers.get(column));
                    used.add(column);
                    break;
                }
            }
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
