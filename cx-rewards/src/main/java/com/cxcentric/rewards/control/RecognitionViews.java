package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.vision.entity.CompanyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
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
            long boosted,
            Map<String, Long> reactions,
            List<String> myReactions,
            long comments,
            boolean hidden) {

        /** How many reacted so, for the page: {@code r.reacted('HEART')}. */
        public long reacted(String reaction) {
            return reactions.getOrDefault(reaction, 0L);
        }

        /** Whether the reader reacted so. */
        public boolean mine(String reaction) {
            return myReactions.contains(reaction);
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public RecognitionView view(Recognition recognition) {
        return view(recognition, null);
    }

    /**
     * A recognition just made, from what its maker holds already: nobody has boosted, reacted to or
     * commented on it yet, so nothing is read.
     */
    public RecognitionView made(Recognition recognition, Employee giver, List<Employee> recipients, String valueName) {
        return new RecognitionView(
                recognition.getId(),
                recognition.getCreatedAt(),
                person(giver),
                recipients.stream().map(RecognitionViews::person).toList(),
                recognition.getValueCode(),
                valueName,
                recognition.getMessage(),
                recognition.getPointsEach(),
                recognition.isPublicFeed(),
                0,
                Map.of(),
                List.of(),
                0,
                recognition.getHiddenAt() != null);
    }

    private static Person person(Employee e) {
        return new Person(e.getEmployeeNumber(), e.getDisplayName());
    }

    /** A recognition as one reader sees it: with their own reactions. */
    public RecognitionView view(Recognition recognition, Long reader) {
        return views(List.of(recognition), reader).get(0);
    }

    /** The company's public feed, what HR hid left out, as one reader sees it. */
    public Page<RecognitionView> feed(PageRequest page, Long reader) {
        var rows = em.createQuery(
                        "SELECT r FROM Recognition r WHERE r.publicFeed = TRUE AND r.hiddenAt IS NULL"
                                + " ORDER BY r.createdAt DESC, r.id DESC",
                        Recognition.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery(
                        "SELECT COUNT(r) FROM Recognition r WHERE r.publicFeed = TRUE AND r.hiddenAt IS NULL",
                        Long.class)
                .getSingleResult();
        return new Page<>(views(rows, reader), page.page(), page.size(), total);
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
        return new Page<>(views(rows, employeeId), page.page(), page.size(), total);
    }

    private List<RecognitionView> views(List<Recognition> rows, Long reader) {
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.getGiverId());
            people.addAll(r.getRecipientIds());
        });
        Map<Long, Person> persons = persons(people);
        List<Long> ids = rows.stream().map(Recognition::getId).toList();
        Map<Long, Long> boosts = boosts(ids);
        Map<Long, Map<String, Long>> reactions = new HashMap<>();
        Map<Long, List<String>> mine = new HashMap<>();
        Map<Long, Long> comments = new HashMap<>();
        if (!ids.isEmpty()) {
            String in = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
            for (Object row : em.createNativeQuery(
                            "SELECT recognition_id, reaction, COUNT(*), SUM(CASE WHEN employee_id = ?"
                                    + " THEN 1 ELSE 0 END) FROM recognition_reaction WHERE recognition_id IN (" + in
                                    + ") GROUP BY recognition_id, reaction")
                    .setParameter(1, reader == null ? -1L : reader)
                    .getResultList()) {
                Object[] r = (Object[]) row;
                long id = ((Number) r[0]).longValue();
                reactions.computeIfAbsent(id, k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
                if (((Number) r[3]).longValue() > 0) {
                    mine.computeIfAbsent(id, k -> new ArrayList<>()).add((String) r[1]);
                }
            }
            for (Object row : em.createNativeQuery("SELECT recognition_id, COUNT(*) FROM recognition_comment"
                            + " WHERE recognition_id IN (" + in + ") GROUP BY recognition_id")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                comments.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
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
                        boosts.getOrDefault(r.getId(), 0L),
                        reactions.getOrDefault(r.getId(), Map.of()),
                        mine.getOrDefault(r.getId(), List.of()),
                        comments.getOrDefault(r.getId(), 0L),
                        r.getHiddenAt() != null))
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
                .collect(Collectors.toMap(Employee::getId, RecognitionViews::person, (a, b) -> a));
    }
}
