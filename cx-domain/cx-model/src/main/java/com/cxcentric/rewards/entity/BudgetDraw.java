package com.cxcentric.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Points one ledger transfer drew on a budget (negative for a return); written once, never changed. */
@Entity
@Table(name = "budget_draw")
public class BudgetDraw {

    @Id
    @SequenceGenerator(name = "budget_draw_seq", sequenceName = "budget_draw_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_draw_seq")
    private Long id;

    @Column(name = "budget_id", nullable = false, updatable = false)
    private Long budgetId;

    @Column(name = "transfer_id", nullable = false, updatable = false)
    private Long transferId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 12)
    private BudgetPurpose purpose;

    @Column(name = "points", nullable = false, updatable = false)
    private long points;

    @Column(name = "drawn_on", nullable = false, updatable = false)
    private LocalDate drawnOn;

    protected BudgetDraw() {
        // for JPA
    }

    public BudgetDraw(long budgetId, long transferId, BudgetPurpose purpose, long points, LocalDate drawnOn) {
        if (points == 0 || (purpose == BudgetPurpose.RETURN) != (points < 0)) {
            throw new IllegalArgumentException(purpose + " of " + points + " points");
        }
        this.budgetId = budgetId;
        this.transferId = transferId;
        this.purpose = purpose;
        this.points = points;
        this.drawnOn = drawnOn;
    }

    public Long getId() {
        return id;
    }

    public Long getBudgetId() {
        return budgetId;
    }

    public BudgetPurpose getPurpose() {
        return purpose;
    }

    public long getPoints() {
        return points;
    }
}
