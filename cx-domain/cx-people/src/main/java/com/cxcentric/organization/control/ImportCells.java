package com.cxcentric.organization.control;

import com.cxcentric.organization.entity.EmployeeField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The import's readers of one cell: each returns the value or refuses the row, naming the field. */
final class ImportCells {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z]{2,4})?$");

    private ImportCells() {}

    static String text(String value, int maxLength, EmployeeField field) {
        if (value.length() > maxLength) {
            throw new ImportRowProblem(
                    field,
                    "error.import.row.tooLong",
                    "has " + value.length() + " characters; at most " + maxLength + " are allowed",
                    String.valueOf(value.length()),
                    String.valueOf(maxLength));
        }
        return value.isEmpty() ? null : value;
    }

    static String required(String value, EmployeeField field) {
        if (value == null) {
            throw new ImportRowProblem(field, "error.import.row.required", "is required");
        }
        return value;
    }

    static String email(String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new ImportRowProblem(
                    EmployeeField.EMAIL, "error.import.row.email", "'" + value + "' is not an e-mail address", value);
        }
        return value;
    }

    static String language(String value) {
        if (value != null && !LANGUAGE.matcher(value).matches()) {
            throw new ImportRowProblem(
                    EmployeeField.PREFERRED_LANGUAGE,
                    "error.import.row.language",
                    "'" + value + "' is not a language code such as en, nl or id",
                    value);
        }
        return value;
    }

    static LocalDate date(String value, EmployeeField field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ImportRowProblem(
                    field, "error.import.row.date", "'" + value + "' is not a date of the form 2024-03-31", value);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, EmployeeField field) {
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new ImportRowProblem(
                field, "error.import.row.notOneOf", "'" + value + "' is not one of " + allowed, value, allowed);
    }
}
