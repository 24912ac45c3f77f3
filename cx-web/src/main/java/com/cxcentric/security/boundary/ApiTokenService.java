package com.cxcentric.security.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.security.control.TokenSecrets;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.ApiToken;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * API tokens: an ADMIN issues one for an account with a set of scopes and an optional expiry,
 * sees the secret once, and can revoke it. The authentication mechanism resolves a presented
 * secret to its caller.
 */
@Stateless
public class ApiTokenService {

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());
    /** Last-use times are written at most this often per token, to keep reads from becoming writes. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    /** A freshly issued token: its listing entry and the secret, which is never shown again. */
    public record IssuedToken(TokenView token, String secret) {}

    /** What listings show of a token. */
    public record TokenView(
            Long id,
            String name,
            String prefix,
            String account,
            Set<ApiScope> scopes,
            String createdBy,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt,
            boolean active) {

        static TokenView of(ApiToken t, Instant now) {
            return new TokenView(
                    t.getId(),
                    t.getName(),
                    t.getSecretPrefix(),
                    t.getAccount().getUsername(),
                    Set.copyOf(t.getScopes()),
                    t.getCreatedBy(),
                    t.getCreatedAt(),
                    t.getExpiresAt(),
                    t.getRevokedAt(),
                    t.getLastUsedAt(),
                    t.isActiveAt(now));
        }
    }

    /** The caller a valid secret stands for. */
    public record TokenCaller(String username, Set<String> groups, Set<ApiScope> scopes) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @RolesAllowed(Role.ADMIN_NAME)
    public IssuedToken issue(
            @NotBlank @Size(max = ApiToken.NAME_LENGTH) String name,
            @NotBlank String accountUsername,
            @NotEmpty Set<ApiScope> scopes,
            Instant expiresAt) {
        Instant now = Instant.now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new RuleViolationException(
                    "expiresAt", "error.token.expiryInPast", "The expiry must lie in the future");
        }
        UserAccount account = accounts.byUsername(accountUsername)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.account.unknown", "No account named " + accountUsername, accountUsername));
        String secret = TokenSecrets.newSecret();
        String admin = context.getCallerPrincipal().getName();
        var token = new ApiToken(
                name.strip(),
                TokenSecrets.hash(secret),
                TokenSecrets.displayPrefix(secret),
                account,
                scopes,
                admin,
                expiresAt);
        em.persist(token);
        em.flush();
        LOG.info(() -> admin + " issued API token " + token.getId() + " '" + token.getName() + "' for "
                + accountUsername + " with scopes " + scopes);
        return new IssuedToken(TokenView.of(token, now), secret);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void revoke(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new ResourceNotFoundException("error.token.unknown", "No API token with id " + tokenId, tokenId);
        }
        String admin = context.getCallerPrincipal().getName();
        token.revoke(admin, Instant.now());
        LOG.info(() -> admin + " revoked API token " + tokenId);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<TokenView> listAll() {
        Instant now = Instant.now();
        return em.createNamedQuery(ApiToken.FIND_ALL, ApiToken.class).getResultList().stream()
                .map(t -> TokenView.of(t, now))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public long countActive() {
        return em.createNamedQuery(ApiToken.COUNT_ACTIVE, Long.class)
                .setParameter("now", Instant.now())
                .getSingleResult();
    }

    /** Resolves a presented secret; empty for an unknown, revoked or expired token. */
    @PermitAll
    public Optional<TokenCaller> authenticate(String secret) {
        if (!TokenSecrets.looksLikeSecret(secret)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", TokenSecrets.hash(secret))
                .getResultStream()
                .findFirst()
                .filter(t -> t.isActiveAt(now))
                .map(t -> {
                    recordUse(t, now);
                    Set<String> groups =
                            t.getAccount().getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
                    return new TokenCaller(t.getAccount().getUsername(), groups, Set.copyOf(t.getScopes()));
                });
    }

    private void recordUse(ApiToken token, Instant now) {
        if (token.getLastUsedAt() == null
                || token.getLastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now)) {
            // A bulk update: it neither bumps the version nor conflicts with an admin editing the token.
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", now)
                    .setParameter("id", token.getId())
                    .executeUpdate();
        }
    }
}
