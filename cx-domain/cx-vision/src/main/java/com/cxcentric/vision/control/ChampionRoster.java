package com.cxcentric.vision.control;

import com.cxcentric.access.UnitGrants;
import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.platform.control.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The customer champions each department named. A champion sees their department's customer
 * figures ({@link UnitGrants}) and raises ideas for it; naming someone again only changes their
 * role description.
 */
@ApplicationScoped
public class ChampionRoster implements UnitGrants {

    /** One champion as the roster holds them. */
    public record Entry(
            long departmentId,
            long employeeId,
            String employeeNumber,
            String name,
            String jobTitle,
            String unitName,
            String roleDescription,
            String namedBy,
            LocalDate namedOn) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private NotificationWriter notifications;

    /**
     * Names the employee a champion of the department (the caller holds the department's row lock),
     * or changes the role description of one named before; tells a new champion and their lead.
     *
     * @return whether the employee was newly named
     */
    public boolean name(long departmentId, long employeeId, String roleDescription, String by, LocalDate on) {
        int changed = bind(
                        em.createNativeQuery("UPDATE champion SET role_description = ?"
                                + " WHERE department_id = ? AND employee_id = ?"),
                        roleDescription,
                        departmentId,
                        employeeId)
                .executeUpdate();
        if (changed > 0) {
            return false;
        }
        bind(
                        em.createNativeQuery("INSERT INTO champion (department_id, employee_id, role_description,"
                                + " named_by, named_on) VALUES (?, ?, ?, ?, ?)"),
                        departmentId,
                        employeeId,
                        roleDescription,
                        by,
                        Date.valueOf(on))
                .executeUpdate();
        notifications.write(
                NotificationKind.CHAMPION_NAMED,
                "SELECT e.id, " + NotificationWriter.LEAD_OF_E + ", NULL, u.name, NULL,"
                        + " CONCAT(CAST(u.id AS VARCHAR(20)), CONCAT(':', CONCAT(CAST(e.id AS VARCHAR(20)),"
                        + " CONCAT(':', CAST(? AS VARCHAR(10)))))) FROM employee e, org_unit u"
                        + " WHERE e.id = CAST(? AS BIGINT) AND u.id = CAST(? AS BIGINT)",
                List.of(on.toString(), employeeId, departmentId),
                Instant.now());
        return true;
    }

    /** Ends the employee's role as the department's champion; whether they were one. */
    public boolean release(long departmentId, long employeeId) {
        return bind(
                                em.createNativeQuery(
                                        "DELETE FROM champion WHERE department_id = ? AND employee_id = ?"),
                                departmentId,
                                employeeId)
                        .executeUpdate()
                > 0;
    }

    /** Whether the employee is a champion of the department. */
    public boolean isChampion(long departmentId, long employeeId) {
        return !bind(
                        em.createNativeQuery("SELECT 1 FROM champion WHERE department_id = ? AND employee_id = ?"),
                        departmentId,
                        employeeId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Set<Long> unitsGrantedTo(long employeeId) {
        Set<Long> departments = new HashSet<>();
        for (Object id : bind(
                        em.createNativeQuery(
                                "SELECT c.department_id FROM champion c JOIN employee e ON e.id = c.employee_id"
                                        + " WHERE c.employee_id = ? AND e.status <> 'LEFT'"),
                        employeeId)
                .getResultList()) {
            departments.add(((Number) id).longValue());
        }
        return departments;
    }

    /** The champions of the departments, by department and then name; people who left are not champions. */
    public List<Entry> of(Collection<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return em
                .createNativeQuery("SELECT c.department_id, e.id, e.employee_number, e.first_name, e.last_name,"
                        + " e.job_title, u.name, c.role_description, c.named_by, c.named_on"
                        + " FROM champion c JOIN employee e ON e.id = c.employee_id"
                        + " LEFT JOIN org_unit u ON u.id = e.org_unit_id"
                        + " WHERE e.status <> 'LEFT' AND c.department_id IN ("
                        + String.join(
                                ", ",
                                departmentIds.stream().map(String::valueOf).toList()) + ")"
                        + " ORDER BY c.department_id, e.last_name, e.first_name")
                .getResultList()
                .stream()
                .map(r -> {
                    Object[] row = (Object[]) r;
                    return new Entry(
                            ((Number) row[0]).longValue(),
                            ((Number) row[1]).longValue(),
                            (String) row[2],
                            row[3] + " " + row[4],
                            (String) row[5],
                            (String) row[6],
                            (String) row[7],
                            (String) row[8],
                            Jdbc.localDate(row[9]));
                })
                .toList();
    }

    private static Query bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
