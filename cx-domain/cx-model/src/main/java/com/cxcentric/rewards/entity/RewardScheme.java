package com.cxcentric.rewards.entity;

import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A reward scheme HR runs: whom it covers (the people of an org unit with everything below it,
 * the current members of a segment, both, or everyone), what it rewards ({@link SchemeTerms}),
 * per month or quarter from its first period on, and which records do not count (responses the
 * person solicited, more than a few responses of one customer in a period).
 */
@Entity
@Table(name = "reward_scheme")
@NamedQuery(name = RewardScheme.FIND_ALL, query = "SELECT s FROM RewardScheme s ORDER BY s.active DESC, s.name")
@NamedQuery(name = RewardScheme.FIND_BY_CODE, query = "SELECT s FROM RewardScheme s WHERE s.code = :code")
public class RewardScheme extends AuditedEntity {

    public static final String FIND_ALL = "RewardScheme.findAll";
    public static final String FIND_BY_CODE = "RewardScheme.findByCode";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "reward_scheme_seq", sequenceName = "reward_scheme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_scheme_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9_-]+", message = "{scheme.code.pattern}")
    @Column(name = "code", nullable = false, length = CODE_LENGTH, updatable = false)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "metric", nullable = false, length = 24)
    private PersonMetric metric;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 16)
    private SchemeRule rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "judging", length = 16)
    private Judging judging;

    @Column(name = "target", nullable = false, precision = 9, scale = 1)
    private BigDecimal target;

    @Column(name = "min_sample", nullable = false)
    private int minSample;

    @Column(name = "credibility_k", precision = 9, scale = 2)
    private BigDecimal credibilityK;

    @Column(name = "points", nullable = false)
    private long points;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 8)
    private PeriodKind periodKind;

    @Column(name = "first_period", nullable = false)
    private LocalDate firstPeriod;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "segment_id")
    private Long segmentId;

    @Column(name = "exclude_solicited", nullable = false)
    private boolean excludeSolicited;

    @Column(name = "max_per_customer")
    private Integer maxPerCustomer;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "reward_kinds", length = 200)
    private String rewardKinds;

    protected RewardScheme() {
        // for JPA
    }

    public RewardScheme(String code) {
        this.code = code;
        this.active = true;
    }

    /** Everything but the code, as HR edits it. */
    public void define(
            String name,
            String description,
            SchemeTerms terms,
            SchemePeriod firstPeriod,
            Long unitId,
            Long segmentId,
            boolean excludeSolicited,
            Integer maxPerCustomer,
            boolean active,
            List<Motivator> rewardKinds) {
        this.name = name;
        this.description = description;
        this.metric = terms.metric();
        this.rule = terms.rule();
        this.judging = terms.metric().isRate() ? terms.judging() : null;
        this.target = terms.target();
        this.minSample = terms.minSample();
        this.credibilityK = terms.k() == null ? null : BigDecimal.valueOf(terms.k());
        this.points = terms.points();
        this.periodKind = firstPeriod.kind();
        this.firstPeriod = firstPeriod.start();
        this.unitId = unitId;
        this.segmentId = segmentId;
        this.excludeSolicited = excludeSolicited;
        this.maxPerCustomer = maxPerCustomer;
        this.active = active;
        this.rewardKinds = rewardKinds == null || rewardKinds.isEmpty()
                ? null
                : rewardKinds.stream().distinct().map(Motivator::name).collect(Collectors.joining(","));
    }

    /**
     * The kinds of reward the scheme may give its award as, in HR's order; empty when it gives
     * points only.
     */
    public List<Motivator> rewardKinds() {
        if (rewardKinds == null || rewardKinds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(rewardKinds.split(",")).map(Motivator::valueOf).toList();
    }

    public SchemeTerms terms() {
        return new SchemeTerms(
                metric,
                rule,
                judging,
                target,
                minSample,
                credibilityK == null ? null : credibilityK.doubleValue(),
                points);
    }

    public SchemePeriod firstPeriod() {
        return new SchemePeriod(periodKind, firstPeriod);
    }

    /** Whether some records are left out, so the figures come from the records rather than the rollups. */
    public boolean filtersRecords() {
        return excludeSolicited || maxPerCustomer != null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public PersonMetric getMetric() {
        return metric;
    }

    public SchemeRule getRule() {
        return rule;
    }

    public Judging getJudging() {
        return judging;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public boolean isExcludeSolicited() {
        return excludeSolicited;
    }

    public Integer getMaxPerCustomer() {
        return maxPerCustomer;
    }

    public boolean isActive() {
        return active;
    }
}
