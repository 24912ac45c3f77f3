package com.cxcentric.organization.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.Offered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The org unit tree as ids: one query for every (unit, parent) pair, then a walk in memory. Org
 * units number in the hundreds, not millions, so this beats a recursive query per request and
 * works the same on H2 and PostgreSQL.
 */
@Offered
@ApplicationScoped
public class OrgTree {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /**
     * For every unit inside a department (the department itself included), that department; units
     * above departments are absent.
     */
    public Map<Long, OrgUnit> departmentOfEachUnit() {
        Map<Long, OrgUnit> departmentOfUnit = new HashMap<>();
        for (OrgUnit unit :
                em.createQuery("SELECT u FROM OrgUnit u", OrgUnit.class).getResultList()) {
            for (OrgUnit step = unit; step != null; step = step.getParent()) {
                if (step.getType() == OrgUnitType.DEPARTMENT) {
                    departmentOfUnit.put(unit.getId(), step);
                    break;
                }
            }
        }
        return departmentOfUnit;
    }

    /** The units with these codes and every unit below them; unknown codes are ignored. */
    public Set<Long> subtreeOfCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return subtreeOf(em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.code IN :codes", Long.class)
                .setParameter("codes", codes)
                .getResultList());
    }

    /** Every unit's parent, by id; the company's top unit is absent. */
    public Map<Long, Long> parentOfEachUnit() {
        Map<Long, Long> parents = new HashMap<>();
        em.createQuery("SELECT u.id, u.parent.id FROM OrgUnit u WHERE u.parent IS NOT NULL", Object[].class)
                .getResultList()
                .forEach(row -> parents.put((Long) row[0], (Long) row[1]));
        return parents;
    }

    /** A unit and the units above it, nearest first. */
    public List<Long> upwardsFrom(long unitId, Map<Long, Long> parents) {
        List<Long> chain = new ArrayList<>();
        for (Long step = unitId; step != null && !chain.contains(step); step = parents.get(step)) {
            chain.add(step);
        }
        return chain;
    }

    /** The given units and every unit below them. */
    public Set<Long> subtreeOf(Collection<Long> roots) {
        return subtreeOf(roots, parentOfEachUnit());
    }

    /**
     * The given units and every unit below them, walking a {@link #parentOfEachUnit()} read once,
     * for a caller that needs the subtrees of many units.
     */
    public Set<Long> subtreeOf(Collection<Long> roots, Map<Long, Long> parents) {
        Map<Long, List<Long>> children = new HashMap<>();
        parents.forEach((child, parent) ->
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child));
        Set<Long> subtree = new HashSet<>(roots);
        var queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            for (Long child : children.getOrDefault(queue.poll(), List.of())) {
                if (subtree.add(child)) {
                    queue.add(child);
                }
            }
        }
        return subtree;
    }

    /** The units a person leads and every unit below them; empty for someone who leads none. */
    public Set<Long> ledBy(Employee lead) {
        List<Long> led = em
                .createNamedQuery(OrgUnit.FIND_LED_BY, OrgUnit.class)
                .setParameter("lead", lead)
                .getResultList()
                .stream()
                .map(OrgUnit::getId)
                .toList();
        return subtreeOf(led);
    }
}
