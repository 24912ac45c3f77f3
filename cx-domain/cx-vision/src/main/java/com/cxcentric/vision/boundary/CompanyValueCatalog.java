package com.cxcentric.vision.boundary;

import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.entity.CompanyValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The company values that peer recognition is tied to. Read by every role. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class CompanyValueCatalog {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public List<CompanyValue> listActive() {
        return em.createNamedQuery(CompanyValue.FIND_ACTIVE, CompanyValue.class).getResultList();
    }
}
