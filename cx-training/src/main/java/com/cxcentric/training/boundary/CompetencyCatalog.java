package com.cxcentric.training.boundary;

import com.cxcentric.security.entity.Role;
import com.cxcentric.training.entity.Competency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The competency framework that courses teach and segments need. Read by every role. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class CompetencyCatalog {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public List<Competency> listAll() {
        return em.createNamedQuery(Competency.FIND_ALL, Competency.class).getResultList();
    }

    public Optional<Competency> findByCode(String code) {
        return em.createNamedQuery(Competency.FIND_BY_CODE, Competency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
