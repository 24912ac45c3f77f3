package com.cxcentric.segmentation.entity;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A group of employees defined by a rule, with manual includes and excludes: members are the people
 * who have not left and who match the rule or are included, minus the excluded. It also records
 * what its members need: the competencies they must be trained in and the reward types that suit
 * them. An archived segment keeps its history but is no longer recomputed or offered.
 */
@Entity
@Table(name = "segment")
@NamedQuery(name = Segment.FIND_ACTIVE, query = "SELECT s FROM Segment s WHERE s.archivedAt IS NULL ORDER BY s.name")
@NamedQuery(name = Segment.FIND_BY_NAME, query = "SELECT s FROM Segment s WHERE LOWER(s.name) = LOWER(:name)")
public class Segment extends AuditedEntity {

    public static final String FIND_ACTIVE = "Segment.findActive";
    public static final String FIND_BY_NAME = "Segment.findByName";
    public static final int NAME_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int RULE_LENGTH = 20000;

    @Id
    @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "segment_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Convert(converter = SegmentRuleConverter.class)
    @Column(name = "rule_json", nullable = false, length = RULE_LENGTH)
    private RuleGroup rule = RuleGroup.empty();

    @ManyToMany
    @JoinTable(
            name = "segment_include",
            joinColumns = @JoinColumn(name = "segment_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> included = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "segment_exclude",
            joinColumns = @JoinColumn(name = "segment_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> excluded = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "segment_competency", joinColumns = @JoinColumn(name = "segment_id"))
    @Column(name = "competency_code", nullable = false, length = 40)
    private Set<String> competencyCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "segment_reward_type", joinColumns = @JoinColumn(name = "segment_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reward_type", nullable = false, length = 32)
    private Set<Motivator> rewardTypes = new HashSet<>();

    @Column(name = "member_count", nullable = false)
    private int memberCount;

    @Column(name = "recomputed_at")
    private Instant recomputedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Segment() {
        // for JPA
    }

    public Segment(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RuleGroup getRule() {
        return rule;
    }

    /**
     * Replaces the rule after validating it.
     *
     * @throws InvalidRuleException naming the condition at fault
     */
    public void changeRule(RuleGroup newRule) {
        newRule.validate();
        this.rule = newRule;
    }

    public Set<Employee> getIncluded() {
        return Collections.unmodifiableSet(included);
    }

    public Set<Employee> getExcluded() {
        return Collections.unmodifiableSet(excluded);
    }

    /**
     * Replaces the manual includes and excludes.
     *
     * @throws IllegalArgumentException when someone is both included and excluded
     */
    public void setManualMembers(Collection<Employee> include, Collection<Employee> exclude) {
        Set<Employee> both = new HashSet<>(include);
        both.retainAll(new HashSet<>(exclude));
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Included and excluded at once: " + both.size() + " people");
        }
        included.clear();
        included.addAll(include);
        excluded.clear();
        excluded.addAll(exclude);
    }

    /** Codes of the competencies members must be trained in, in code order. */
    public Set<String> getCompetencyCodes() {
        return Collections.unmodifiableSet(new TreeSet<>(competencyCodes));
    }

    public Set<Motivator> getRewardTypes() {
        return rewardTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(rewardTypes));
    }

    public void setNeeds(Collection<String> competencies, Collection<Motivator> rewards) {
        competencyCodes.clear();
        competencyCodes.addAll(competencies);
        rewardTypes.clear();
        rewardTypes.addAll(rewards);
    }

    public int getMemberCount() {
        return memberCount;
    }

    public Instant getRecomputedAt() {
        return recomputedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public void archive(Instant when) {
        this.archivedAt = Objects.requireNonNull(when, "when");
    }
}
