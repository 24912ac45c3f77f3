package com.cxcentric.training.control;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.segmentation.control.CurrentMembers;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.CertificationState;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.QuizQuestion;
import com.cxcentric.training.entity.TrainingFigures;
import com.cxcentric.training.entity.TrainingReport.CommentRow;
import com.cxcentric.training.entity.TrainingReport.CompletionRow;
import com.cxcentric.training.entity.TrainingReport.CoverageRow;
import com.cxcentric.training.entity.TrainingReport.Grouping;
import com.cxcentric.training.entity.TrainingReport.QuestionRow;
import com.cxcentric.training.entity.TrainingReport.ReactionRow;
import com.cxcentric.training.entity.TrainingReport.ScoreDistribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queries behind the training reports, each one grouped query (or two) in the caller's
 * transaction, over the people of a {@link Selection}. Who may see which people is the boundary's
 * business, not this class's.
 */
@ApplicationScoped
public class TrainingReportQueries {

    private static final String OPEN = "(a.status = com.cxcentric.training.entity.AssignmentStatus.ASSIGNED"
            + " OR a.status = com.cxcentric.training.entity.AssignmentStatus.IN_PROGRESS)";

    /**
     * Whose training a report counts: the people in these org units (null: everyone; empty:
     * nobody) and, for the reports about courses, one course code (null: every course).
     */
    public record Selection(Set<Long> units, String courseCode) {

        boolean nobody() {
            return units != null && units.isEmpty();
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    /** Completion and overdue per group, largest group first. */
    public List<CompletionRow> completion(Grouping grouping, Selection selection, LocalDate today) {
        Where where = where(selection, true);
        if (where.nobody()) {
            return List.of();
        }
        Grouping by = grouping == null ? Grouping.DEPARTMENT : grouping;
        String key =
                switch (by) {
                    case DEPARTMENT, TEAM -> "e.orgUnit.id";
                    case SEGMENT -> "m.segmentId";
                    case COURSE -> "a.courseCode";
                };
        String from = by == Grouping.SEGMENT
                ? " FROM Assignment a JOIN a.employee e, SegmentMembership m"
                : " FROM Assignment a JOIN a.employee e";
        String segmentJoin =
                by == Grouping.SEGMENT ? " AND m.employeeId = e.id AND " + CurrentMembers.currentStay("m") : "";
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT " + key + ", COUNT(a),"
                        + " SUM(CASE WHEN a.status = com.cxcentric.training.entity.AssignmentStatus.COMPLETED THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN a.status = com.cxcentric.training.entity.AssignmentStatus.FAILED THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + OPEN + " AND a.dueOn < :today THEN 1 ELSE 0 END)"
                        + from + where.jpql() + segmentJoin
                        + " AND a.status <> com.cxcentric.training.entity.AssignmentStatus.CANCELLED"
                        + " GROUP BY " + key,
                Object[].class);
        where.bind(query);
        query.setParameter("today", today);
        Map<Object, long[]> counts = new LinkedHashMap<>();
        Map<Long, OrgUnit> departments = by == Grouping.DEPARTMENT ? tree.departmentOfEachUnit() : Map.of();
        for (Object[] row : query.getResultList()) {
            Object group = row[0];
            if (by == Grouping.DEPARTMENT) {
                OrgUnit department = group == null ? null : departments.get((Long) group);
                group = department == null ? null : department.getId();
            }
            long[] sums = counts.computeIfAbsent(group, k -> new long[4]);
            for (int i = 0; i < 4; i++) {
                sums[i] += number(row[i + 1]);
            }
        }
        Map<Object, String> names = names(by, counts.keySet());
        List<CompletionRow> rows = new ArrayList<>();
        counts.forEach((group, sums) -> rows.add(new CompletionRow(
                group == null ? "" : String.valueOf(group),
                group == null ? "" : names.getOrDefault(group, String.valueOf(group)),
                sums[0],
                sums[1],
                sums[0] - sums[1] - sums[2] - sums[3],
                sums[3],
                sums[2])));
        rows.sort(Comparator.comparingLong(CompletionRow::assigned).reversed().thenComparing(CompletionRow::name));
        return rows;
    }

