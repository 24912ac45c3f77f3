package com.cxcentric.outcomes.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One valid feedback record as a source system sent it: the key (source, external id), a
 * pseudonymous customer reference, when and where it happened, the employees it names (sorted,
 * each once), the scores given and the comment.
 */
public record FeedbackRecord(
        String externalId,
        String customerRef,
        Instant occurredAt,
        String touchpoint,
        List<String> employees,
        Integer nps,
        Integer csat,
        Integer ces,
        String comment,
        List<String> tags)
        implements LedgerRecord {

    /**
     * The tag a survey platform puts on a response the employee asked the customer for; reward
     * schemes may leave such responses out.
     */
    public static final String SOLICITED_TAG = "solicited";

    public FeedbackRecord {
        employees = employees.stream().distinct().sorted().toList();
        tags = List.copyOf(tags);
    }

    public ScoreCounts scores() {

        return ScoreCounts.of(nps, csat, ces);
    }

    @Override
    public String attributionKey() {
        return String.join(",", employees);
    }

    public String tagText() {
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    /**
     * SHA-256 of everything the record says: the same record sent again has the same hash (a
     * duplicate, nothing changes); any difference is an update.
     */
    @Override
    public String contentHash() {
        String canonical = String.join(
                "\u001f",
                externalId,
                String.valueOf(customerRef),
                occurredAt.toString(),
                touchpoint,
                attributionKey(),
                String.valueOf(nps),
                String.valueOf(csat),
                String.valueOf(ces),
                String.valueOf(comment),
                String.valueOf(tagText()));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }
}
