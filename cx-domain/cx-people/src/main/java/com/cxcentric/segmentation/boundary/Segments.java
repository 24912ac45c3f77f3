package com.cxcentric.segmentation.boundary;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.control.CurrentMembers;
import com.cxcentric.segmentation.control.SegmentMembershipStore;
import com.cxcentric.segmentation.entity.RuleGroup;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.segmentation.entity.SegmentDefinition;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Segments as HR defines and reads them. Every change of a definition recomputes that segment's
 * membership in the same transaction, so what the page shows next is what is stored.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class Segments {

    private static final Logger LOG = Logger.getLogger(Segments.class.getName());
    public static final int PREVIEW_MEMBERS = 10;
    /** JPQL: the stay {@code m} is a current one of the segment {@code :segment}. */
    static final String CURRENT = " m.segmentId = :segment AND " + CurrentMembers.currentStay("m");

    /** What HR enters for a segment. Employees are named by their number. */
    public record SegmentForm(
            String name,
            String description,
            RuleGroup rule,
            List<String> includeNumbers,
            List<String> excludeNumbers,
            Set<String> competencies,
            Set<Motivator> rewardTypes) {

        public SegmentForm {
            includeNumbers = cleaned(includeNumbers);
            excludeNumbers = cleaned(excludeNumbers);
            competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
            rewardTypes = rewardTypes == null ? Set.of() : Set.copyOf(rewardTypes);
            rule = rule == null ? RuleGroup.empty() : rule;
        }

        private static List<String> cleaned(List<String> numbers) {
            return numbers == null
                    ? List.of()
                    : List.copyOf(new LinkedHashSet<>(numbers.stream()
                            .map(String::strip)
                            .filter(n -> !n.isEmpty())
                            .toList()));
        }
    }

    /** A segment in a list. */
    public record SegmentSummary(
            long id,
            String name,
            String description,
            int members,
            Instant recomputedAt,
            Set<String> competencies,
            Set<Motivator> rewardTypes) {

        static SegmentSummary of(Segment s) {
            return new SegmentSummary(
                    s.getId(),
                    s.getName(),
                    s.getDescription(),
                    s.getMemberCount(),
                    s.getRecomputedAt(),
                    s.getCompetencyCodes(),
                    s.getRewardTypes());
        }
    }

    /** A person named in a segment's manual lists. */
    public record PersonRef(String employeeNumber, String name) {}

    /** Everything about one segment, for its page and its editor. */
    public record SegmentDetail(
            SegmentSummary summary, long version, RuleGroup rule, List<PersonRef> included, List<PersonRef> excluded) {}

    /** A current member as the members table lists them. */
    public record MemberRow(
            String employeeNumber,
            String name,
            String jobTitle,
            String unitName,
            ContactLevel contactLevel,
            String location,
            LocalDate hireDate,
            LocalDate joinedOn) {}

    /** What the members table can be sorted by. */
    public enum MemberSort {
        NAME("e.lastName, e.firstName"),
        NUMBER("e.employeeNumber"),
        UNIT("u.name"),
        JOB_TITLE("e.jobTitle"),
        CONTACT_LEVEL("e.contactLevel"),
        JOINED_ON("m.joinedOn");

        private final String orderBy;

        MemberSort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Current members of one segment, for headcount statistics. */
    public record SegmentHeadcount(long id, String name, long members) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private SegmentMembershipStore membership;

    @Inject
    private OrgTree tree;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessDay businessDay;

    public List<SegmentSummary> list() {
        return em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList().stream()
                .map(SegmentSummary::of)
                .toList();
    }

    /** @throws ResourceNotFoundException for an unknown or archived segment */
    public SegmentDetail detail(long id) {
        Segment segment = active(id);
        return new SegmentDetail(
                SegmentSummary.of(segment),
                segment.getVersion(),
                segment.getRule(),
                refs(segment.getIncluded()),
                refs(segment.getExcluded()));
    }

    /**
     * Creates a segment and computes its members.
     *
     * @throws RuleViolationException for a missing or taken name, unknown people or competencies
     * @throws com.cxcentric.segmentation.entity.InvalidRuleException for a rule that cannot be evaluated
     */
    public SegmentSummary create(SegmentForm form) {
        Segment segment = new Segment(validName(form.name(), null));
        apply(segment, form);
        em.persist(segment);
        var change = membership.recompute(segment, today(), List.of());
        LOG.info(() -> context.getCallerPrincipal().getName() + " created segment " + segment.getId() + " \""
                + segment.getName() + "\" with " + change.members() + " members");
        return SegmentSummary.of(segment);
    }

    /**
     * Changes a segment and recomputes its members.
     *
     * @param version the version the editor started from; a segment changed since is refused
     */
    public SegmentSummary update(long id, long version, SegmentForm form) {
        Segment segment = active(id);
        requireVersion(segment, version);
        segment.rename(validName(form.name(), id));
        apply(segment, form);
        var change = membership.recompute(segment, today(), List.of());
        LOG.info(() -> context.getCallerPrincipal().getName() + " changed segment " + id + ": " + change.joined()
                + " joined, " + change.left() + " left, " + change.members() + " members");
        return SegmentSummary.of(segment);
    }

    /** Archives a segment: its members' stays end today, its history stays. */
    public void archive(long id, long version) {
        Segment segment = active(id);
        requireVersion(segment, version);
        membership.closeAll(segment, today());
        segment.archive(Instant.now());
        LOG.info(() -> context.getCallerPrincipal().getName() + " archived segment " + id);
    }

    /**
     * What a definition would select now: member count, how many would join and leave the stored
     * segment, and the first members by name. Nothing is stored.
     *
     * @param segmentId the segment being edited, or null for a new one
     */
    public SegmentMembershipStore.Preview preview(Long segmentId, SegmentForm form) {
        form.rule().validate();
        SegmentDefinition definition = new SegmentDefinition(
                form.rule(),
                ids(people(form.includeNumbers(), "included")),
                ids(people(form.excludeNumbers(), "excluded")));
        return membership.preview(definition, segmentId, today(), PREVIEW_MEMBERS);
    }

    /** Recomputes every segment for everyone, for HR's "recompute now". */
    public List<SegmentMembershipStore.Change> recomputeAll() {
        return membership.recomputeAll(today());
    }

    /** One page of current members whose name, number or unit contains {@code query}. */
    public Page<MemberRow> members(long id, String query, MemberSort sort, boolean ascending, PageRequest page) {
        active(id);
        String where = " WHERE" + CURRENT
                + " AND (LOWER(e.employeeNumber) LIKE :q OR LOWER(CONCAT(CONCAT(e.firstName, ' '), e.lastName)) LIKE :q"
                + " OR LOWER(u.name) LIKE :q)";
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        long total = em.createQuery(
                        "SELECT COUNT(m) FROM SegmentMembership m JOIN m.employee e LEFT JOIN e.orgUnit u" + where,
                        Long.class)
                .setParameter("segment", id)
                .setParameter("q", pattern)
                .getSingleResult();
        String direction = ascending ? " ASC" : " DESC";
        String orderBy = Arrays.stream(sort.orderBy.split(", "))
                        .map(column -> column + direction)
                        .collect(Collectors.joining(", "))
                + ", e.employeeNumber";
        List<MemberRow> rows = em.createQuery(memberSelect() + where + " ORDER BY " + orderBy, MemberRow.class)
                .setParameter("segment", id)
                .setParameter("q", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    /** Every current member by name, for an export. */
    public List<MemberRow> allMembers(long id) {
        active(id);
        return em.createQuery(
                        memberSelect() + " WHERE" + CURRENT + " ORDER BY e.lastName, e.firstName, e.employeeNumber",
                        MemberRow.class)
                .setParameter("segment", id)
                .getResultList();
    }

    private static String memberSelect() {
        return "SELECT NEW " + MemberRow.class.getName()
                + "(e.employeeNumber, CONCAT(CONCAT(e.firstName, ' '), e.lastName), e.jobTitle, u.name, e.contactLevel,"
                + " e.location, e.hireDate, m.joinedOn) FROM SegmentMembership m JOIN m.employee e LEFT JOIN e.orgUnit u";
    }

    /** Current members of every active segment, largest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public List<SegmentHeadcount> headcountBySegment() {
        return em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList().stream()
                .map(s -> new SegmentHeadcount(s.getId(), s.getName(), s.getMemberCount()))
                .sorted((x, y) -> Long.compare(y.members(), x.members()))
                .toList();
    }

    /** Every location in the directory, for the rule editor. */
    public List<String> locations() {
        return em.createQuery(
                        "SELECT DISTINCT e.location FROM Employee e WHERE e.location IS NOT NULL ORDER BY e.location",
                        String.class)
                .getResultList();
    }

    /** Every org unit as (code, name), by name, for the rule editor. */
    public List<PersonRef> units() {
        return em
                .createQuery("SELECT u.code, u.name FROM OrgUnit u ORDER BY u.name", Object[].class)
                .getResultList()
                .stream()
                .map(row -> new PersonRef((String) row[0], (String) row[1]))
                .toList();
    }

    private void apply(Segment segment, SegmentForm form) {
        segment.setDescription(blankToNull(form.description()));
        if (segment.getDescription() != null && segment.getDescription().length() > Segment.DESCRIPTION_LENGTH) {
            throw new RuleViolationException(
                    "description",
                    "error.segment.descriptionTooLong",
                    "The description may have at most " + Segment.DESCRIPTION_LENGTH + " characters",
                    Segment.DESCRIPTION_LENGTH);
        }
        segment.changeRule(form.rule());
        Set<String> both = new TreeSet<>(form.includeNumbers());
        both.retainAll(form.excludeNumbers());
        if (!both.isEmpty()) {
            throw new RuleViolationException(
                    "excluded",
                    "error.segment.includedAndExcluded",
                    "Included and excluded at once: " + String.join(", ", both),
                    String.join(", ", both));
        }
        segment.setManualMembers(people(form.includeNumbers(), "included"), people(form.excludeNumbers(), "excluded"));
        Set<String> unknownCompetencies = new TreeSet<>(form.competencies());
        unknownCompetencies.removeAll(
                em.createQuery("SELECT c.code FROM Competency c", String.class).getResultList());
        if (!unknownCompetencies.isEmpty()) {
            throw new RuleViolationException(
                    "competencies",
                    "error.segment.unknownCompetency",
                    "Unknown competencies: " + unknownCompetencies,
                    String.join(", ", unknownCompetencies));
        }
        segment.setNeeds(form.competencies(), form.rewardTypes());
    }

    private String validName(String name, Long self) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > Segment.NAME_LENGTH) {
            throw new RuleViolationException(
                    "name",
                    "error.segment.name",
                    "Give the segment a name of at most " + Segment.NAME_LENGTH + " characters",
                    Segment.NAME_LENGTH);
        }
        boolean taken = em.createNamedQuery(Segment.FIND_BY_NAME, Segment.class)
                .setParameter("name", cleaned)
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(self));
        if (taken) {
            throw new ConflictException(
                    "name", "error.segment.nameTaken", "A segment named \"" + cleaned + "\" exists already", cleaned);
        }
        return cleaned;
    }

    /** The people with these numbers, refusing unknown numbers (all of them named). */
    private List<Employee> people(List<String> numbers, String field) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<Employee> found = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.employeeNumber IN :numbers", Employee.class)
                .setParameter("numbers", numbers)
                .getResultList();
        Set<String> unknown = new TreeSet<>(numbers);
        found.forEach(e -> unknown.remove(e.getEmployeeNumber()));
        if (!unknown.isEmpty()) {
            throw new RuleViolationException(
                    field,
                    "error.segment.unknownPeople",
                    "No employees with numbers " + String.join(", ", unknown),
                    String.join(", ", unknown));
        }
        return found;
    }

    private static Set<Long> ids(Collection<Employee> people) {
        return people.stream().map(Employee::getId).collect(Collectors.toSet());
    }

    private static List<PersonRef> refs(Collection<Employee> people) {
        return people.stream()
                .map(e -> new PersonRef(e.getEmployeeNumber(), e.getDisplayName()))
                .sorted((x, y) -> x.name().compareToIgnoreCase(y.name()))
                .toList();
    }

    private Segment active(long id) {
        return active(em, id);
    }

    /** An active segment, else "no such segment". */
    static Segment active(EntityManager em, long id) {
        Segment segment = em.find(Segment.class, id);
        if (segment == null || segment.isArchived()) {
            throw new ResourceNotFoundException("error.segment.unknown", "No segment with id " + id, id);
        }
        return segment;
    }

    private static void requireVersion(Segment segment, long version) {
        if (segment.getVersion() != version) {
            throw new ConflictException(
                    null,
                    "error.segment.stale",
                    "Segment " + segment.getId() + " was changed by someone else meanwhile",
                    segment.getName());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return businessDay.today();
    }
}
