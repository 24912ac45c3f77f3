package com.cxcentric.security.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A credential for a REST client, created by an ADMIN. Only the SHA-256 hash of the secret is
 * stored; the secret itself is shown once at creation. The token acts as its account, limited to
 * its scopes, until it expires or is revoked.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
        name = ApiToken.FIND_BY_HASH,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.secretHash = :hash")
@NamedQuery(name = ApiToken.FIND_ALL, query = "SELECT t FROM ApiToken t JOIN FETCH t.account ORDER BY t.createdAt DESC")
@NamedQuery(
        name = ApiToken.COUNT_ACTIVE,
        query =
                "SELECT COUNT(t) FROM ApiToken t WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > :now)")
public class ApiToken extends AuditedEntity {

    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    public static final String FIND_ALL = "ApiToken.findAll";
    public static final String COUNT_ACTIVE = "ApiToken.countActive";
    public static final int NAME_LENGTH = 100;
    public static final int PREFIX_LENGTH = 12;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @Column(name = "secret_prefix", nullable = false, length = PREFIX_LENGTH)
    private String secretPrefix;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "token_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 32)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    @Column(name = "created_by", nullable = false, length = UserAccount.USERNAME_LENGTH)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = UserAccount.USERNAME_LENGTH)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(
            String name,
            String secretHash,
            String secretPrefix,
            UserAccount account,
            Set<ApiScope> scopes,
            String createdBy,
            Instant expiresAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.secretPrefix = Objects.requireNonNull(secretPrefix, "secretPrefix");
        this.account = Objects.requireNonNull(account, "account");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one scope");
        }
        this.scopes = EnumSet.copyOf(scopes);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.expiresAt = expiresAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSecretPrefix() {
        return secretPrefix;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Set<ApiScope> getScopes() {
        return Collections.unmodifiableSet(scopes);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    /** Usable: not revoked, not expired, and its account still enabled. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && account.isEnabled();
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }
}
