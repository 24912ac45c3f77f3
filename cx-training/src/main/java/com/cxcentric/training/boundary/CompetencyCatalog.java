package com.cxcentric.training.boundary;

import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.CatalogEntry;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.entity.Competency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The competency framework that courses teach, segments need and coaching observes. Read by every
 * role; HR adds the company's own competencies to the five it starts with. Nothing is deleted, so
 * every course, segment and observation keeps what it refers to.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class CompetencyCatalog {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public List<Competency> listAll() {
        return em.createNamedQuery(Competency.FIND_ALL, Competency.class).getResultList();
    }

    /**
     * Adds a competency after the existing ones.
     *
     * @throws RuleViolationException naming the field: a code that is not capitals, digits and
     *     underscores or is in use, a missing or too long name or description
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public Competency add(String code, String name, String description) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!wanted.matches(CatalogEntry.CODE_PATTERN) || wanted.length() > CatalogEntry.CODE_LENGTH) {
            throw new RuleViolationException(
                    "code", "error.competency.code", "A competency code is capitals, digits and underscores", wanted);
        }
        if (findByCode(wanted).isPresent()) {
            throw new ConflictException("code", "error.competency.taken", "Competency " + wanted + " exists", wanted);
        }
        if (name == null || name.isBlank() || name.strip().length() > CatalogEntry.NAME_LENGTH) {
            throw new RuleViolationException(
                    "name", "error.competency.name", "A name of 1 to 120 characters", CatalogEntry.NAME_LENGTH);
        }
        String about = description == null || description.isBlank() ? null : description.strip();
        if (about != null && about.length() > CatalogEntry.DESCRIPTION_LENGTH) {
            throw new RuleViolationException(
                    "description",
                    "error.competency.description",
                    "The description is too long",
                    CatalogEntry.DESCRIPTION_LENGTH);
        }
        int position =
                listAll().stream().mapToInt(Competency::getPosition).max().orElse(0) + 1;
        Competency competency = new Competency(wanted, name.strip(), about, position);
        em.persist(competency);
        return competency;
    }

    public Optional<Competency> findByCode(String code) {
        return em.createNamedQuery(Competency.FIND_BY_CODE, Competency.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
