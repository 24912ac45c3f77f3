package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.rewards.entity.SchemeJudge.Decision;
import com.cxcentric.rewards.entity.SchemeJudge.Verdict;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A scheme's results as people read them: with names and units instead of ids. */
@Dependent
public class SchemeViews {

    /** One person's result; {@code decision} says whether they earned the award or why not. */
    public record ResultRow(
            long employeeId,
            String employeeNumber,
            String name,
            String unitName,
            long sample,
            BigDecimal own,
            BigDecimal team,
            BigDecimal credibility,
            BigDecimal judged,
            BigDecimal previous,
            Decision decision,
            long points) {}

    /** The most people a preview lists; the counts and the cost cover everyone. */
    public static final int MAX_ROWS = 500;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /**
     * The verdicts as rows, the people awarded first, then by judged figure, best first; at most
     * {@link #MAX_ROWS}.
     */
    public List<ResultRow> rows(List<Verdict> verdicts, long points) {
        List<Verdict> shown = verdicts.stream()
                .sorted(Comparator.comparing((Verdict v) -> !v.awarded())
                        .thenComparing(Verdict::judged, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Verdict::sample, Comparator.reverseOrder()))
                .limit(MAX_ROWS)
                .toList();
        Map<Long, Employee> people =
                people(shown.stream().map(v -> v.candidate().employeeId()).toList());
        List<ResultRow> rows = new ArrayList<>(shown.size());
        for (Verdict v : shown) {
            Employee e = people.get(v.candidate().employeeId());
            rows.add(new ResultRow(
                    v.candidate().employeeId(),
                    e.getEmployeeNumber(),
                    e.getDisplayName(),
                    e.getOrgUnit() == null ? null : e.getOrgUnit().getName(),
                    v.sample(),
                    v.own(),
                    v.team(),
                    v.credibility(),
                    v.judged(),
                    v.previous(),
                    v.decision(),
                    v.awarded() ? points : 0));
        }
        return rows;
    }

    private Map<Long, Employee> people(Collection<Long> ids) {
        Map<Long, Employee> people = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e FROM Employee e LEFT JOIN FETCH e.orgUnit WHERE e.id IN :ids", Employee.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(e -> people.put(e.getId(), e));
        }
        return people;
    }
}