    /** For every active segment and each competency it requires, who among its members is certified. */
    public List<CoverageRow> coverage(Selection selection, LocalDate today, int expiringDays) {
        Where where = where(selection, false);
        List<Segment> segments = em
                .createQuery("SELECT s FROM Segment s WHERE s.archivedAt IS NULL ORDER BY s.name", Segment.class)
                .getResultList()
                .stream()
                .filter(s -> !s.getCompetencyCodes().isEmpty())
                .toList();
        if (where.nobody() || segments.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> members = new HashMap<>();
        TypedQuery<Object[]> memberQuery = em.createQuery(
                "SELECT m.segmentId, m.employeeId FROM SegmentMembership m JOIN m.employee e" + where.jpql() + " AND "
                        + CurrentMembers.currentStay("m") + " AND e.status <> :left AND m.segmentId IN :segments",
                Object[].class);
        where.bind(memberQuery);
        memberQuery
                .setParameter("left", EmploymentStatus.LEFT)
                .setParameter("segments", segments.stream().map(Segment::getId).toList());
        for (Object[] row : memberQuery.getResultList()) {
            members.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        Set<String> required =
                segments.stream().flatMap(s -> s.getCompetencyCodes().stream()).collect(Collectors.toSet());
        TypedQuery<Object[]> certificationQuery = em.createQuery(
                "SELECT e.id, comp, MAX(c.expiresOn), SUM(CASE WHEN c.expiresOn IS NULL THEN 1 ELSE 0 END)"
                        + " FROM Certification c JOIN c.employee e JOIN c.course co JOIN co.competencies comp"
                        + where.jpql() + " AND comp IN :required GROUP BY e.id, comp",
                Object[].class);
        where.bind(certificationQuery);
        certificationQuery.setParameter("required", required);
        Map<String, Map<Long, CertificationState>> standing = new HashMap<>();
        for (Object[] row : certificationQuery.getResultList()) {
            TrainingFigures.standing(number(row[3]) > 0, (LocalDate) row[2], today, expiringDays)
                    .ifPresent(state -> standing.computeIfAbsent((String) row[1], k -> new HashMap<>())
                            .put((Long) row[0], state));
        }
        Map<String, String> competencyNames =
                em.createNamedQuery(Competency.FIND_ALL, Competency.class).getResultList().stream()
                        .collect(Collectors.toMap(Competency::getCode, Competency::getName));
        List<CoverageRow> rows = new ArrayList<>();
        for (Segment segment : segments) {
            Set<Long> people = members.getOrDefault(segment.getId(), Set.of());
            for (String code : segment.getCompetencyCodes()) {
                Map<Long, CertificationState> states = standing.getOrDefault(code, Map.of());
                long[] byState = new long[CertificationState.values().length];
                for (Long person : people) {
                    CertificationState state = states.get(person);
                    if (state != null) {
                        byState[state.ordinal()]++;
                    }
                }
                rows.add(new CoverageRow(
                        segment.getId(),
                        segment.getName(),
                        code,
                        competencyNames.getOrDefault(code, code),
                        people.size(),
                        byState[CertificationState.VALID.ordinal()],
                        byState[CertificationState.EXPIRING.ordinal()],
                        byState[CertificationState.EXPIRED.ordinal()]));
            }
        }
        return rows;
    }

    /** Submitted quiz attempts of the scope by score. */
    public ScoreDistribution scores(Selection selection) {
        Where where = where(selection, true);
        long[] buckets = new long[TrainingFigures.BUCKETS];
        long attempts = 0;
        long scoreSum = 0;
        long first = 0;
        long firstPassed = 0;
        if (!where.nobody()) {
            TypedQuery<Object[]> query = em.createQuery(
                    // Grouped by the attempt number itself: a CASE in GROUP BY gets its literals bound as
                    // parameters, which PostgreSQL cannot match with the same CASE in the SELECT list.
                    "SELECT q.scorePercent, q.number, q.passed, COUNT(q)"
                            + " FROM QuizAttempt q JOIN q.assignment a JOIN a.employee e" + where.jpql()
                            + " AND q.submittedAt IS NOT NULL"
                            + " GROUP BY q.scorePercent, q.number, q.passed",
                    Object[].class);
            where.bind(query);
            for (Object[] row : query.getResultList()) {
                int score = ((Number) row[0]).intValue();
                long count = number(row[3]);
                buckets[TrainingFigures.bucketOf(score)] += count;
                attempts += count;
                scoreSum += score * count;
                if (((Number) row[1]).intValue() == 1) {
                    first += count;
                    if (Boolean.TRUE.equals(row[2])) {
                        firstPassed += count;
                    }
                }
            }
        }
        List<Long> bucketList = new ArrayList<>();
        for (long bucket : buckets) {
            bucketList.add(bucket);
        }
        return new ScoreDistribution(
                bucketList, attempts, TrainingFigures.percent(scoreSum, attempts * 100L), first, firstPassed);
    }

    /** Every question answered in the scope's attempts, the least often right first. */
    public List<QuestionRow> hardestQuestions(Selection selection) {
        Where where = where(selection, true);
        if (where.nobody()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT x.questionId, x.correct, COUNT(x)"
                        + " FROM QuizAttempt q JOIN q.answers x JOIN q.assignment a JOIN a.employee e" + where.jpql()
                        + " GROUP BY x.questionId, x.correct",
                Object[].class);
        where.bind(query);
        Map<Long, long[]> answered = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            long[] counts = answered.computeIfAbsent((Long) row[0], k -> new long[2]);
            counts[0] += number(row[2]);
            if (Boolean.TRUE.equals(row[1])) {
                counts[1] += number(row[2]);
            }
        }
        if (answered.isEmpty()) {
            return List.of();
        }
        List<QuestionRow> rows = new ArrayList<>();
        for (QuizQuestion question : em.createQuery(
                        "SELECT q FROM QuizQuestion q JOIN FETCH q.course WHERE q.id IN :ids", QuizQuestion.class)
                .setParameter("ids", answered.keySet())
                .getResultList()) {
            long[] counts = answered.get(question.getId());
            rows.add(new QuestionRow(
                    question.getId(),
                    question.getCourse().getCode(),
                    question.getCourse().getRevision(),
                    question.getNumber(),
                    question.getPrompt(),
                    counts[0],
                    counts[1]));
        }
        rows.sort(Comparator.comparing((QuestionRow r) -> r.correctPercent())
                .thenComparing(Comparator.comparingLong(QuestionRow::answered).reversed())
                .thenComparing(QuestionRow::courseCode)
                .thenComparingInt(QuestionRow::number));
        return rows;
    }

    /** The reaction survey per course. */
    public List<ReactionRow> reactions(Selection selection) {
        Where where = where(selection, true);
        if (where.nobody()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT a.courseCode, COUNT(a), AVG(a.reactionRelevance), AVG(a.reactionUsefulness),"
                        + " SUM(CASE WHEN a.reactionRelevance >= 4 AND a.reactionUsefulness >= 4 THEN 1 ELSE 0 END)"
                        + " FROM Assignment a JOIN a.employee e" + where.jpql() + " AND a.reactedAt IS NOT NULL"
                        + " GROUP BY a.courseCode ORDER BY a.courseCode",
                Object[].class);
        where.bind(query);
        List<Object[]> found = query.getResultList();
        Map<Object, String> titles =
                names(Grouping.COURSE, found.stream().map(r -> r[0]).toList());
        return found.stream()
                .map(row -> new ReactionRow(
                        (String) row[0],
                        titles.getOrDefault(row[0], (String) row[0]),
                        number(row[1]),
                        average(row[2]),
                        average(row[3]),
                        number(row[4])))
                .toList();
    }

    /** The reaction comments of the scope, newest first, without names. */
    public Page<CommentRow> comments(Selection selection, PageRequest page) {
        Where where = where(selection, true);
        if (where.nobody()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String condition = where.jpql() + " AND a.reactionComment IS NOT NULL";
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(a) FROM Assignment a JOIN a.employee e" + condition, Long.class);
        TypedQuery<Assignment> rows = em.createQuery(
                "SELECT a FROM Assignment a JOIN a.employee e" + condition + " ORDER BY a.reactedAt DESC, a.id DESC",
                Assignment.class);
        where.bind(count);
        where.bind(rows);
        List<CommentRow> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(a -> new CommentRow(
                        a.getId(),
                        a.getReactedAt(),
                        a.getCourseCode(),
                        a.getReactionRelevance(),
                        a.getReactionUsefulness(),
                        a.getReactionComment()))
                .toList();
        return new Page<>(found, page.page(), page.size(), count.getSingleResult());
    }

    /** The conditions on {@code e} (the person) and, with {@code course}, {@code a} (the assignment). */
    private static Where where(Selection selection, boolean course) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder(" WHERE 1 = 1");
        if (selection.units() != null) {
            jpql.append(" AND e.orgUnit.id IN :units");
            parameters.put("units", selection.nobody() ? List.of(-1L) : selection.units());
        }
        if (course && selection.courseCode() != null && !selection.courseCode().isBlank()) {
            jpql.append(" AND a.courseCode = :course");
            parameters.put("course", selection.courseCode());
        }
        return new Where(jpql.toString(), parameters, selection.nobody());
    }

    private record Where(String jpql, Map<String, Object> parameters, boolean nobody) {

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }

    private Map<Object, String> names(Grouping by, Collection<?> keys) {
        List<?> wanted = keys.stream().filter(Objects::nonNull).toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return switch (by) {
            case DEPARTMENT, TEAM -> em.createQuery("SELECT u FROM OrgUnit u WHERE u.id IN :ids", OrgUnit.class)
                    .setParameter("ids", wanted)
                    .getResultStream()
                    .collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName));
            case SEGMENT -> em.createQuery("SELECT s FROM Segment s WHERE s.id IN :ids", Segment.class)
                    .setParameter("ids", wanted)
                    .getResultStream()
                    .collect(Collectors.toMap(Segment::getId, Segment::getName));
            case COURSE -> em.createNamedQuery(Course.FIND_CURRENT, Course.class)
                    .getResultStream()
                    .filter(c -> wanted.contains(c.getCode()))
                    .collect(Collectors.toMap(Course::getCode, Course::getTitle, (a, b) -> a, LinkedHashMap::new));
        };
    }

    private static Double average(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
