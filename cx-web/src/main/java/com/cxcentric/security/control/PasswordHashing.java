package com.cxcentric.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes through the container's {@link Pbkdf2PasswordHash}: HMAC-SHA256, 210,000
 * iterations, 32-byte salt and key. Stored hashes carry their own parameters, so raising the
 * iterations later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

    /** A hash of a random password; verifying against it costs as much as against a real one. */
    private String decoyHash;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = hash.generate(TokenSecrets.newSecret().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the time of one verification, so that an unknown username answers as slowly as a known one. */
    public void verifyDecoy(char[] password) {
        hash.verify(password, decoyHash);
    }
}
