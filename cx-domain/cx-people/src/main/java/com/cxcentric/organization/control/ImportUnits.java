package com.cxcentric.organization.control;

import com.cxcentric.organization.control.ImportPlan.UnitToCreate;
import com.cxcentric.organization.control.ImportPlanner.ExistingUnit;
import com.cxcentric.organization.control.ImportPlanner.Snapshot;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the import puts each row: the unit a file names by code, or by department and team name as
 * HR systems export them; units the directory lacks are planned for creation (when the import may
 * create units) with a code made from the name.
 */
final class ImportUnits {

    private final Snapshot snapshot;
    private final ImportPlan.Options options;
    private Map<String, List<ExistingUnit>> unitsByName;

    ImportUnits(Snapshot snapshot, ImportPlan.Options options) {
        this.snapshot = snapshot;
        this.options = options;
    }

    /** A unit by its code: an existing one, or one to create from the row's name and parent when allowed. */
    String byCode(String code, String name, String parent, Map<String, UnitToCreate> units) {
        if (code == null || snapshot.unitCodes().contains(code)) {
            return code;
        }
        if (!options.createUnits()) {
            throw new ImportRowProblem(
                    EmployeeField.ORG_UNIT,
                    "error.import.row.unknownUnit",
                    "there is no org unit with code '" + code + "' (choose \"create unknown units\" to create it)",
                    code);
        }
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
    String inDepartment(String department, String team, Map<String, UnitToCreate> units) {
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
                    .collect(Collectors.groupingBy(u -> nameKey(u.name())));
        }
        return unitsByName;
    }

    private static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private String newUnit(
            String name, String parentCode, OrgUnitType type, EmployeeField field, Map<String, UnitToCreate> units) {
        if (!options.createUnits()) {
            throw new ImportRowProblem(
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
        String base = Normalizer.normalize(name, Normalizer.Form.NFD)
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
}
