package com.cxcentric.training.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.control.SequenceIds;
import com.cxcentric.platform.imports.ImportTable;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.Certification;
import com.cxcentric.training.entity.CompletionImport;
import com.cxcentric.training.entity.CompletionImport.Completion;
import com.cxcentric.training.entity.CompletionImport.Known;
import com.cxcentric.training.entity.CompletionImport.Plan;
import com.cxcentric.training.entity.CompletionImport.Refusal;
import com.cxcentric.training.entity.Course;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans and writes imported training history: looks up what the plan needs in a few set-based
 * queries (the file's employee numbers, the course codes, the completions already imported for
 * those people) and writes each new completion as a completed assignment of source IMPORTED with
 * its certification (valid for the course's months from its day) and its key row, then the
 * import's record with its refused rows. Joins the caller's transaction.
 */
@Dependent
public class CompletionHistory {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** What importing the table would do today. */
    public Plan plan(ImportTable table, String source, LocalDate today) {
        Map<String, Integer> columns = new HashMap<>();
        CompletionImport.columns(table.headers()).forEach((field, column) -> columns.put(field.name(), column));
        int numberColumn = columns.get(CompletionImport.Field.EMPLOYEE_NUMBER.name());
        Set<String> numbers = table.rows().stream()
                .map(r -> r.cell(numberColumn).strip())
                .filter(n -> !n.isEmpty())
                .collect(Collectors.toSet());
        Map<String, Long> employees = new HashMap<>();
        for (List<String> chunk : chunks(numbers)) {
            em.createQuery(
                            "SELECT e.employeeNumber, e.id FROM Employee e WHERE e.employeeNumber IN :numbers",
                            Object[].class)
                    .setParameter("numbers", chunk)
                    .getResultList()
                    .forEach(row -> employees.put((String) row[0], (Long) row[1]));
        }
        Set<String> courses = new HashSet<>(em.createQuery("SELECT DISTINCT c.code FROM Course c", String.class)
                .getResultList());
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : chunks(employees.keySet())) {
            List<Long> ids = chunk.stream().map(employees::get).toList();
            for (Object result : em.createNativeQuery("SELECT employee_id, course_code, completed_on FROM"
                            + " imported_completion WHERE employee_id IN ("
                            + ids.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ")")
                    .getResultList()) {
                Object[] row = (Object[]) result;
                LocalDate day = row[2] instanceof Date sql ? sql.toLocalDate() : (LocalDate) row[2];
                existing.add(CompletionImport.key(((Number) row[0]).longValue(), (String) row[1], day));
            }
        }
        return CompletionImport.plan(table, source, new Known(employees::get, courses, existing, today));
    }

    /** Writes the plan's new completions and the import's record; returns the import's id. */
    public long write(Plan plan, String source, String fileName, String by, Instant at, ZoneId zone) {
        long id = nextImportId();
        em.createNativeQuery(
                        "INSERT INTO completion_import (id, source, file_name, imported_by, imported_at, rows_read,"
                                + " created, unchanged, not_passed, refused) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, id)
                .setParameter(2, source)
                .setParameter(3, fileName)
                .setParameter(4, by)
                .setParameter(5, Timestamp.from(at))
                .setParameter(6, plan.rows())
                .setParameter(7, plan.completions().size())
                .setParameter(8, plan.unchanged())
                .setParameter(9, plan.notPassed())
                .setParameter(10, plan.refusals().size())
                .executeUpdate();
        Map<String, Course> courses = new HashMap<>();
        List<Certification> certifications = new java.util.ArrayList<>();
        for (Completion completion : plan.completions()) {
            Course course = courses.computeIfAbsent(completion.courseCode(), this::latest);
            Employee employee = em.getReference(Employee.class, completion.employeeId());
            Assignment assignment = Assignment.imported(
                    employee, course, completion.completedOn(), completion.score(), completion.source(), zone);
            em.persist(assignment);
            Certification certification = new Certification(
                    assignment, "IMP-" + id + "-" + (certifications.size() + 1), completion.completedOn());
            em.persist(certification);
            certifications.add(certification);
        }
        em.flush();
        for (int i = 0; i < certifications.size(); i++) {
            Completion completion = plan.completions().get(i);
            Certification certification = certifications.get(i);
            em.createNativeQuery(
                            "INSERT INTO imported_completion (employee_id, course_code, completed_on,"
                                    + " score_percent, source, import_id, certification_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, completion.employeeId())
                    .setParameter(2, completion.courseCode())
                    .setParameter(3, Date.valueOf(completion.completedOn()))
                    .setParameter(4, completion.score())
                    .setParameter(5, completion.source())
                    .setParameter(6, id)
                    .setParameter(7, certification.getId())
                    .executeUpdate();
        }
        for (Refusal refusal : plan.refusals()) {
            em.createNativeQuery("INSERT INTO completion_import_refusal (import_id, row_no, field, reason, line)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, id)
                    .setParameter(2, refusal.row())
                    .setParameter(3, refusal.field())
                    .setParameter(4, refusal.reasonKey() + " " + String.join(" ", refusal.arguments()))
                    .setParameter(
                            5, refusal.line().length() > 2000 ? refusal.line().substring(0, 2000) : refusal.line())
                    .executeUpdate();
        }
        return id;
    }

    private long nextImportId() {
        try (SequenceIds ids = new SequenceIds(em.unwrap(Connection.class), "completion_import_seq")) {
            return ids.next();
        } catch (SQLException e) {
            throw new IllegalStateException("No id for an import", e);
        }
    }

    /** The course's latest published revision, or its latest when none was published. */
    private Course latest(String code) {
        return em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                        .setParameter("code", code)
                        .setMaxResults(1)
                        .getSingleResult());
    }

    private static List<List<String>> chunks(Set<String> values) {
        List<String> all = values.stream().sorted().toList();
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }
}
