package com.cxcentric.organization.control;

import static com.cxcentric.organization.control.ImportCells.date;
import static com.cxcentric.organization.control.ImportCells.email;
import static com.cxcentric.organization.control.ImportCells.enumValue;
import static com.cxcentric.organization.control.ImportCells.language;
import static com.cxcentric.organization.control.ImportCells.required;
import static com.cxcentric.organization.control.ImportCells.text;

import com.cxcentric.organization.control.ImportPlan.Creation;
import com.cxcentric.organization.control.ImportPlan.ExistingEmployee;
import com.cxcentric.organization.control.ImportPlan.Rejection;
import com.cxcentric.organization.control.ImportPlan.UnitToCreate;
import com.cxcentric.organization.control.ImportPlan.Update;
import com.cxcentric.organization.control.ImportPlan.Values;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.platform.imports.ImportTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Works out an {@link ImportPlan} from a file, its column mapping and the directory as it is. Pure
 * logic: no database, so every rule is unit-tested on its own.
 *
 * <p>Rules: rows are matched by employee number (upsert); a column that is not mapped keeps the
 * stored value, an empty cell in a mapped column clears an optional field; a manager may be named
 * by a row anywhere in the file or by someone already in the directory; a row whose manager row is
 * refused is refused too; the file is refused as a whole for a repeated employee number or a
 * cycle in the manager chain; everything else refuses only its own row.
 */
public final class ImportPlanner {

    /** At most this many examples are named in a refusal of the whole file. */
    private static final int EXAMPLES = 5;

