package com.cxcentric.organization.boundary;

import com.cxcentric.organization.control.EmployeeImportStore;
import com.cxcentric.organization.control.ImportPlan;
import com.cxcentric.organization.control.ImportPlanner;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.organization.entity.EmployeeImport;
import com.cxcentric.organization.entity.EmployeesChanged;
import com.cxcentric.organization.entity.ImportMapping;
import com.cxcentric.organization.entity.ImportRejection;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.imports.CsvFiles;
import com.cxcentric.platform.imports.ImportProgress;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.platform.imports.ImportTable;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HR import of employees, the way HR data arrives: a CSV file (or JSON records) is read, mapped to
 * fields, checked row by row and upserted by employee number in one transaction. Rows in error are
 * refused on their own and recorded with the reason; the file as a whole is refused only for what
 * makes it untrustworthy (encoding, size, repeated numbers, a manager cycle). The same file twice
 * changes nothing the second time.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class EmployeeImports {

    private static final Logger LOG = Logger.getLogger(EmployeeImports.class.getName());
    /** Rows of the file shown in a preview. */
    public static final int PREVIEW_ROWS = 10;

    /** An import before it is written: the mapping it will use, a sample of rows, what it would do. */
    public record Preview(
            List<String> headers,
            Map<EmployeeField, String> columns,
            List<ImportTable.Row> sample,
            int rows,
            int creations,
            int updates,
            int unchanged,
            List<ImportPlan.Rejection> rejections,
            List<String> unitsToCreate,
            List<String> leavers) {}

    /** What an import did. */
    public record Receipt(
            long id,
            int rows,
            int created,
            int updated,
            int unchanged,
            int rejected,
            int markedLeft,
            int unitsCreated,
            List<ImportPlan.Rejection> rejections) {}

    /** An import as the history lists it. */
    public record ImportSummary(
            long id,
            Instant at,
            String importedBy,
            String source,
            String fileName,
            EmployeeImport.Channel channel,
            boolean fullImport,
            boolean createUnits,
            EmployeeImport.Counts counts,
            long durationMillis) {

        static ImportSummary of(EmployeeImport i) {
            return new ImportSummary(
                    i.getId(),
                    i.getCreatedAt(),
                    i.getImportedBy(),
                    i.getSource(),
                    i.getFileName(),
                    i.getChannel(),
                    i.isFullImport(),
                    i.isCreateUnits(),
                    i.getCounts(),
                    i.getDurationMillis());
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private EmployeeImportStore store;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "cx.import.max-bytes", defaultValue = "26214400")
    private long maxBytes;

    @Inject
    private BusinessDay businessDay;

    /** What the other areas follow: segment memberships, leavers' training, feedback attribution. */
    @Inject
    private Event<EmployeesChanged> employeesChanged;

    /** The saved mapping of a source, empty when it has none. */
    public Map<EmployeeField, String> savedMapping(String source) {
        return Optional.ofNullable(em.find(ImportMapping.class, source))
                .map(ImportMapping::getColumns)
                .orElse(Map.of());
    }

    /** The sources that have a saved mapping, by name. */
    public List<String> sources() {
        return em.createQuery("SELECT m.source FROM ImportMapping m ORDER BY m.source", String.class)
                .getResultList();
    }

    /**
     * Reads a file and works out what importing it would do, writing nothing.
     *
     * @param mapping field to column header; null for the source's saved mapping, else headers
     *     recognised by name
     * @throws ImportRefusedException when the file as a whole is refused
     */
    public Preview preview(String source, byte[] file, Map<EmployeeField, String> mapping, ImportPlan.Options options) {
        ImportTable table = CsvFiles.read(file, maxBytes);
        Map<EmployeeField, Integer> columns = columns(source, table, mapping);
        ImportPlan plan = new ImportPlanner(columns, options, store.snapshot(), today()).plan(table);
        return new Preview(
                table.headers(),
                headersOf(columns, table),
                table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size())),
                plan.rows(),
                plan.creations().size(),
                plan.updates().size(),
                plan.unchanged(),
                plan.rejections(),
                plan.units().stream().map(ImportPlan.UnitToCreate::code).toList(),
                plan.leavers().stream().map(l -> l.values().number()).toList());
    }

    /**
     * Imports a CSV file. When {@code mapping} is given it is saved for the source.
     *
     * @throws ImportRefusedException when the file as a whole is refused; nothing is written then
     */
    public Receipt importFile(
            String source,
            String fileName,
            byte[] file,
            Map<EmployeeField, String> mapping,
            ImportPlan.Options options,
            EmployeeImport.Channel channel,
            ImportProgress progress) {
        ImportTable table = CsvFiles.read(file, maxBytes);
        Map<EmployeeField, Integer> columns = columns(source, table, mapping);
        if (mapping != null) {
            saveMapping(source, headersOf(columns, table));
        }
        return run(source, fileName, table, columns, options, channel, progress);
    }

    /** {@link #importFile} in the background, for the portal to show progress while it runs. */
    @Asynchronous
    public Future<Receipt> importFileInBackground(
            String source,
            String fileName,
            byte[] file,
            Map<EmployeeField, String> mapping,
            ImportPlan.Options options,
            ImportProgress progress) {
        return new AsyncResult<>(
                importFile(source, fileName, file, mapping, options, EmployeeImport.Channel.PORTAL, progress));
    }

    /**
     * Imports records given as JSON objects whose property names are {@link EmployeeField#jsonName()}s.
     * Values are text as in a file ({@code "2024-03-31"}, {@code "FRONT_LINE"}).
     *
     * @throws ImportRefusedException for a property that is not a field
     */
    public Receipt importRecords(String source, List<Map<String, String>> records, ImportPlan.Options options) {
        Map<String, EmployeeField> byJsonName = new LinkedHashMap<>();
        for (EmployeeField field : EmployeeField.values()) {
            byJsonName.put(field.jsonName(), field);
        }
        for (int i = 0; i < records.size(); i++) {
            for (String property : records.get(i).keySet()) {
                if (!byJsonName.containsKey(property)) {
                    throw new ImportRefusedException(
                            "error.import.unknownProperty",
                            "Record " + i + " has the unknown property '" + property + "'; known are "
                                    + String.join(", ", byJsonName.keySet()),
                            i,
                            property);
                }
            }
        }
        // The employee number is always a column: a record without one is refused on its own.
        List<EmployeeField> present = byJsonName.values().stream()
                .filter(f -> f == EmployeeField.EMPLOYEE_NUMBER
                        || records.stream().anyMatch(r -> r.containsKey(f.jsonName())))
                .toList();
        List<String> headers = present.stream().map(EmployeeField::jsonName).toList();
        List<ImportTable.Row> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> record = records.get(i);
            List<String> cells = present.stream()
                    .map(f -> Optional.ofNullable(record.get(f.jsonName())).orElse(""))
                    .toList();
            // The row number of a JSON record is its index in the array, counted from 0.
            rows.add(new ImportTable.Row(i, cells));
        }
        Map<EmployeeField, Integer> columns = new EnumMap<>(EmployeeField.class);
        for (int i = 0; i < present.size(); i++) {
            columns.put(present.get(i), i);
        }
        return run(
                source,
                null,
                new ImportTable(headers, rows),
                columns,
                options,
                EmployeeImport.Channel.API,
                ImportProgress.NONE);
    }

    private Receipt run(
            String source,
            String fileName,
            ImportTable table,
            Map<EmployeeField, Integer> columns,
            ImportPlan.Options options,
            EmployeeImport.Channel channel,
            ImportProgress progress) {
        long started = System.nanoTime();
        LocalDate today = today();
        ImportPlan plan = new ImportPlanner(columns, options, store.snapshot(), today).plan(table);
        String caller = context.getCallerPrincipal().getName();
        EmployeeImport record = new EmployeeImport(
                source,
                fileName,
                channel,
                caller,
                options.fullImport(),
                options.createUnits(),
                table.headers().stream()
                        .map(h -> h.length() > EmployeeImport.HEADER_LENGTH
                                ? h.substring(0, EmployeeImport.HEADER_LENGTH)
                                : h)
                        .toList());
        em.persist(record);
        em.flush();
        int unitsCreated = store.write(plan, record.getId(), today, progress);
        employeesChanged.fire(EmployeesChanged.byImport(
                today,
                plan.creations().size(),
                plan.updates().size(),
                plan.leavers().size()));
        EmployeeImport.Counts counts = new EmployeeImport.Counts(
                plan.rows(),
                plan.creations().size(),
                plan.updates().size(),
                plan.unchanged(),
                plan.rejections().size(),
                plan.leavers().size(),
                unitsCreated);
        long millis = (System.nanoTime() - started) / 1_000_000;
        record.complete(counts, millis);
        LOG.info(() -> caller + " imported employees from " + source + " (" + channel + ", import " + record.getId()
                + "): " + counts + " in " + millis + " ms");
        return new Receipt(
                record.getId(),
                counts.rows(),
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                counts.rejected(),
                counts.markedLeft(),
                counts.unitsCreated(),
                plan.rejections());
    }

    /** A person's record as the edit form starts from it: every field as import text, and the version. */
    public record EditableEmployee(long version, Map<EmployeeField, String> values) {}

    /** @throws ResourceNotFoundException when nobody has that number */
    public EditableEmployee editable(String number) {
        Employee e = employee(number);
        Map<EmployeeField, String> values = new EnumMap<>(EmployeeField.class);
        values.put(EmployeeField.EMPLOYEE_NUMBER, e.getEmployeeNumber());
        values.put(EmployeeField.FIRST_NAME, e.getFirstName());
        values.put(EmployeeField.LAST_NAME, e.getLastName());
        values.put(EmployeeField.EMAIL, Objects.toString(e.getEmail(), ""));
        values.put(EmployeeField.JOB_TITLE, Objects.toString(e.getJobTitle(), ""));
        values.put(
                EmployeeField.ORG_UNIT,
                e.getOrgUnit() == null ? "" : e.getOrgUnit().getCode());
        values.put(
                EmployeeField.MANAGER,
                e.getManager() == null ? "" : e.getManager().getEmployeeNumber());
        values.put(EmployeeField.CONTACT_LEVEL, e.getContactLevel().name());
        values.put(EmployeeField.LOCATION, Objects.toString(e.getLocation(), ""));
        values.put(EmployeeField.HIRE_DATE, Objects.toString(e.getHireDate(), ""));
        values.put(EmployeeField.STATUS, e.getStatus().name());
        values.put(EmployeeField.STATUS_SINCE, Objects.toString(e.getStatusSince(), ""));
        values.put(EmployeeField.PREFERRED_LANGUAGE, Objects.toString(e.getPreferredLanguage(), ""));
        return new EditableEmployee(e.getVersion(), values);
    }

    /**
     * HR's edit of one person, applied as a one-record import (source {@code portal-edit}): the same
     * validation, manager-cycle check, status rules and segment recompute as any import, and recorded
     * in the import history as who changed what when.
     *
     * @param version the version the form was loaded at; a person changed since is refused
     * @return the receipt; a refused edit comes back with its rejection (field and reason), nothing written
     */
    public Receipt editEmployee(String number, long version, Map<EmployeeField, String> values) {
        if (employee(number).getVersion() != version) {
            throw new ConflictException(
                    null,
                    "error.employee.stale",
                    "Employee " + number + " was changed by someone else meanwhile",
                    number);
        }
        Map<String, String> record = new LinkedHashMap<>();
        record.put(EmployeeField.EMPLOYEE_NUMBER.jsonName(), number);
        values.forEach((field, value) -> {
            if (field != EmployeeField.EMPLOYEE_NUMBER) {
                record.put(field.jsonName(), value == null ? "" : value.strip());
            }
        });
        return importRecords("portal-edit", List.of(record), new ImportPlan.Options(false, false));
    }

    private Employee employee(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.employee.unknown", "No employee with number " + number, number));
    }

    /** Imports, newest first. */
    public Page<ImportSummary> history(PageRequest page) {
        long total = em.createNamedQuery(EmployeeImport.COUNT_ALL, Long.class).getSingleResult();
        List<ImportSummary> items = em.createNamedQuery(EmployeeImport.FIND_ALL, EmployeeImport.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(ImportSummary::of)
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    public Optional<ImportSummary> find(long id) {
        return Optional.ofNullable(em.find(EmployeeImport.class, id)).map(ImportSummary::of);
    }

    /** The rejected rows of an import, by row number. */
    public Page<ImportRejection> rejections(long importId, PageRequest page) {
        long total = em.createNamedQuery(ImportRejection.COUNT_BY_IMPORT, Long.class)
                .setParameter("importId", importId)
                .getSingleResult();
        List<ImportRejection> items = em.createNamedQuery(ImportRejection.FIND_BY_IMPORT, ImportRejection.class)
                .setParameter("importId", importId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * The rejected rows as CSV: the file's own columns, then the row number and the reason, so HR
     * can fix the rows and import the file again. Every cell is neutralised against formula injection.
     *
     * @throws ResourceNotFoundException for an unknown import
     */
    public String rejectedRowsCsv(long importId) {
        EmployeeImport record = Optional.ofNullable(em.find(EmployeeImport.class, importId))
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.import.unknown", "No import with id " + importId, importId));
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(record.getHeaders());
        header.add("row");
        header.add("reason");
        csv.append(CsvFiles.exportLine(header)).append("\r\n");
        em.createNamedQuery(ImportRejection.FIND_BY_IMPORT, ImportRejection.class)
                .setParameter("importId", importId)
                .getResultStream()
                .forEach(r -> {
                    List<String> cells = new ArrayList<>(CsvFiles.cellsOf(r.getCells()));
                    while (cells.size() < record.getHeaders().size()) {
                        cells.add("");
                    }
                    cells.add(String.valueOf(r.getRowNumber()));
                    cells.add(r.getReason());
                    csv.append(CsvFiles.exportLine(cells)).append("\r\n");
                });
        return csv.toString();
    }

    private Map<EmployeeField, Integer> columns(String source, ImportTable table, Map<EmployeeField, String> mapping) {
        if (mapping == null) {
            return ImportPlanner.columnsFor(table.headers(), savedMapping(source));
        }
        Map<EmployeeField, Integer> columns = new EnumMap<>(EmployeeField.class);
        for (var entry : mapping.entrySet()) {
            int index = table.headers().indexOf(entry.getValue());
            if (index < 0) {
                throw new ImportRefusedException(
                        "error.import.unknownColumn",
                        "The mapping names the column '" + entry.getValue() + "', which the file does not have",
                        entry.getValue());
            }
            columns.put(entry.getKey(), index);
        }
        return columns;
    }

    private static Map<EmployeeField, String> headersOf(Map<EmployeeField, Integer> columns, ImportTable table) {
        Map<EmployeeField, String> headers = new EnumMap<>(EmployeeField.class);
        columns.forEach((field, index) -> headers.put(field, table.headers().get(index)));
        return headers;
    }

    private void saveMapping(String source, Map<EmployeeField, String> columns) {
        ImportMapping saved = em.find(ImportMapping.class, source);
        if (saved == null) {
            saved = new ImportMapping(source);
            em.persist(saved);
        }
        if (!saved.getColumns().equals(columns)) {
            saved.remap(columns);
        }
    }

    private LocalDate today() {
        return businessDay.today();
    }
}
