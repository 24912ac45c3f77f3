package com.cxcentric.rewards.entity;

import com.cxcentric.organization.entity.Motivator;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A reward of the catalog: what it is, the kind of motivator it answers, what it costs in points,
 * how many are left (none counted when the stock is empty) and who may have it.
 */
@Entity
@Table(name = "reward_item")
@NamedQuery(name = RewardItem.FIND_BY_CODE, query = "SELECT i FROM RewardItem i WHERE i.code = :code")
@NamedQuery(
        name = RewardItem.FIND_ALL,
        query = "SELECT i FROM RewardItem i WHERE i.oneOff = FALSE ORDER BY i.active DESC, i.costPoints, i.code")
public class RewardItem extends AuditedEntity {

    public static final String FIND_BY_CODE = "RewardItem.findByCode";
    public static final String FIND_ALL = "RewardItem.findAll";
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int MAX_STOCK = 1_000_000;
    public static final long MAX_COST = 1_000_000;

    @Id
    @SequenceGenerator(name = "reward_item_seq", sequenceName = "reward_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_item_seq")
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "motivator", nullable = false, length = 32)
    private Motivator motivator;

    @Column(name = "cost_points", nullable = false)
    private long costPoints;

    @Column(name = "stock")
    private Integer stock;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "min_tenure_months", nullable = false)
    private int minTenureMonths;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "one_off", nullable = false, updatable = false)
    private boolean oneOff;

    protected RewardItem() {
        // for JPA
    }

    public RewardItem(String code) {
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * A reward outside the catalog one person asked for and had approved: never offered, so
     * never redeemed again; the catalog lists leave it out.
     */
    public static RewardItem oneOff(String code, String name, String why, Motivator motivator, long costPoints) {
        var item = new RewardItem(code);
        item.define(name, why, motivator, costPoints, null, null, 0, false);
        item.oneOff = true;
        return item;
    }

    public boolean isOneOff() {
        return oneOff;
    }

    /** Sets what HR wrote; {@code stock} null counts nothing, {@code unitId} null is for everyone. */
    public void define(
            String name,
            String description,
            Motivator motivator,
            long costPoints,
            Integer stock,
            Long unitId,
            int minTenureMonths,
            boolean active) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.motivator = Objects.requireNonNull(motivator, "motivator");
        this.costPoints = costPoints;
        this.stock = stock;
        this.unitId = unitId;
        this.minTenureMonths = minTenureMonths;
        this.active = active;
    }

    /** Whether one more can be handed out: always when the stock is not counted. */
    public boolean inStock() {
        return stock == null || stock > 0;
    }

    /** One taken from the stock, if it is counted; the caller holds the row lock and checked {@link #inStock()}. */
    public void take() {
        if (stock != null) {
            if (stock == 0) {
                throw new IllegalStateException("no " + code + " left");
            }
            stock--;
        }
    }

    /** One back to the stock, if it is counted (a refused redemption). */
    public void giveBack() {
        if (stock != null) {
            stock++;
        }
    }

    /** Whether someone hired on {@code hired} has served the minimum tenure on {@code today}; unknown hire dates do not. */
    public boolean tenureMet(LocalDate hired, LocalDate today) {
        return minTenureMonths == 0 || (hired != null && ChronoUnit.MONTHS.between(hired, today) >= minTenureMonths);
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

    public Motivator getMotivator() {
        return motivator;
    }

    public long getCostPoints() {
        return costPoints;
    }

    public Integer getStock() {
        return stock;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getMinTenureMonths() {
        return minTenureMonths;
    }

    public boolean isActive() {
        return active;
    }
}
