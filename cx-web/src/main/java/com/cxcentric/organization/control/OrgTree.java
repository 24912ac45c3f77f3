package com.cxcentric.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
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
@ApplicationScoped
public class OrgTree {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** The given units and every unit below them. */
    public Set<Long> subtreeOf(Collection<Long> roots) {
        Map<Long, List<Long>> children = new HashMap<>();
        em.createQuery("SELECT u.id, u.parent.id FROM OrgUnit u WHERE u.parent IS NOT NULL", Object[].class)
                .getResultList()
                .forEach(row -> children.computeIfAbsent((Long) row[1], k -> new java.util.ArrayList<>())
                        .add((Long) row[0]));
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
}