    private static final Pattern NUMBER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]*$");

    /** The directory as the import sees it: employees by number, the codes of existing units, the units. */
    public record Snapshot(Map<String, ExistingEmployee> employees, Set<String> unitCodes, List<ExistingUnit> units) {

        public Snapshot {
            units = List.copyOf(units);
        }

        /** A directory whose units are known by code only. */
        public Snapshot(Map<String, ExistingEmployee> employees, Set<String> unitCodes) {
            this(employees, unitCodes, List.of());
        }
    }

    /** An org unit as the import sees it: to find a department or a team by its name. */
    public record ExistingUnit(String code, String name, String parentCode, OrgUnitType type) {}

    private final Map<EmployeeField, Integer> columns;
    private final ImportPlan.Options options;
    private final Snapshot snapshot;
    private final LocalDate today;
    private final ImportUnits units;

    /**
     * @param columns the column index of each mapped field; must contain the employee number
     */
    public ImportPlanner(
            Map<EmployeeField, Integer> columns, ImportPlan.Options options, Snapshot snapshot, LocalDate today) {
        if (!columns.containsKey(EmployeeField.EMPLOYEE_NUMBER)) {
            throw new ImportRefusedException(
                    "error.import.numberNotMapped", "No column is mapped to the employee number");
        }
        this.columns = Map.copyOf(columns);
        this.options = Objects.requireNonNull(options);
        this.snapshot = Objects.requireNonNull(snapshot);
        this.today = Objects.requireNonNull(today);
        this.units = new ImportUnits(snapshot, options);
    }

    /**
     * Which column holds which field: the saved mapping where its header is in the file, otherwise
     * the first column whose header names the field.
     */
    public static Map<EmployeeField, Integer> columnsFor(List<String> headers, Map<EmployeeField, String> saved) {
        Map<EmployeeField, Integer> columns = new LinkedHashMap<>();
        for (EmployeeField field : EmployeeField.values()) {
            String header = saved.get(field);
            int index = header == null ? -1 : indexOfIgnoringCase(headers, header);
            if (index < 0 && header == null) {
                for (int i = 0; i < headers.size() && index < 0; i++) {
                    if (field.matchesHeader(headers.get(i))) {
                        index = i;
                    }
                }
            }
            if (index >= 0 && !columns.containsValue(index)) {
                columns.put(field, index);
            }
        }
        return columns;
    }

    private static int indexOfIgnoringCase(List<String> headers, String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        return -1;
    }

    public ImportPlan plan(ImportTable table) {
        refuseRepeatedNumbers(table);
        Map<String, Parsed> valid = new LinkedHashMap<>();
        Map<Integer, Rejection> rejected = new LinkedHashMap<>();
        Map<String, UnitToCreate> units = new LinkedHashMap<>();
        for (ImportTable.Row row : table.rows()) {
            try {
                Parsed parsed = parse(row, units);
                valid.put(parsed.values.number(), parsed);
            } catch (ImportRowProblem problem) {
                rejected.put(row.number(), problem.toRejection(row, numberIn(row)));
            }
        }
        rejectRowsInUnitsThatCannotBePlaced(valid, rejected, units);
        rejectRowsWithUnknownManagers(valid, rejected, table);
        refuseManagerCycles(valid);

        List<Creation> creations = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        int unchanged = 0;
        for (Parsed parsed : valid.values()) {
            ExistingEmployee existing = snapshot.employees().get(parsed.values.number());
            if (existing == null) {
                creations.add(new Creation(parsed.row.number(), parsed.values));
            } else if (existing.values().equals(parsed.values)) {
                unchanged++;
            } else {
                updates.add(new Update(parsed.row.number(), existing, parsed.values));
            }
        }
        List<ExistingEmployee> leavers = options.fullImport() ? leaversMissingFrom(table) : List.of();
        Set<String> neededUnits = valid.values().stream()
                .map(p -> p.values.unitCode())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<UnitToCreate> unitsToCreate = units.values().stream()
                .filter(u -> neededUnits.contains(u.code()) || isParentOfNeeded(u, units, neededUnits))
                .toList();
        return new ImportPlan(
                table.rows().size(),
                managersFirst(creations),
                updates,
                unchanged,
                rejected.values().stream()
                        .sorted((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()))
                        .toList(),
                unitsToCreate,
                leavers);
    }

    private static boolean isParentOfNeeded(UnitToCreate unit, Map<String, UnitToCreate> units, Set<String> needed) {
        return needed.stream().anyMatch(code -> {
            for (UnitToCreate step = units.get(code); step != null; step = units.get(step.parentCode())) {
                if (step.parentCode() != null && step.parentCode().equals(unit.code())) {
                    return true;
                }
            }
            return false;
        });
    }

    private String numberIn(ImportTable.Row row) {
        return row.cell(columns.get(EmployeeField.EMPLOYEE_NUMBER)).strip();
    }

    private void refuseRepeatedNumbers(ImportTable table) {
        Map<String, List<Integer>> rowsByNumber = new LinkedHashMap<>();
        for (ImportTable.Row row : table.rows()) {
            String number = numberIn(row);
            if (!number.isEmpty()) {
                rowsByNumber
                        .computeIfAbsent(number.toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(row.number());
            }
        }
        List<String> repeated = rowsByNumber.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " (rows "
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                .toList();
        if (!repeated.isEmpty()) {
            String examples = repeated.stream().limit(EXAMPLES).collect(Collectors.joining("; "));
            throw new ImportRefusedException(
                    "error.import.duplicateNumbers",
                    repeated.size() + " employee number(s) appear more than once: " + examples,
                    repeated.size(),
                    examples);
        }
    }

    /** A valid row and its values. */
    private record Parsed(ImportTable.Row row, Values values) {}

    private Parsed parse(ImportTable.Row row, Map<String, UnitToCreate> units) {
        String number = numberIn(row);
        if (number.isEmpty()) {
            throw new ImportRowProblem(EmployeeField.EMPLOYEE_NUMBER, "error.import.row.required", "is required");
        }
        text(number, Employee.NUMBER_LENGTH, EmployeeField.EMPLOYEE_NUMBER);
        if (!NUMBER.matcher(number).matches()) {
            throw new ImportRowProblem(
                    EmployeeField.EMPLOYEE_NUMBER,
                    "error.import.row.numberFormat",
                    "'" + number + "' may contain only letters, digits and . _ / -",
                    number);
        }
        ExistingEmployee existing = snapshot.employees().get(number);
        Values before = existing == null ? null : existing.values();
        boolean isNew = before == null;
        for (EmployeeField required : EmployeeField.REQUIRED_FOR_NEW) {
            if (isNew && cell(row, required).map(String::isEmpty).orElse(true)) {
                throw new ImportRowProblem(
                        required, "error.import.row.requiredForNew", "is required for a new employee");
            }
        }
        String firstName = cell(row, EmployeeField.FIRST_NAME)
                .map(v -> required(text(v, Employee.NAME_LENGTH, EmployeeField.FIRST_NAME), EmployeeField.FIRST_NAME))
                .orElse(isNew ? null : before.firstName());
        String lastName = cell(row, EmployeeField.LAST_NAME)
                .map(v -> required(text(v, Employee.NAME_LENGTH, EmployeeField.LAST_NAME), EmployeeField.LAST_NAME))
                .orElse(isNew ? null : before.lastName());
        String email = cell(row, EmployeeField.EMAIL)
                .map(v -> email(text(v, Employee.EMAIL_LENGTH, EmployeeField.EMAIL)))
                .orElse(isNew ? null : before.email());
        String jobTitle = cell(row, EmployeeField.JOB_TITLE)
                .map(v -> text(v, Employee.JOB_TITLE_LENGTH, EmployeeField.JOB_TITLE))
                .orElse(isNew ? null : before.jobTitle());
        Optional<String> department = cell(row, EmployeeField.DEPARTMENT).filter(d -> !d.isEmpty());
        String unitCode = department.isPresent()
                ? this.units.inDepartment(
                        text(department.get(), OrgUnit.NAME_LENGTH, EmployeeField.DEPARTMENT),
                        cell(row, EmployeeField.ORG_UNIT)
                                .filter(t -> !t.isEmpty())
                                .map(t -> text(t, OrgUnit.NAME_LENGTH, EmployeeField.ORG_UNIT))
                                .orElse(null),
                        units)
                : cell(row, EmployeeField.ORG_UNIT)
                        .map(v -> unitByCode(row, text(v, OrgUnit.CODE_LENGTH, EmployeeField.ORG_UNIT), units))
                        .orElse(isNew ? null : before.unitCode());
        String managerNumber = cell(row, EmployeeField.MANAGER)
                .map(v -> text(v, Employee.NUMBER_LENGTH, EmployeeField.MANAGER))
                .orElse(isNew ? null : before.managerNumber());
        ContactLevel contactLevel = cell(row, EmployeeField.CONTACT_LEVEL)
                .map(v -> enumValue(ContactLevel.class, v, EmployeeField.CONTACT_LEVEL))
                .orElse(isNew ? null : before.contactLevel());
        String location = cell(row, EmployeeField.LOCATION)
                .map(v -> text(v, Employee.LOCATION_LENGTH, EmployeeField.LOCATION))
                .orElse(isNew ? null : before.location());
        LocalDate hireDate = cell(row, EmployeeField.HIRE_DATE)
                .map(v -> date(v, EmployeeField.HIRE_DATE))
                .orElse(isNew ? null : before.hireDate());
        EmploymentStatus status = cell(row, EmployeeField.STATUS)
                .map(v -> v.isEmpty() ? null : enumValue(EmploymentStatus.class, v, EmployeeField.STATUS))
                .orElse(null);
        if (status == null) {
            status = isNew ? EmploymentStatus.ACTIVE : before.status();
        }
        LocalDate since = cell(row, EmployeeField.STATUS_SINCE)
                .map(v -> date(v, EmployeeField.STATUS_SINCE))
                .orElse(null);
        if (since != null && since.isAfter(today)) {
            throw new ImportRowProblem(
                    EmployeeField.STATUS_SINCE,
                    "error.import.row.future",
                    "'" + since + "' lies in the future",
                    since.toString());
        }
        if (since == null) {
            boolean statusChanged = isNew ? status != EmploymentStatus.ACTIVE : status != before.status();
            since = statusChanged ? today : (isNew ? hireDate : before.statusSince());
        }
        String language = cell(row, EmployeeField.PREFERRED_LANGUAGE)
                .map(v -> language(text(v, Employee.LANGUAGE_LENGTH, EmployeeField.PREFERRED_LANGUAGE)))
                .orElse(isNew ? null : before.language());
        return new Parsed(
                row,
                new Values(
                        number,
                        firstName,
                        lastName,
                        email,
                        jobTitle,
                        unitCode,
                        managerNumber,
                        contactLevel,
                        location,
                        hireDate,
                        status,
                        since,
                        language));
    }

    /** A row's unit by its code, created from the row's name and parent columns when allowed. */
    private String unitByCode(ImportTable.Row row, String code, Map<String, UnitToCreate> toCreate) {
        String name = cell(row, EmployeeField.ORG_UNIT_NAME)
                .filter(n -> !n.isEmpty())
                .map(n -> text(n, OrgUnit.NAME_LENGTH, EmployeeField.ORG_UNIT_NAME))
                .orElse(code);
        String parent =
                cell(row, EmployeeField.PARENT_UNIT).filter(p -> !p.isEmpty()).orElse(null);
        return units.byCode(code, name, parent, toCreate);
    }

    /** The cell of a mapped field, stripped; empty when the field is not mapped. */
    private Optional<String> cell(ImportTable.Row row, EmployeeField field) {
        Integer column = columns.get(field);
        return column == null ? Optional.empty() : Optional.of(row.cell(column).strip());
    }

    /**
     * A new unit must hang under an existing unit, a new unit that does, or nothing. Rows placed in
     * a unit whose parent is unknown, or whose new parents lead back to it, are refused.
     */
    private void rejectRowsInUnitsThatCannotBePlaced(
            Map<String, Parsed> valid, Map<Integer, Rejection> rejected, Map<String, UnitToCreate> units) {
        Map<String, ImportRowProblem> unplaceable = new HashMap<>();
        for (UnitToCreate unit : units.values()) {
            Set<String> seen = new HashSet<>();
            for (UnitToCreate step = unit; step != null && step.parentCode() != null; ) {
                String parent = step.parentCode();
                if (!seen.add(step.code())) {
                    unplaceable.put(
                            unit.code(),
                            new ImportRowProblem(
                                    EmployeeField.PARENT_UNIT,
                                    "error.import.row.unitCycle",
                                    "the new units above '" + unit.code() + "' lead back to it",
                                    unit.code()));
                    break;
                }
                if (snapshot.unitCodes().contains(parent)) {
                    break;
                }
                if (!units.containsKey(parent)) {
                    unplaceable.put(
                            unit.code(),
                            new ImportRowProblem(
                                    EmployeeField.PARENT_UNIT,
                                    "error.import.row.unknownParentUnit",
                                    "there is no org unit with code '" + parent + "' to place '" + step.code()
                                            + "' under",
                                    parent,
                                    step.code()));
                    break;
                }
                step = units.get(parent);
            }
        }
        for (var it = valid.values().iterator(); it.hasNext(); ) {
            Parsed parsed = it.next();
            ImportRowProblem problem = unplaceable.get(parsed.values.unitCode());
            if (problem != null) {
                rejected.put(parsed.row.number(), problem.toRejection(parsed.row, parsed.values.number()));
                it.remove();
            }
        }
        unplaceable.keySet().forEach(units::remove);
    }

    /**
     * Refuses rows whose manager is neither a valid row of the file nor in the directory, until no
     * such row is left (refusing a manager's row refuses the rows of the people reporting to them).
     */
    private void rejectRowsWithUnknownManagers(
            Map<String, Parsed> valid, Map<Integer, Rejection> rejected, ImportTable table) {
        Map<String, Integer> rejectedRowByNumber = new HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            if (rejected.containsKey(row.number())) {
                rejectedRowByNumber.put(numberIn(row), row.number());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = valid.values().iterator(); it.hasNext(); ) {
                Parsed parsed = it.next();
                String manager = parsed.values.managerNumber();
                if (manager == null
                        || manager.equals(parsed.values.number())
                        || valid.containsKey(manager)
                        || snapshot.employees().containsKey(manager)) {
                    continue;
                }
                Integer managerRow = rejectedRowByNumber.get(manager);
                ImportRowProblem problem = managerRow == null
                        ? new ImportRowProblem(
                                EmployeeField.MANAGER,
                                "error.import.row.unknownManager",
                                "there is no employee with number '" + manager + "', in the file or the directory",
                                manager)
                        : new ImportRowProblem(
                                EmployeeField.MANAGER,
                                "error.import.row.managerRejected",
                                "manager '" + manager + "' was refused in row " + managerRow,
                                manager,
                                String.valueOf(managerRow));
                rejected.put(parsed.row.number(), problem.toRejection(parsed.row, parsed.values.number()));
                rejectedRowByNumber.put(parsed.values.number(), parsed.row.number());
                it.remove();
                changed = true;
            }
        }
    }

    /** Refuses the file when a chain of managers, with the file's changes applied, leads back to where it began. */
    private void refuseManagerCycles(Map<String, Parsed> valid) {
        Set<String> safe = new HashSet<>();
        for (String start : valid.keySet()) {
            List<String> chain = new ArrayList<>();
            Set<String> onChain = new HashSet<>();
            String current = start;
            while (current != null && !safe.contains(current)) {
                if (!onChain.add(current)) {
                    List<String> cycle = chain.subList(chain.indexOf(current), chain.size());
                    String described = String.join(" → ", cycle) + " → " + current;
                    String rows = cycle.stream()
                            .filter(valid::containsKey)
                            .map(n -> String.valueOf(valid.get(n).row.number()))
                            .collect(Collectors.joining(", "));
                    throw new ImportRefusedException(
                            "error.import.managerCycle",
                            "The manager chain forms a cycle: " + described + " (rows " + rows + ")",
                            described,
                            rows);
                }
                chain.add(current);
                current = managerOf(current, valid);
            }
            safe.addAll(chain);
        }
    }

    private String managerOf(String number, Map<String, Parsed> valid) {
        Parsed parsed = valid.get(number);
        if (parsed != null) {
            return parsed.values.managerNumber();
        }
        ExistingEmployee existing = snapshot.employees().get(number);
        return existing == null ? null : existing.values().managerNumber();
    }

    private List<ExistingEmployee> leaversMissingFrom(ImportTable table) {
        Set<String> inFile = table.rows().stream().map(this::numberIn).collect(Collectors.toSet());
        return snapshot.employees().values().stream()
                .filter(e -> e.values().status() != EmploymentStatus.LEFT)
                .filter(e -> !inFile.contains(e.values().number()))
                .sorted((a, b) -> a.values().number().compareTo(b.values().number()))
                .toList();
    }

    /** New people in an order where each new manager comes before the new people reporting to them. */
    private static List<Creation> managersFirst(List<Creation> creations) {
        Map<String, Creation> byNumber = new LinkedHashMap<>();
        creations.forEach(c -> byNumber.put(c.values().number(), c));
        List<Creation> ordered = new ArrayList<>(creations.size());
        Set<String> placed = new HashSet<>();
        for (Creation creation : creations) {
            List<Creation> chain = new ArrayList<>();
            for (Creation step = creation;
                    step != null && !placed.contains(step.values().number());
                    step = byNumber.get(step.values().managerNumber())) {
                chain.add(step);
                placed.add(step.values().number());
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                ordered.add(chain.get(i));
            }
        }
        return ordered;
    }
}
