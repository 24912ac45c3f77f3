package com.cxcentric.training.boundary;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.imports.CsvFiles;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.platform.imports.ImportTable;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.control.CompletionHistory;
import com.cxcentric.training.entity.CompletionImport;
import com.cxcentric.training.entity.CompletionImport.Plan;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Training history from the learning system a company used before: HR previews an export of past
 * completions (what would be new, already there, not passed or refused, each refusal with its row
 * and field) and imports it. An imported completion is a completed assignment of source IMPORTED
 * with its certification from its day, so it counts everywhere a completion counts, the training
 * impact analysis included. Importing the same file again changes nothing.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class TrainingHistory {

    /** A refused row: its number (the header is row 1), field, reason (a message key and its arguments) and the row as read. */
    public record RefusedRow(int row, String field, String reasonKey, List<String> arguments, String line) {}

    /** What importing would do, or did. */
    public record Outcome(
            Long importId,
            String source,
            String fileName,
            int rows,
            int created,
            int unchanged,
            int notPassed,
            List<RefusedRow> refused) {}

    /** One import, as listed. */
    public record ImportSummary(
            long id,
            String source,
            String fileName,
            String importedBy,
            Instant importedAt,
            int rows,
            int created,
            int unchanged,
            int notPassed,
            int refused) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private CompletionHistory history;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.import.max-bytes", defaultValue = "26214400")
    long maxBytes;

    @Resource
    private SessionContext context;

    /**
     * What importing the file would do; nothing is written.
     *
     * @throws ImportRefusedException for a file that is too large, not UTF-8 CSV, or lacks a required column
     * @throws RuleViolationException for a missing or too long source name
     */
    public Outcome preview(String source, String fileName, byte[] file) {
        String system = source(source);
        Plan plan = history.plan(CsvFiles.read(file, maxBytes), system, businessDay.today());
        return outcome(null, system, fileName, plan);
    }

    /**
     * Imports the file: every row that is not refused, in one transaction; the refused rows are
     * kept with the import.
     *
     * @throws ImportRefusedException for a file that is too large, not UTF-8 CSV, or lacks a required column
     * @throws RuleViolationException for a missing or too long source name
     */
    public Outcome importFile(String source, String fileName, byte[] file) {
        String system = source(source);
        ImportTable table = CsvFiles.read(file, maxBytes);
        Plan plan = history.plan(table, system, businessDay.today());
        long id = history.write(
                plan, system, fileName, context.getCallerPrincipal().getName(), Instant.now(), businessDay.zone());
        return outcome(id, system, fileName, plan);
    }

    /** The imports, newest first. */
    public Page<ImportSummary> imports(PageRequest page) {
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM completion_import")
                        .getSingleResult())
                .longValue();
        List<ImportSummary> items = em
                .createNativeQuery("SELECT id, source, file_name, imported_by, imported_at,"
                        + " rows_read, created, unchanged, not_passed, refused FROM completion_import"
                        + " ORDER BY imported_at DESC, id DESC")
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(r -> summary((Object[]) r))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static ImportSummary summary(Object[] row) {
        Object at = row[4];
        Instant importedAt = at instanceof Timestamp t
                ? t.toInstant()
                : at instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) at;
        return new ImportSummary(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                importedAt,
                ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(),
                ((Number) row[7]).intValue(),
                ((Number) row[8]).intValue(),
                ((Number) row[9]).intValue());
    }

    private static Outcome outcome(Long id, String source, String fileName, Plan plan) {
        return new Outcome(
                id,
                source,
                fileName,
                plan.rows(),
                plan.completions().size(),
                plan.unchanged(),
                plan.notPassed(),
                plan.refusals().stream()
                        .map(r -> new RefusedRow(r.row(), r.field(), r.reasonKey(), r.arguments(), r.line()))
                        .toList());
    }

    private static String source(String source) {
        String system = source == null ? "" : source.strip();
        if (system.isEmpty()) {
            throw new RuleViolationException(
                    "source", "error.history.source", "Name the learning system the file comes from");
        }
        if (system.length() > CompletionImport.SOURCE_LENGTH) {
            throw new RuleViolationException(
                    "source",
                    "error.history.sourceLength",
                    "A learning system's name has at most " + CompletionImport.SOURCE_LENGTH + " characters",
                    system);
        }
        return system;
    }
}
