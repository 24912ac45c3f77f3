package com.cxcentric.training.control;

import com.cxcentric.events.CertificationGranted;
import com.cxcentric.training.entity.Certification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
