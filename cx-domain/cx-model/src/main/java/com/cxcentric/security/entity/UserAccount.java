package com.cxcentric.security.entity;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A login of the portal. Holds the PBKDF2 password hash (never the password), the roles and the
 * state of the failed-login throttle. Optionally linked to the employee it belongs to.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.FIND_BY_USERNAME, query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(name = UserAccount.FIND_BY_EMPLOYEE, query = "SELECT a FROM UserAccount a WHERE a.employee = :employee")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "SELECT COUNT(a) FROM UserAccount a")
@NamedQuery(name = UserAccount.FIND_ALL, query = "SELECT a FROM UserAccount a ORDER BY a.username")
public class UserAccount extends AuditedEntity {

    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    public static final String FIND_BY_EMPLOYEE = "UserAccount.findByEmployee";
    public static final String COUNT_ALL = "UserAccount.countAll";
    public static final String FIND_ALL = "UserAccount.findAll";
    public static final int USERNAME_LENGTH = 64;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(name = "username", nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = new HashSet<>();

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", unique = true)
    private Employee employee;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Size(max = Employee.LANGUAGE_LENGTH)
    @Column(name = "language", length = Employee.LANGUAGE_LENGTH)
    private String language;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, Set<Role> roles) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public Employee getEmployee() {
        return employee;
    }

    public void linkTo(Employee person) {
        this.employee = person;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Whether the throttle currently refuses any login attempt, right or wrong. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed attempt and locks the account when the throttle says so. */
    public void recordFailedLogin(Instant now, LoginThrottle throttle) {
        failedLogins++;
        var lock = throttle.lockAfter(failedLogins);
        if (!lock.isZero()) {
            lockedUntil = now.plus(lock);
        }
    }

    /** A successful login resets the throttle. */
    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** An administrator lifts a lock. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
