package com.cxcentric.training.control;

import com.cxcentric.events.CertificationGranted;
import com.cxcentric.training.entity.Certification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the other areas that someone was certified ({@link CertificationGranted}, in the caller's
 * transaction), with whether they now hold a valid certification of every starter course.
 */
@ApplicationScoped
public class CertificationEvents {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private Event<CertificationGranted> granted;

    /** Fires the event for a certification just written (flushed or not). */
    public void certified(Certification certification) {
        em.flush();
        long starters = em.createQuery(
                        "SELECT COUNT(DISTINCT c.courseCode) FROM Certification c WHERE c.employee.id = :person"
                                + " AND c.courseCode IN :starters AND c.certifiedOn <= :on"
                                + " AND (c.expiresOn IS NULL OR c.expiresOn >= :on)",
                        Long.class)
                .setParameter("person", certification.getEmployee().getId())
                .setParameter("starters", StarterCurriculum.CODES)
                .setParameter("on", certification.getCertifiedOn())
                .getSingleResult();
        granted.fire(new CertificationGranted(
                certification.getEmployee().getId(),
                certification.getCourseCode(),
                certification.getCertifiedOn(),
                starters == StarterCurriculum.CODES.size()));
    }

    /**
     * Fires the event for every certification there is, oldest first, each with the starter
     * curriculum as it stood on its day: for a history written in one go (the demo company's).
     */
    public void certifiedAll() {
        List<Object[]> rows = em.createQuery(
                        "SELECT c.employee.id, c.courseCode, c.certifiedOn, c.expiresOn FROM Certification c"
                                + " ORDER BY c.certifiedOn, c.id",
                        Object[].class)
                .getResultList();
        Map<Long, List<Object[]>> byPerson = new HashMap<>();
        rows.forEach(r ->
                byPerson.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        for (Object[] row : rows) {
            LocalDate on = (LocalDate) row[2];
            long starters = byPerson.get((Long) row[0]).stream()
                    .filter(r -> StarterCurriculum.CODES.contains((String) r[1]))
                    .filter(r -> !((LocalDate) r[2]).isAfter(on))
                    .filter(r -> r[3] == null || !((LocalDate) r[3]).isBefore(on))
                    .map(r -> (String) r[1])
                    .distinct()
                    .count();
            granted.fire(new CertificationGranted(
                    (Long) row[0], (String) row[1], on, starters == StarterCurriculum.CODES.size()));
        }
    }
}
