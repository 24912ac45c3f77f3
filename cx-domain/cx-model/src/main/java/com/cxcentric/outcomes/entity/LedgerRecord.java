package com.cxcentric.outcomes.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A valid record of the outcomes ledger as a source system sent it: a survey response, a complaint,
 * a compliment or a service event. Every kind is keyed by (source, external id) within its kind,
 * happened at a moment at a touchpoint, and names employees (the attribution).
 */
public sealed interface LedgerRecord permits FeedbackRecord, ComplaintRecord, ComplimentRecord, ServiceEventRecord {

    String externalId();

    Instant occurredAt();

    /** The touchpoint's code. */
    String touchpoint();

    /** The employee numbers it names, sorted, each once. */
    List<String> employees();

    /** The employees as the attribution key: sorted numbers joined by commas; empty for nobody. */
    default String attributionKey() {
        return String.join(",", employees());
    }

    /**
     * SHA-256 of everything the record says: the same record sent again has the same hash (a
     * duplicate, nothing changes); any difference is an update.
     */
    String contentHash();

    /** The SHA-256 of the parts, separated by a unit separator; a null part counts as "null". */
    static String hash(Object... parts) {
        StringBuilder canonical = new StringBuilder();
        for (Object part : parts) {
            canonical.append(part).append('\u001f');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }
}
