package com.cxcentric.rewards.entity;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an org unit may hand out in points in one month or quarter. What it used is the sum of its
 * {@link BudgetDraw}s; a fixed budget refuses a boost or a nomination past its limit, a flexible
 * one warns its owner once ({@code warnedAt}).
 */
@Entity
@Table(name = "reward_budget")
@NamedQuery(
        name = RewardBudget.FIND_COVERING,
        query = "SELECT b FROM RewardBudget b WHERE b.unitId IN :units AND b.periodStart <= :day"
                + " AND b.periodEnd >= :day")
@NamedQuery(
        name = RewardBudget.FIND_OVERLAPPING,
        query = "SELECT b FROM RewardBudget b WHERE b.unitId = :unit AND b.periodStart <= :end"
                + " AND b.periodEnd >= :start")
@NamedQuery(
        name = RewardBudget.FIND_ALL_OVERLAPPING,
        query = "SELECT b FROM RewardBudget b WHERE b.periodStart <= :end AND b.periodEnd >= :start")
public class RewardBudget {

    public static final String FIND_ALL_OVERLAPPING = "RewardBudget.findAllOverlapping";
    public static final String FIND_COVERING = "RewardBudget.findCovering";
    public static final String FIND_OVERLAPPING = "RewardBudget.findOverlapping";

    @Id
    @SequenceGenerator(name = "reward_budget_seq", sequenceName = "reward_budget_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_budget_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false, length = 8)
    private PeriodKind periodKind;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "limit_points", nullable = false)
    private long limitPoints;

    @Column(name = "limit_money", precision = 12, scale = 2)
    private BigDecimal limitMoney;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 8)
    private BudgetMode mode;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "warned_at")
    private Instant warnedAt;

    protected RewardBudget() {
        // for JPA
    }

    public RewardBudget(
            long unitId, SchemePeriod period, long limitPoints, BudgetMode mode, Long ownerId, Instant now) {
        this.unitId = unitId;
        this.periodKind = period.kind();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.createdAt = Objects.requireNonNull(now, "now");
        change(limitPoints, mode, ownerId, now);
    }

    /** A new limit, mode or owner; raising the limit above what is used lets a warning come again. */
    public void change(long limitPoints, BudgetMode mode, Long ownerId, Instant now) {
        if (limitPoints <= 0) {
            throw new IllegalArgumentException("a budget's limit is positive, not " + limitPoints);
        }
        if (limitPoints > this.limitPoints) {
            this.warnedAt = null;
        }
        this.limitPoints = limitPoints;
        this.limitMoney = null;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.ownerId = ownerId;
        this.updatedAt = now;
    }

    /** Whether drawing {@code points} more on {@code used} takes the budget past its limit. */
    public boolean exceededBy(long used, long points) {
        return used + points > limitPoints;
    }

    public void warned(Instant at) {
        this.warnedAt = at;
    }

    public SchemePeriod period() {
        return new SchemePeriod(periodKind, periodStart);
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public long getLimitPoints() {
        return limitPoints;
    }

    /**
     * A limit HR set in money: kept as entered, {@code limitPoints} what it bought at the day's
     * rate. Changing the limit in points afterwards forgets the amount.
     */
    public void setInMoney(BigDecimal amount, long limitPoints, BudgetMode mode, Long ownerId, Instant now) {
        change(limitPoints, mode, ownerId, now);
        this.limitMoney = Objects.requireNonNull(amount, "amount");
    }

    /** The amount of money HR set the limit in, or null when it was set in points. */
    public BigDecimal getLimitMoney() {
        return limitMoney;
    }

    public BudgetMode getMode() {
        return mode;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public long getVersion() {
        return version;
    }
}
