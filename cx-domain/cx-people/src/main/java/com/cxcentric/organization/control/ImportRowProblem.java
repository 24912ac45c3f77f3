package com.cxcentric.organization.control;

import com.cxcentric.organization.control.ImportPlan.Rejection;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.platform.imports.ImportTable;
import java.util.List;

/** A row refused for one field: what the planner turns into the row's rejection. */
final class ImportRowProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final EmployeeField field;
    private final String key;
    private final List<String> arguments;

    ImportRowProblem(EmployeeField field, String key, String message, String... arguments) {
        super(message, null, false, false);
        this.field = field;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    Rejection toRejection(ImportTable.Row row, String number) {
        String english = (field == null ? "" : field.header() + ": ") + getMessage();
        return new Rejection(
                row.number(),
                number == null || number.isEmpty() ? null : number,
                field,
                key,
                arguments,
                english,
                row.cells());
    }
}
