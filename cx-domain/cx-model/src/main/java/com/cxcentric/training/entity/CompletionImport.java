package com.cxcentric.training.entity;

import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.platform.imports.ImportTable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Past course completions from an earlier learning system, read from its export before anything
 * is written: which columns hold what (recognised by their header), and for each row whether it
 * is a new completion, one already imported, one that was not passed (kept out), or refused with
 * its row number (the header is row 1), field and reason. Pure: the caller says which employee
 * numbers and course codes exist and which completions are already there.
 */
public final class CompletionImport {

    /** What a column may hold. */
    public enum Field {
        EMPLOYEE_NUMBER(
                true, "employee_number", "employee number", "employee no", "employee id", "emp_no", "personnel number"),
        COURSE_CODE(true, "course_code", "course code", "course", "course id", "course_id", "module code"),
        COMPLETED_ON(
                true,
                "completed_on",
                "completed on",
                "completion date",
                "completed",
                "date completed",
                "completion_date"),
        SCORE(false, "score", "score percent", "score_percent", "result", "grade"),
        PASSED(false, "passed", "status", "completion status", "outcome"),
        SOURCE(false, "source", "system", "learning system");

        private final boolean required;
        private final List<String> headers;

        Field(boolean required, String... headers) {
            this.required = required;
            this.headers = List.of(headers);
        }

        public boolean isRequired() {
            return required;
        }

        /** The API's name of the field, as it appears in a refusal. */
        public String key() {
            return headers.get(0);
        }

        boolean names(String header) {
            String plain = header.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
            return headers.stream()
                    .anyMatch(h -> h.equals(plain) || h.replace('_', ' ').equals(plain.replace('_', ' ')));
        }
    }

    /** A completion to write: who, which course, when, with what score, from which system. */
    public record Completion(
            int row, long employeeId, String courseCode, LocalDate completedOn, Integer score, String source) {

        /** The completion's identity: the same person, course and day is the same completion. */
        public String key() {
            return CompletionImport.key(employeeId, courseCode, completedOn);
        }
    }

    /** A row that was not imported, and why (a message key and its arguments). */
    public record Refusal(int row, String field, String reasonKey, List<String> arguments, String line) {}

    /** What importing the file would do. */
    public record Plan(int rows, List<Completion> completions, int unchanged, int notPassed, List<Refusal> refusals) {}

    /** What exists already, looked up by the caller in a few set-based queries. */
    public record Known(
            Function<String, Long> employeeIdOf, Set<String> courseCodes, Set<String> existingKeys, LocalDate today) {}

