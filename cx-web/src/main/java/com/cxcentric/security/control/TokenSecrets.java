package com.cxcentric.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: 256 random bits, written as {@code cxt_} and 43 base64url characters. Only
 * their SHA-256 is stored; a secret of that entropy needs no slow hash.
 */
public final class TokenSecrets {

    public static final String PREFIX = "cxt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The first characters, shown in listings so that an admin can tell tokens apart. */
    public static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), 12));
    }

    /** Whether the text has the shape of a token secret (before any database lookup). */
    public static boolean looksLikeSecret(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43;
    }
}
