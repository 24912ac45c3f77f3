package com.cxcentric.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A badge a person was granted, on a day, until a day (or for good), by a rule or by someone with
 * a reason. Never changed: a person holds a badge again after it expired through a new grant.
 */
@Entity
@Table(name = "badge_grant")
public class BadgeGrant {

    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "badge_grant_seq", sequenceName = "badge_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_grant_seq")
    private Long id;

    @Column(name = "badge_id", nullable = false, updatable = false)
    private Long badgeId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private Long employeeId;

    @Column(name = "granted_on", nullable = false, updatable = false)
    private LocalDate grantedOn;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "granted_by", nullable = false, updatable = false, length = 80)
    private String grantedBy;

    @Column(name = "reason", updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BadgeGrant() {
        // for JPA
    }

    public BadgeGrant(Badge badge, long employeeId, LocalDate grantedOn, String grantedBy, String reason, Instant at) {
        this.badgeId = badge.getId();
        this.employeeId = employeeId;
        this.grantedOn = Objects.requireNonNull(grantedOn, "grantedOn");
        this.expiresOn = badge.expiryOf(grantedOn);
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.reason = reason;
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getBadgeId() {
        return badgeId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public String getReason() {
        return reason;
    }
}