    /** Day first, strictly: 31/02/2024 is no day (a lenient reading would make it 29 February). */
    private static final List<DateTimeFormatter> DAY_FIRST = java.util.stream.Stream.of(
                    DateTimeFormatter.ofPattern("d/M/uuuu"),
                    DateTimeFormatter.ofPattern("d-M-uuuu"),
                    DateTimeFormatter.ofPattern("d.M.uuuu"),
                    DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH))
            .map(f -> f.withResolverStyle(java.time.format.ResolverStyle.STRICT))
            .toList();

    private static final Set<String> YES =
            Set.of("yes", "y", "true", "1", "passed", "pass", "completed", "complete", "ja", "ya", "lulus");
    private static final Set<String> NO =
            Set.of("no", "n", "false", "0", "failed", "fail", "not passed", "incomplete", "nee", "tidak", "gagal");

    private CompletionImport() {}

    /** The identity of a completion. */
    public static String key(long employeeId, String courseCode, LocalDate completedOn) {
        return employeeId + "/" + courseCode + "/" + completedOn;
    }

    /**
     * Which column holds each field, by its header.
     *
     * @throws ImportRefusedException naming the first required field no column holds
     */
    public static Map<Field, Integer> columns(List<String> headers) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (int i = 0; i < headers.size(); i++) {
            for (Field field : Field.values()) {
                if (!columns.containsKey(field) && field.names(headers.get(i))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        for (Field field : Field.values()) {
            if (field.isRequired() && !columns.containsKey(field)) {
                throw new ImportRefusedException(
                        "error.history.column",
                        "No column holds " + field.key() + "; the headers are " + headers,
                        field.key(),
                        String.join(", ", headers));
            }
        }
        return columns;
    }

    /** Plans the import of a table, each row refused on its own and never the whole file. */
    public static Plan plan(ImportTable table, String defaultSource, Known known) {
        Map<Field, Integer> columns = columns(table.headers());
        List<Completion> completions = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        int notPassed = 0;
        for (ImportTable.Row row : table.rows()) {
            Function<Field, String> cell =
                    f -> columns.containsKey(f) ? row.cell(columns.get(f)).strip() : "";
            String line = String.join(";", row.cells());
            String number = cell.apply(Field.EMPLOYEE_NUMBER);
            String course = cell.apply(Field.COURSE_CODE).toUpperCase(Locale.ROOT);
            Long employee = number.isEmpty() ? null : known.employeeIdOf().apply(number);
            if (employee == null) {
                refusals.add(refusal(
                        row,
                        Field.EMPLOYEE_NUMBER,
                        number.isEmpty() ? "error.history.required" : "error.history.unknownEmployee",
                        number,
                        line));
                continue;
            }
            if (!known.courseCodes().contains(course)) {
                refusals.add(refusal(
                        row,
                        Field.COURSE_CODE,
                        course.isEmpty() ? "error.history.required" : "error.history.unknownCourse",
                        course,
                        line));
                continue;
            }
            String dateText = cell.apply(Field.COMPLETED_ON);
            LocalDate day = date(dateText);
            if (day == null) {
                refusals.add(refusal(
                        row,
                        Field.COMPLETED_ON,
                        dateText.isEmpty() ? "error.history.required" : "error.history.date",
                        dateText,
                        line));
                continue;
            }
            if (day.isAfter(known.today())) {
                refusals.add(refusal(row, Field.COMPLETED_ON, "error.history.future", dateText, line));
                continue;
            }
            String scoreText = cell.apply(Field.SCORE).replace("%", "").strip();
            Integer score = score(scoreText);
            if (!scoreText.isEmpty() && score == null) {
                refusals.add(refusal(row, Field.SCORE, "error.history.score", scoreText, line));
                continue;
            }
            String passedText = cell.apply(Field.PASSED).toLowerCase(Locale.ROOT);
            if (!passedText.isEmpty() && !YES.contains(passedText) && !NO.contains(passedText)) {
                refusals.add(refusal(row, Field.PASSED, "error.history.passed", passedText, line));
                continue;
            }
            String source = cell.apply(Field.SOURCE).isEmpty() ? defaultSource : cell.apply(Field.SOURCE);
            if (source.length() > SOURCE_LENGTH) {
                refusals.add(refusal(row, Field.SOURCE, "error.history.sourceLength", source, line));
                continue;
            }
            if (NO.contains(passedText)) {
                notPassed++;
                continue;
            }
            Completion completion = new Completion(row.number(), employee, course, day, score, source);
            if (!seen.add(completion.key())) {
                refusals.add(refusal(
                        row, Field.COMPLETED_ON, "error.history.twice", number + " " + course + " " + day, line));
            } else if (known.existingKeys().contains(completion.key())) {
                unchanged++;
            } else {
                completions.add(completion);
            }
        }
        return new Plan(table.rows().size(), List.copyOf(completions), unchanged, notPassed, List.copyOf(refusals));
    }

    /** The longest name of a learning system. */
    public static final int SOURCE_LENGTH = 64;

    /** A day as learning systems write it: 2024-03-15 (also with a time), 15/03/2024, 15-03-2024, 15.03.2024, 15 Mar 2024. */
    static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String day = text.length() > 10 && text.charAt(4) == '-' && (text.charAt(10) == 'T' || text.charAt(10) == ' ')
                ? text.substring(0, 10)
                : text;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException notIso) {
            for (DateTimeFormatter format : DAY_FIRST) {
                try {
                    return LocalDate.parse(day, format);
                } catch (DateTimeParseException next) {
                    // try the next way of writing a day
                }
            }
            return null;
        }
    }

    private static Integer score(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            return value < 0 || value > 100 ? null : (int) Math.round(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Refusal refusal(ImportTable.Row row, Field field, String reason, String value, String line) {
        return new Refusal(row.number(), field.key(), reason, List.of(value.isEmpty() ? field.key() : value), line);
    }
}
