package com.cxcentric.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One side of a transfer: the signed amount on one account and the balance it left. Never changed. */
@Entity
@Table(name = "points_entry")
public class PointsEntry {

    @Id
    @SequenceGenerator(name = "points_entry_seq", sequenceName = "points_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transfer_id", nullable = false, updatable = false)
    private PointsTransfer transfer;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Column(name = "balance_after", nullable = false, updatable = false)
    private long balanceAfter;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PointsEntry() {
        // for JPA
    }

    PointsEntry(PointsTransfer transfer, PointsAccount account, long amount, Instant createdAt) {
        this.transfer = transfer;
        this.accountId = account.getId();
        this.amount = amount;
        this.balanceAfter = account.getBalance();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public PointsTransfer getTransfer() {
        return transfer;
    }

    public Long getAccountId() {
        return accountId;
    }

    public long getAmount() {
        return amount;
    }

    public long getBalanceAfter() {
        return balanceAfter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
