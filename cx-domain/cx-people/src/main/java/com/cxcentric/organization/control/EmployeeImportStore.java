package com.cxcentric.organization.control;

import com.cxcentric.organization.control.ImportPlan.Creation;
import com.cxcentric.organization.control.ImportPlan.ExistingEmployee;
import com.cxcentric.organization.control.ImportPlan.Rejection;
import com.cxcentric.organization.control.ImportPlan.UnitToCreate;
import com.cxcentric.organization.control.ImportPlan.Update;
import com.cxcentric.organization.control.ImportPlan.Values;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.ImportRejection;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.control.SequenceIds;
import com.cxcentric.platform.imports.CsvFiles;
import com.cxcentric.platform.imports.ImportProgress;
import com.cxcentric.platform.imports.ImportRefusedException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the directory as an import compares against and writes an {@link ImportPlan} set-based:
 * one query for the snapshot, JDBC batches for the inserts and updates, on the connection of the
 * caller's transaction (so a failure rolls back everything, and a retry finds nothing half done).
 * Updates carry the version they were planned against: a row changed meanwhile stops the import.
 */
@Dependent
public class EmployeeImportStore {

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public ImportPlanner.Snapshot snapshot() {
        Map<String, ExistingEmployee> employees = new HashMap<>();
        Set<String> unitCodes = new HashSet<>();
        List<ImportPlanner.ExistingUnit> units = new ArrayList<>();
        try (Statement statement = connection().createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT e.id, e.version, e.employee_number, e.first_name, e.last_name, e.email, e.job_title,"
                            + " u.code, m.employee_number, e.contact_level, e.location, e.hire_date, e.status,"
                            + " e.status_since, e.preferred_language"
                            + " FROM employee e LEFT JOIN org_unit u ON u.id = e.org_unit_id"
                            + " LEFT JOIN employee m ON m.id = e.manager_id")) {
                while (rows.next()) {
                    Values values = new Values(
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9),
                            ContactLevel.valueOf(rows.getString(10)),
                            rows.getString(11),
                            localDate(rows.getDate(12)),
                            EmploymentStatus.valueOf(rows.getString(13)),
                            localDate(rows.getDate(14)),
                            rows.getString(15));
                    employees.put(values.number(), new ExistingEmployee(rows.getLong(1), rows.getLong(2), values));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT u.code, u.name, p.code, u.unit_type FROM org_unit u"
                    + " LEFT JOIN org_unit p ON p.id = u.parent_id")) {
                while (rows.next()) {
                    unitCodes.add(rows.getString(1));
                    units.add(new ImportPlanner.ExistingUnit(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            OrgUnitType.valueOf(rows.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the directory for an import failed", e);
        }
        return new ImportPlanner.Snapshot(employees, unitCodes, units);
    }

    /** Writes the plan; returns how many units were created. */
    public int write(ImportPlan plan, long importId, LocalDate today, ImportProgress progress) {
        int unitsCreated = createUnits(plan.units());
        int total = plan.creations().size()
                + plan.updates().size()
                + plan.leavers().size()
                + plan.rejections().size();
        Connection connection = connection();
        try {
            Map<String, Long> unitIds = unitIds(connection);
            Map<String, Long> employeeIds = employeeIds(connection);
            int done = 0;
            done = insert(connection, plan.creations(), unitIds, employeeIds, done, total, progress);
            done = update(connection, plan.updates(), unitIds, employeeIds, done, total, progress);
            done = markLeft(connection, plan.leavers(), today, done, total, progress);
            done = reject(connection, plan.rejections(), importId, done, total, progress);
            progress.advanced(done, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the import failed", e);
        }
        return unitsCreated;
    }

    private int createUnits(List<UnitToCreate> units) {
        Map<String, OrgUnit> created = new HashMap<>();
        Deque<UnitToCreate> pending = new ArrayDeque<>(units);
        int guard = units.size() * units.size() + 1;
        while (!pending.isEmpty() && guard-- > 0) {
            UnitToCreate unit = pending.poll();
            OrgUnit parent = null;
            if (unit.parentCode() != null) {
                parent = created.get(unit.parentCode());
                if (parent == null) {
                    parent = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                            .setParameter("code", unit.parentCode())
                            .getResultStream()
                            .findFirst()
                            .orElse(null);
                }
                if (parent == null) {
                    pending.add(unit); // its parent is created later in this import
                    continue;
                }
            }
            OrgUnit entity = new OrgUnit(unit.code(), unit.name(), unit.type(), parent);
            em.persist(entity);
            created.put(unit.code(), entity);
        }
        em.flush();
        return created.size();
    }

    private int insert(
            Connection connection,
            List<Creation> creations,
            Map<String, Long> unitIds,
            Map<String, Long> employeeIds,
            int done,
            int total,
            ImportProgress progress)
            throws SQLException {
        try (SequenceIds ids = new SequenceIds(connection, "employee_seq")) {
            for (Creation creation : creations) {
                employeeIds.put(creation.values().number(), ids.next());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO employee (id, version, created_at,"
                + " updated_at, employee_number, first_name, last_name, email, job_title, org_unit_id, manager_id,"
                + " contact_level, location, hire_date, status, status_since, preferred_language)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            return inBatches(insert, creations, null, done, total, progress, (statement, creation) -> {
                Values v = creation.values();
                statement.setLong(1, employeeIds.get(v.number()));
                statement.setObject(2, now);
                statement.setObject(3, now);
                statement.setString(4, v.number());
                setValues(statement, 5, v, unitIds, employeeIds);
            });
        }
    }

    private int update(
            Connection connection,
            List<Update> updates,
            Map<String, Long> unitIds,
            Map<String, Long> employeeIds,
            int done,
            int total,
            ImportProgress progress)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement update = connection.prepareStatement("UPDATE employee SET version = version + 1,"
                + " updated_at = ?, first_name = ?, last_name = ?, email = ?, job_title = ?, org_unit_id = ?,"
                + " manager_id = ?, contact_level = ?, location = ?, hire_date = ?, status = ?, status_since = ?,"
                + " preferred_language = ? WHERE id = ? AND version = ?")) {
            return inBatches(
                    update, updates, u -> u.before().values().number(), done, total, progress, (statement, change) -> {
                        statement.setObject(1, now);
                        setValues(statement, 2, change.after(), unitIds, employeeIds);
                        statement.setLong(14, change.before().id());
                        statement.setLong(15, change.before().version());
                    });
        }
    }

    private int markLeft(
            Connection connection,
            List<ExistingEmployee> leavers,
            LocalDate today,
            int done,
            int total,
            ImportProgress progress)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement update = connection.prepareStatement("UPDATE employee SET version = version + 1,"
                + " updated_at = ?, status = ?, status_since = ? WHERE id = ? AND version = ?")) {
            return inBatches(update, leavers, l -> l.values().number(), done, total, progress, (statement, leaver) -> {
                statement.setObject(1, now);
                statement.setString(2, EmploymentStatus.LEFT.name());
                statement.setDate(3, Date.valueOf(today));
                statement.setLong(4, leaver.id());
                statement.setLong(5, leaver.version());
            });
        }
    }

    private int reject(
            Connection connection,
            List<Rejection> rejections,
            long importId,
            int done,
            int total,
            ImportProgress progress)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO employee_import_rejection"
                + " (import_id, row_number, employee_number, field, reason_key, reason_args, reason, cells)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            return inBatches(insert, rejections, null, done, total, progress, (statement, rejection) -> {
                statement.setLong(1, importId);
                statement.setInt(2, rejection.rowNumber());
                statement.setString(3, truncate(rejection.employeeNumber(), 200));
                statement.setString(
                        4, rejection.field() == null ? null : rejection.field().name());
                statement.setString(5, rejection.reasonKey());
                statement.setString(
                        6,
                        truncate(
                                String.join(ImportRejection.ARGUMENT_SEPARATOR, rejection.arguments()),
                                ImportRejection.REASON_LENGTH));
                statement.setString(7, truncate(rejection.reason(), ImportRejection.REASON_LENGTH));
                statement.setString(8, CsvFiles.storedLine(rejection.cells()));
            });
        }
    }

    /** Sets one item's parameters on a statement. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /**
     * Runs the statement for every item in batches of {@link #BATCH}, reporting progress after each.
     *
     * @param versionChecked for updates that carry the version they were planned against: the
     *     employee number of an item, to name it when its row was changed meanwhile; null for inserts
     * @return {@code done} plus the items written
     */
    private static <T> int inBatches(
            PreparedStatement statement,
            List<T> items,
            Function<T, String> versionChecked,
            int done,
            int total,
            ImportProgress progress,
            Binder<T> binder)
            throws SQLException {
        int written = done;
        for (int start = 0; start < items.size(); start += BATCH) {
            List<T> batch = items.subList(start, Math.min(items.size(), start + BATCH));
            for (T item : batch) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            if (versionChecked != null) {
                checkUpdated(counts, batch.stream().map(versionChecked).toList());
            }
            written += batch.size();
            progress.advanced(written, total);
        }
        return written;
    }

    private static void setValues(
            PreparedStatement statement, int first, Values v, Map<String, Long> unitIds, Map<String, Long> employeeIds)
            throws SQLException {
        int i = first;
        statement.setString(i++, v.firstName());
        statement.setString(i++, v.lastName());
        statement.setString(i++, v.email());
        statement.setString(i++, v.jobTitle());
        setId(statement, i++, v.unitCode() == null ? null : unitIds.get(v.unitCode()));
        setId(statement, i++, v.managerNumber() == null ? null : employeeIds.get(v.managerNumber()));
        statement.setString(i++, v.contactLevel().name());
        statement.setString(i++, v.location());
        statement.setDate(i++, v.hireDate() == null ? null : Date.valueOf(v.hireDate()));
        statement.setString(i++, v.status().name());
        statement.setDate(i++, v.statusSince() == null ? null : Date.valueOf(v.statusSince()));
        statement.setString(i, v.language());
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    /** A row that another transaction changed since the plan was made stops the import. */
    private static void checkUpdated(int[] counts, List<String> numbers) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new ImportRefusedException(
                        "error.import.concurrentChange",
                        "Employee " + numbers.get(i) + " was changed by someone else during the import; nothing was"
                                + " written. Run the import again.",
                        numbers.get(i));
            }
        }
    }

    private static Map<String, Long> unitIds(Connection connection) throws SQLException {
        return idsByKey(connection, "SELECT code, id FROM org_unit");
    }

    private static Map<String, Long> employeeIds(Connection connection) throws SQLException {
        return idsByKey(connection, "SELECT employee_number, id FROM employee");
    }

    private static Map<String, Long> idsByKey(Connection connection, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** The connection of the current transaction; it belongs to the persistence context, never closed here. */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }
}
