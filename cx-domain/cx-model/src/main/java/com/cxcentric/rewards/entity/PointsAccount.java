package com.cxcentric.rewards.entity;

import com.cxcentric.platform.RuleViolationException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * An account of the points ledger with its balance. The balance only changes together with the
 * entries that explain it, under the account's row lock (the ledger locks every account it moves,
 * in id order); a person's account never goes below zero, which the database checks too.
 */
@Entity
@Table(name = "points_account")
@NamedQuery(name = PointsAccount.FIND_BY_OWNER, query = "SELECT a FROM PointsAccount a WHERE a.ownerKey = :owner")
@NamedQuery(
        name = PointsAccount.LOCK_IN_ORDER,
        query = "SELECT a FROM PointsAccount a WHERE a.id IN :ids ORDER BY a.id")
public class PointsAccount {

    public static final String FIND_BY_OWNER = "PointsAccount.findByOwner";
    public static final String LOCK_IN_ORDER = "PointsAccount.lockInOrder";

    @Id
    @SequenceGenerator(name = "points_account_seq", sequenceName = "points_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_account_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private AccountKind kind;

    @Column(name = "employee_id", updatable = false)
    private Long employeeId;

    @Column(name = "owner_key", nullable = false, updatable = false, length = 40)
    private String ownerKey;

    @Column(name = "balance", nullable = false)
    private long balance;

    /** For a giving account: the first day of the month whose allowance it holds. */
    @Column(name = "allowance_month")
    private LocalDate allowanceMonth;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PointsAccount() {
        // for JPA
    }

    private PointsAccount(AccountKind kind, Long employeeId) {
        this.kind = kind;
        this.employeeId = employeeId;
        this.ownerKey = ownerKey(kind, employeeId);
        this.createdAt = Instant.now();
    }

    /** A person's account of a personal kind. */
    public static PointsAccount of(AccountKind kind, long employeeId) {
        if (!kind.isPersonal()) {
            throw new IllegalArgumentException(kind + " is the company's, not a person's");
        }
        return new PointsAccount(kind, employeeId);
    }

    /** The unique key of an account: {@code GIVING:42}, or the kind alone for the company's. */
    public static String ownerKey(AccountKind kind, Long employeeId) {
        return kind.isPersonal() ? kind.name() + ":" + Objects.requireNonNull(employeeId) : kind.name();
    }

    /**
     * Takes points out.
     *
     * @throws RuleViolationException when a person's account holds fewer points than asked for
     */
    void debit(long points) {
        if (kind.isPersonal() && balance < points) {
            throw new RuleViolationException(
                    "points",
                    kind == AccountKind.GIVING ? "error.points.allowanceExhausted" : "error.points.notEnough",
                    "Only " + balance + " points are left in the " + kind.name().toLowerCase(Locale.ROOT) + " account, "
                            + points + " asked for",
                    balance,
                    points);
        }
        balance -= points;
    }

    void credit(long points) {
        balance += points;
    }

    /** Marks the month whose allowance the account now holds. */
    public void holdAllowanceOf(LocalDate month) {
        if (kind != AccountKind.GIVING) {
            throw new IllegalStateException("only a giving account holds an allowance");
        }
        this.allowanceMonth = month.withDayOfMonth(1);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AccountKind getKind() {
        return kind;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public String getOwnerKey() {
        return ownerKey;
    }

    public long getBalance() {
        return balance;
    }

    public LocalDate getAllowanceMonth() {
        return allowanceMonth;
    }
}
