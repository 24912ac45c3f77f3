package com.cxcentric.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a person earned in one period of a scheme, with the figures it was judged on as they were
 * then (the scheme may change later; the award does not), and the ledger transfer that paid it.
 * One per scheme, period and person.
 */
@Entity
@Table(name = "reward_award")
public class RewardAward {

    @Id
    @SequenceGenerator(name = "reward_award_seq", sequenceName = "reward_award_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_award_seq")
    private Long id;

    @Column(name = "scheme_id", nullable = false, updatable = false)
    private Long schemeId;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private Long employeeId;

    @Column(name = "sample", nullable = false, updatable = false)
    private long sample;

    @Column(name = "own_value", precision = 12, scale = 1, updatable = false)
    private BigDecimal ownValue;

    @Column(name = "team_value", precision = 12, scale = 1, updatable = false)
    private BigDecimal teamValue;

    @Column(name = "credibility", precision = 4, scale = 2, updatable = false)
    private BigDecimal credibility;

    @Column(name = "judged", precision = 12, scale = 1, updatable = false)
    private BigDecimal judged;

    @Column(name = "previous_value", precision = 12, scale = 1, updatable = false)
    private BigDecimal previousValue;

    @Column(name = "points", nullable = false, updatable = false)
    private long points;

    @Column(name = "transfer_id", nullable = false, updatable = false)
    private Long transferId;

    @Column(name = "awarded_at", nullable = false, updatable = false)
    private Instant awardedAt;

    @Column(name = "redemption_id")
    private Long redemptionId;

    protected RewardAward() {
        // for JPA
    }

    public RewardAward(
            RewardScheme scheme, SchemePeriod period, SchemeJudge.Verdict verdict, long transferId, Instant awardedAt) {
        this.schemeId = scheme.getId();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.employeeId = verdict.candidate().employeeId();
        this.sample = verdict.sample();
        this.ownValue = verdict.own();
        this.teamValue = verdict.team();
        this.credibility = verdict.credibility();
        this.judged = verdict.judged();
        this.previousValue = verdict.previous();
        this.points = scheme.terms().points();
        this.transferId = transferId;
        this.awardedAt = awardedAt;
    }

    /** The award given as a reward of the kind the person values: the redemption that set its points aside. */
    public void givenAs(long redemptionId) {
        this.redemptionId = redemptionId;
    }

    public Long getRedemptionId() {
        return redemptionId;
    }

    public Long getId() {
        return id;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public long getPoints() {
        return points;
    }
}
