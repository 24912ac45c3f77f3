package com.cxcentric.organization.control;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z]{2,4})?$");
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
    private Map<String, List<ExistingUnit>> unitsByName;

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
            } catch (RowProblem problem) {
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
            throw new RowProblem(EmployeeField.EMPLOYEE_NUMBER, "error.import.row.required", "is required");
        }
        text(number, Employee.NUMBER_LENGTH, EmployeeField.EMPLOYEE_NUMBER);
        if (!NUMBER.matcher(number).matches()) {
            throw new RowProblem(
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
                throw new RowProblem(required, "error.import.row.requiredForNew", "is required for a new employee");
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
                ? unitInDepartment(
                        text(department.get(), OrgUnit.NAME_LENGTH, EmployeeField.DEPARTMENT),
                        cell(row, EmployeeField.ORG_UNIT)
                                .filter(t -> !t.isEmpty())
                                .map(t -> text(t, OrgUnit.NAME_LENGTH, EmployeeField.ORG_UNIT))
                                .orElse(null),
                        units)
                : cell(row, EmployeeField.ORG_UNIT)
                        .map(v -> unit(row, text(v, OrgUnit.CODE_LENGTH, EmployeeField.ORG_UNIT), units))
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
            throw new RowProblem(
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

    /** The cell of a mapped field, stripped; empty when the field is not mapped. */
    private Optional<String> cell(ImportTable.Row row, EmployeeField field) {
        Integer column = columns.get(field);
        return column == null ? Optional.empty() : Optional.of(row.cell(column).strip());
    }

    private static String text(String value, int maxLength, EmployeeField field) {
        if (value.length() > maxLength) {
            throw new RowProblem(
                    field,
                    "error.import.row.tooLong",
                    "has " + value.length() + " characters; at most " + maxLength + " are allowed",
                    String.valueOf(value.length()),
                    String.valueOf(maxLength));
        }
        return value.isEmpty() ? null : value;
    }

    private static String required(String value, EmployeeField field) {
        if (value == null) {
            throw new RowProblem(field, "error.import.row.required", "is required");
        }
        return value;
    }

    private static String email(String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new RowProblem(
                    EmployeeField.EMAIL, "error.import.row.email", "'" + value + "' is not an e-mail address", value);
        }
        return value;
    }

    private static String language(String value) {
        if (value != null && !LANGUAGE.matcher(value).matches()) {
            throw new RowProblem(
                    EmployeeField.PREFERRED_LANGUAGE,
                    "error.import.row.language",
                    "'" + value + "' is not a language code such as en, nl or id",
                    value);
        }
        return value;
    }

    private static LocalDate date(String value, EmployeeField field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowProblem(
                    field, "error.import.row.date", "'" + value + "' is not a date of the form 2024-03-31", value);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, EmployeeField field) {
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new RowProblem(
                field, "error.import.row.notOneOf", "'" + value + "' is not one of " + allowed, value, allowed);
    }

    private String unit(ImportTable.Row row, String code, Map<String, UnitToCreate> units) {
        if (code == null || snapshot.unitCodes().contains(code)) {
            return code;
        }
        if (!options.createUnits()) {
            throw new RowProblem(
                    EmployeeField.ORG_UNIT,
                    "error.import.row.unknownUnit",
                    "there is no org unit with code '" + code + "' (choose \"create unknown units\" to create it)",
                    code);
        }
        String name = cell(row, EmployeeField.ORG_UNIT_NAME)
                .filter(n -> !n.isEmpty())
                .map(n -> text(n, OrgUnit.NAME_LENGTH, EmployeeField.ORG_UNIT_NAME))
                .orElse(code);
        String parent =
                cell(row, EmployeeField.PARENT_UNIT).filter(p -> !p.isEmpty()).orElse(null);
        // The parent may be a unit created by a later row: checked once every row is read.
        units.putIfAbsent(code, new UnitToCreate(code, name, parent));
        return code;
    }

    /**
     * The unit of a row that names its department (by name or code) and perhaps its team (by name
     * or code) in columns of their own, as HR systems export them. A department the directory does
     * not have is created under the company, a team under its department: never an orphan at the
     * top. Someone with a department and no team belongs to the department.
     */
    private String unitInDepartment(String department, String team, Map<String, UnitToCreate> units) {
        String departmentCode = existingUnit(department, null, OrgUnitType.DEPARTMENT, units)
                .orElseGet(() ->
                        newUnit(department, companyCode(), OrgUnitType.DEPARTMENT, EmployeeField.DEPARTMENT, units));
        if (team == null) {
            return departmentCode;
        }
        return existingUnit(team, departmentCode, OrgUnitType.TEAM, units)
                .orElseGet(() -> newUnit(team, departmentCode, OrgUnitType.TEAM, EmployeeField.ORG_UNIT, units));
    }

    /**
     * A unit the directory (or this import) already has for what a file calls it: its code, else
     * its name in any letter case, among the units under {@code parentCode} when one is given, and
     * preferring units of the given type.
     */
    private Optional<String> existingUnit(
            String written, String parentCode, OrgUnitType type, Map<String, UnitToCreate> units) {
        if (snapshot.unitCodes().contains(written) || units.containsKey(written)) {
            return Optional.of(written);
        }
        String name = nameKey(written);
        List<ExistingUnit> named = new ArrayList<>(unitsByName().getOrDefault(name, List.of()));
        units.values().stream()
                .filter(u -> nameKey(u.name()).equals(name))
                .forEach(u -> named.add(new ExistingUnit(u.code(), u.name(), u.parentCode(), u.type())));
        return named.stream()
                .filter(u -> parentCode == null || parentCode.equals(u.parentCode()))
                .sorted(Comparator.comparing((ExistingUnit u) -> u.type() != type))
                .map(ExistingUnit::code)
                .findFirst();
    }

    /** The directory's units by name (any letter case), built once per plan. */
    private Map<String, List<ExistingUnit>> unitsByName() {
        if (unitsByName == null) {
            unitsByName = snapshot.units().stream()
                    .filter(u -> u.name() != null)
                    .collect(java.util.stream.Collectors.groupingBy(u -> nameKey(u.name())));
        }
        return unitsByName;
    }

    private static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private String newUnit(
            String name, String parentCode, OrgUnitType type, EmployeeField field, Map<String, UnitToCreate> units) {
        if (!options.createUnits()) {
            throw new RowProblem(
                    field,
                    "error.import.row.unknownUnitName",
                    "there is no org unit named '" + name + "' (choose \"create unknown units\" to create it)",
                    name);
        }
        String code = codeFor(name, units);
        units.put(code, new UnitToCreate(code, name, parentCode, type));
        return code;
    }

    /** A new unit's code, made from its name ("Home Delivery" is HOME-DELIVERY), unique in the directory. */
    private String codeFor(String name, Map<String, UnitToCreate> units) {
        String base = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "UNIT";
        }
        base = base.substring(0, Math.min(base.length(), OrgUnit.CODE_LENGTH));
        String code = base;
        for (int n = 2; snapshot.unitCodes().contains(code) || units.containsKey(code); n++) {
            String suffix = "-" + n;
            code = base.substring(0, Math.min(base.length(), OrgUnit.CODE_LENGTH - suffix.length())) + suffix;
        }
        return code;
    }

    /** The top of the hierarchy, where a new department goes; none in an empty directory. */
    private String companyCode() {
        return snapshot.units().stream()
                .filter(u -> u.type() == OrgUnitType.COMPANY && u.parentCode() == null)
                .map(ExistingUnit::code)
                .sorted()
                .findFirst()
                .orElse(null);
    }

    /**
     * A new unit must hang under an existing unit, a new unit that does, or nothing. Rows placed in
     * a unit whose parent is unknown, or whose new parents lead back to it, are refused.
     */
    private void rejectRowsInUnitsThatCannotBePlaced(
            Map<String, Parsed> valid, Map<Integer, Rejection> rejected, Map<String, UnitToCreate> units) {
        Map<String, RowProblem> unplaceable = new HashMap<>();
        for (UnitToCreate unit : units.values()) {
            Set<String> seen = new HashSet<>();
            for (UnitToCreate step = unit; step != null && step.parentCode() != null; ) {
                String parent = step.parentCode();
                if (!seen.add(step.code())) {
                    unplaceable.put(
                            unit.code(),
                            new RowProblem(
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
                            new RowProblem(
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
            RowProblem problem = unplaceable.get(parsed.values.unitCode());
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
                RowProblem problem = managerRow == null
                        ? new RowProblem(
                                EmployeeField.MANAGER,
                                "error.import.row.unknownManager",
                                "there is no employee with number '" + manager + "', in the file or the directory",
                                manager)
                        : new RowProblem(
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

    /** A row refused for one field. */
    private static final class RowProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final EmployeeField field;
        private final String key;
        private final List<String> arguments;

        RowProblem(EmployeeField field, String key, String message, String... arguments) {
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
}
