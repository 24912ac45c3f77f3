package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.entity.CompanyValue;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Recognition as people read it: names instead of ids, the value's name, newest first, a page at a time. */
@ApplicationScoped
public class RecognitionViews {

    /** Someone in a recognition. */
    public record Person(String employeeNumber, String name) {}

    public record RecognitionView(
            long id,
            Instant at,
            Person giver,
            List<Person> recipients,
            String valueCode,
            String valueName,
            String message,
            int pointsEach,
            boolean publicFeed,
            long boosted) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public RecognitionView view(Recognition recognition) {
        return views(List.of(recognition)).get(0);
    }

    /** The company's public feed. */
    public Page<RecognitionView> feed(PageRequest page) {
        var rows = em.createQuery(
                        "SELECT r FROM Recognition r WHERE r.publicFeed = TRUE ORDER BY r.createdAt DESC, r.id DESC",
                        Recognition.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM Recognition r WHERE r.publicFeed = TRUE", Long.class)
                .getSingleResult();
        return new Page<>(views(rows), page.page(), page.size(), total);
    }

    /** What one person received (private ones included) or gave. */
    public Page<RecognitionView> of(long employeeId, boolean received, PageRequest page) {
        String where = received ? " WHERE :person MEMBER OF r.recipientIds" : " WHERE r.giverId = :person";
        var rows = em.createQuery(
                        "SELECT r FROM Recognition r" + where + " ORDER BY r.createdAt DESC, r.id DESC",
                        Recognition.class)
                .setParameter("person", employeeId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM Recognition r" + where, Long.class)
                .setParameter("person", employeeId)
                .getSingleResult();
        return new Page<>(views(rows), page.page(), page.size(), total);
    }

    private List<RecognitionView> views(List<Recognition> rows) {
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.getGiverId());
            people.addAll(r.getRecipientIds());
        });
        Map<Long, Person> persons = persons(people);
        Map<Long, Long> boosts = boosts(rows.stream().map(Recognition::getId).toList());
        Map<String, String> values =
                em.createQuery("SELECT v FROM CompanyValue v", CompanyValue.class).getResultList().stream()
                        .collect(Collectors.toMap(CompanyValue::getCode, CompanyValue::getName));
        return rows.stream()
                .map(r -> new RecognitionView(
                        r.getId(),
                        r.getCreatedAt(),
                        persons.get(r.getGiverId()),
                        r.getRecipientIds().stream().map(persons::get).toList(),
                        r.getValueCode(),
                        values.getOrDefault(r.getValueCode(), r.getValueCode()),
                        r.getMessage(),
                        r.getPointsEach(),
                        r.isPublicFeed(),
                        boosts.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    /** The points managers added to each recognition from their budgets. */
    private Map<Long, Long> boosts(List<Long> recognitionIds) {
        if (recognitionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> boosts = new HashMap<>();
        em.createQuery(
                        "SELECT t.recognitionId, SUM(t.amount) FROM PointsTransfer t WHERE t.kind = :boost"
                                + " AND t.recognitionId IN :ids GROUP BY t.recognitionId",
                        Object[].class)
                .setParameter("boost", TransferKind.BOOST)
                .setParameter("ids", recognitionIds)
                .getResultList()
                .forEach(row -> boosts.put((Long) row[0], ((Number) row[1]).longValue()));
        return boosts;
    }

    private Map<Long, Person> persons(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT e FROM Employee e WHERE e.id IN :ids", Employee.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(
                        Employee::getId, e -> new Person(e.getEmployeeNumber(), e.getDisplayName()), (a, b) -> a));
    }
}
