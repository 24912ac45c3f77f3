package com.cxcentric.training.boundary;

import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.CatalogEntry;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.entity.CoachingBehaviour;
import com.cxcentric.training.entity.Competency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The coaching checklist: the observable behaviours per competency that a lead looks for, which HR
 * extends and retires (never deletes: observations keep what they ticked).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
public class CoachingChecklist {

    /** One behaviour of the checklist. */
    public record Behaviour(String code, String name, String description) {}

    /** The checklist lines of one competency. */
    public record ChecklistGroup(String competencyCode, String competencyName, List<Behaviour> behaviours) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** The active checklist, grouped by competency in the framework's order. */
    public List<ChecklistGroup> checklist() {
        Map<String, Competency> competencies =
                em.createNamedQuery(Competency.FIND_ALL, Competency.class).getResultList().stream()
                        .collect(Collectors.toMap(
                                Competency::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<Behaviour>> byCompetency = new LinkedHashMap<>();
        competencies.keySet().forEach(code -> byCompetency.put(code, new ArrayList<>()));
        for (CoachingBehaviour b : em.createNamedQuery(CoachingBehaviour.FIND_ACTIVE, CoachingBehaviour.class)
                .getResultList()) {
            byCompetency
                    .computeIfAbsent(b.getCompetencyCode(), k -> new ArrayList<>())
                    .add(new Behaviour(b.getCode(), b.getName(), b.getDescription()));
        }
        List<ChecklistGroup> groups = new ArrayList<>();
        byCompetency.forEach((code, behaviours) -> {
            if (!behaviours.isEmpty()) {
                Competency competency = competencies.get(code);
                groups.add(new ChecklistGroup(code, competency == null ? code : competency.getName(), behaviours));
            }
        });
        return groups;
    }

    /**
     * Adds a behaviour to the checklist of a competency, after the existing ones.
     *
     * @throws RuleViolationException naming the field: a code that is not capitals, digits and
     *     underscores or is in use, an unknown competency, a missing or too long name or description
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public Behaviour addBehaviour(String code, String competencyCode, String name, String description) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!wanted.matches(CatalogEntry.CODE_PATTERN) || wanted.length() > CatalogEntry.CODE_LENGTH) {
            throw new RuleViolationException(
                    "code", "error.behaviour.code", "A behaviour code is capitals, digits and underscores", wanted);
        }
        if (!em.createNamedQuery(CoachingBehaviour.FIND_BY_CODE, CoachingBehaviour.class)
                .setParameter("code", wanted)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("code", "error.behaviour.taken", "Behaviour " + wanted + " exists", wanted);
        }
        if (competencyCode == null
                || em.createNamedQuery(Competency.FIND_BY_CODE, Competency.class)
                        .setParameter("code", competencyCode)
                        .getResultList()
                        .isEmpty()) {
            throw new RuleViolationException(
                    "competency", "error.behaviour.competency", "No competency " + competencyCode, competencyCode);
        }
        if (name == null || name.isBlank() || name.strip().length() > CatalogEntry.NAME_LENGTH) {
            throw new RuleViolationException(
                    "name", "error.behaviour.name", "A name of 1 to 120 characters", CatalogEntry.NAME_LENGTH);
        }
        String about = description == null || description.isBlank() ? null : description.strip();
        if (about != null && about.length() > CatalogEntry.DESCRIPTION_LENGTH) {
            throw new RuleViolationException(
                    "description",
                    "error.behaviour.description",
                    "The description is too long",
                    CatalogEntry.DESCRIPTION_LENGTH);
        }
        Object last = em.createQuery("SELECT MAX(b.position) FROM CoachingBehaviour b")
                .getSingleResult();
        int position = (last == null ? 0 : ((Number) last).intValue()) + 1;
        CoachingBehaviour behaviour = new CoachingBehaviour(wanted, name.strip(), about, position, competencyCode);
        em.persist(behaviour);
        return new Behaviour(behaviour.getCode(), behaviour.getName(), behaviour.getDescription());
    }

    /**
     * Takes a behaviour off the checklist; the observations that ticked it keep it.
     *
     * @throws ResourceNotFoundException when there is no behaviour with this code
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void retireBehaviour(String code) {
        em.createNamedQuery(CoachingBehaviour.FIND_BY_CODE, CoachingBehaviour.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new ResourceNotFoundException("error.behaviour.unknown", "No behaviour " + code, code))
                .retire();
    }
}
