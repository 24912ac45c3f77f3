package com.cxcentric.vision.control;

import com.cxcentric.organization.entity.EmployeesChanged;
import com.cxcentric.vision.entity.VisionVersion;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** New joiners are asked to read the current vision in the transaction that brought them in. */
@ApplicationScoped
public class JoinersAreAsked {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private Acknowledgements acknowledgements;

    void onEmployeesChanged(@Observes @Priority(EmployeesChanged.VISION) EmployeesChanged change) {
        if (change.created() == 0) {
            return;
        }
        em.createNamedQuery(VisionVersion.FIND_CURRENT, VisionVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(current -> acknowledgements.askEveryoneNotAsked(current, change.day()));
    }
}
