package com.cxcentric.outcomes.boundary;

import com.cxcentric.outcomes.control.FeedbackStore;
import com.cxcentric.outcomes.control.FollowUpStore;
import com.cxcentric.outcomes.control.LedgerEventStore;
import com.cxcentric.outcomes.entity.FeedbackBatch;
import com.cxcentric.outcomes.entity.FeedbackBatchRejection;
import com.cxcentric.outcomes.entity.FeedbackCsvMapping;
import com.cxcentric.outcomes.entity.FeedbackParser;
import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.FeedbackRejection;
import com.cxcentric.outcomes.entity.LedgerRecord;
import com.cxcentric.outcomes.entity.StandardTarget;
import com.cxcentric.outcomes.entity.Touchpoint;
import com.cxcentric.outcomes.entity.TouchpointNames;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The outcomes ledger arriving from source systems in batches: survey responses, and (by their
 * {@code type}) complaints, compliments and service-standard events. Each record is judged on its own:
 * valid records are written, invalid ones come back in the receipt with their index, field and
 * reason. A touchpoint may be written as people write it ({@code Store}, a touchpoint's name, or one
 * of the source's own values saved with its CSV mapping). Records are keyed by (source, external
 * id): the same record again, in a later batch or further down the same one, is a duplicate and
 * changes nothing, a changed record is an update. The whole batch is one transaction; when a
 * concurrent batch wins the race for a new key, this batch is rolled back and run again whole, and
 * then finds that batch's rows, so parallel submissions of the same records never duplicate them.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class FeedbackIngestion {

    private static final Logger LOG = Logger.getLogger(FeedbackIngestion.class.getName());
    public static final int MAX_RECORDS = 10_000;
    private static final int ATTEMPTS = 4;
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._-]{1," + FeedbackBatch.SOURCE_LENGTH + "}");
    /** Unique violation (PostgreSQL and H2), serialization failure, PostgreSQL deadlock, H2 lock timeout. */
    private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01", "HYT00");

    /** What became of a batch. */
    public record Receipt(
            long batchId,
            String source,
            Instant receivedAt,
            int records,
            int accepted,
            int updated,
            int duplicates,
            int unattributed,
            int rejected,
            List<FeedbackRejection> rejections,
            List<Repeat> repeats) {

        static Receipt of(FeedbackBatch batch, List<FeedbackRejection> rejections) {
            return of(batch, rejections, List.of());
        }

        static Receipt of(FeedbackBatch batch, List<FeedbackRejection> rejections, List<Repeat> repeats) {
            var c = batch.getCounts();
            return new Receipt(
                    batch.getId(),
                    batch.getSource(),
                    batch.getReceivedAt(),
                    c.records(),
                    c.accepted(),
                    c.updated(),
                    c.duplicates(),
                    c.unattributed(),
                    c.rejected(),
                    rejections,
                    repeats);
        }
    }

    /**
     * A record that repeats an earlier one of the same batch (same type and external id): counted
     * as a duplicate, like a record received before, and listed so that the sender sees which.
     */
    public record Repeat(int index, int earlierIndex, String externalId) {}

    /** One record of a longer feed, with the number its sender knows it by (a line, a row). */
    public record Numbered(int number, JsonValue record) {}

    /** The receipts of a feed's batches, and their totals. */
    public record StreamReceipt(
            int records,
            int accepted,
            int updated,
            int duplicates,
            int unattributed,
            int rejected,
            List<Receipt> batches) {

        static StreamReceipt of(List<Receipt> batches) {
            return new StreamReceipt(
                    batches.stream().mapToInt(Receipt::records).sum(),
                    batches.stream().mapToInt(Receipt::accepted).sum(),
                    batches.stream().mapToInt(Receipt::updated).sum(),
                    batches.stream().mapToInt(Receipt::duplicates).sum(),
                    batches.stream().mapToInt(Receipt::unattributed).sum(),
                    batches.stream().mapToInt(Receipt::rejected).sum(),
                    List.copyOf(batches));
        }
    }

    /** Records per batch of a feed: each batch is one transaction with its own receipt. */
    public static final int FEED_BATCH = 5000;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private FeedbackStore store;

    @Inject
    private LedgerEventStore eventStore;

    @Inject
    private FollowUpStore followUps;

    @Inject
    private BusinessDay businessDay;

    @Resource
    private SessionContext context;

    /**
     * Ingests a feed of any length (an NDJSON stream, the rows of an uploaded file) in batches of
     * {@link #FEED_BATCH}, each in its own transaction; refusals and repeats keep the feed's
     * numbers. A feed read lazily (a request body) is read once, a batch at a time. A feed without
     * records still gets one (empty) receipt.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public StreamReceipt ingestFeed(String source, Iterator<Numbered> feed) {
        FeedbackIngestion self = context.getBusinessObject(FeedbackIngestion.class);
        List<Receipt> receipts = new ArrayList<>();
        JsonArrayBuilder batch = Json.createArrayBuilder();
        int[] numbers = new int[FEED_BATCH];
        int inBatch = 0;
        while (feed.hasNext()) {
            Numbered next = feed.next();
            batch.add(next.record());
            numbers[inBatch++] = next.number();
            if (inBatch == FEED_BATCH) {
                receipts.add(self.ingest(source, batch.build(), numbers.clone()));
                batch = Json.createArrayBuilder();
                inBatch = 0;
            }
        }
        if (inBatch > 0 || receipts.isEmpty()) {
            receipts.add(self.ingest(source, batch.build(), Arrays.copyOf(numbers, inBatch)));
        }
        return StreamReceipt.of(receipts);
    }

    /**
     * Ingests a batch of at most {@link #MAX_RECORDS} records.
     *
     * @throws RuleViolationException for a source name that is not a short code or a batch too large
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt ingest(String source, JsonArray records) {
        return ingest(source, records, 0);
    }

    /**
     * Ingests a batch whose records are numbered from {@code firstIndex} in the receipt (a chunk of a
     * longer stream keeps the stream's numbering).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt ingest(String source, JsonArray records, int firstIndex) {
        int[] numbers = new int[records.size()];
        Arrays.setAll(numbers, i -> firstIndex + i);
        return ingest(source, records, numbers);
    }

    /**
     * Ingests a batch whose records carry the numbers the sender knows them by (the line of an
     * NDJSON stream, say), which the receipt's refusals and repeats use.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt ingest(String source, JsonArray records, int[] numbers) {
        if (numbers.length != records.size()) {
            throw new IllegalArgumentException(numbers.length + " numbers for " + records.size() + " records");
        }
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new RuleViolationException(
                    "source",
                    "error.feedback.source",
                    "The source must be a code of letters, digits and . _ - (at most 64), was " + source,
                    source);
        }
        if (records.size() > MAX_RECORDS) {
            throw new RuleViolationException(
                    null,
                    "error.feedback.tooMany",
                    "A batch holds at most " + MAX_RECORDS + " records, this one " + records.size()
                            + "; send larger feeds as NDJSON",
                    MAX_RECORDS,
                    records.size());
        }
        FeedbackIngestion self = context.getBusinessObject(FeedbackIngestion.class);
        for (int attempt = 1; ; attempt++) {
            try {
                return self.ingestOnce(source, records, numbers);
            } catch (EJBException | PersistenceException lostRace) {
                if (attempt == ATTEMPTS || !isLostRace(lostRace)) {
                    throw lostRace;
                }
                int tried = attempt;
                LOG.fine(() -> "Feedback batch from " + source + " met a concurrent batch (attempt " + tried
                        + "); running it again");
            }
        }
    }

    /** One attempt at a batch, in its own transaction. Called by {@link #ingest} only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt ingestOnce(String source, JsonArray records, int[] numbers) {
        long started = System.nanoTime();
        Map<String, Long> touchpoints = new HashMap<>();
        Map<String, String> touchpointNames = new HashMap<>();
        em.createNamedQuery(Touchpoint.FIND_ALL, Touchpoint.class)
                .getResultStream()
                .filter(Touchpoint::isActive)
                .forEach(t -> {
                    touchpoints.put(t.getCode(), t.getId());
                    touchpointNames.put(t.getCode(), t.getName());
                });
        FeedbackCsvMapping saved = em.find(FeedbackCsvMapping.class, source);
        var written = new TouchpointNames(touchpointNames, saved == null ? Map.of() : saved.getTouchpointValues());
        Map<String, StandardTarget> standards = new HashMap<>();
        Map<String, Long> standardIds = new HashMap<>();
        eventStore.activeStandards().forEach((code, standard) -> {
            standards.put(code, standard.target());
            standardIds.put(code, standard.id());
        });
        FeedbackParser parser = new FeedbackParser(touchpoints.keySet(), standards, Instant.now());
        List<FeedbackRecord> valid = new ArrayList<>();
        List<LedgerRecord> others = new ArrayList<>();
        List<FeedbackRejection> rejections = new ArrayList<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        List<Repeat> repeats = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            var result = parser.parse(numbers[i], withTouchpointCode(records.get(i), written));
            if (result.rejection() != null) {
                rejections.add(result.rejection());
                continue;
            }
            Integer earlier = firstSeen.putIfAbsent(
                    result.record().getClass().getSimpleName() + ":"
                            + result.record().externalId(),
                    numbers[i]);
            if (earlier != null) {
                repeats.add(new Repeat(numbers[i], earlier, result.record().externalId()));
                continue;
            }
            if (result.record() instanceof FeedbackRecord response) {
                valid.add(response);
            } else {
                others.add(result.record());
            }
        }
        FeedbackBatch batch =
                new FeedbackBatch(source, context.getCallerPrincipal().getName(), records.size());
        em.persist(batch);
        em.flush();
        var outcome = store.write(source, batch.getId(), valid, touchpoints, businessDay.zone());
        var events = eventStore.write(source, batch.getId(), others, touchpoints, standardIds, businessDay.zone());
        int opened = followUps.openFor(outcome.unhappy(), Instant.now())
                + followUps.openForComplaints(events.newComplaints(), Instant.now());
        rejections.forEach(r -> em.persist(new FeedbackBatchRejection(batch.getId(), r)));
        batch.complete(
                new FeedbackBatch.Counts(
                        records.size(),
                        outcome.accepted() + events.accepted(),
                        outcome.updated() + events.updated(),
                        outcome.duplicates() + events.duplicates() + repeats.size(),
                        outcome.unattributed() + events.unattributed(),
                        rejections.size()),
                (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> batch.getSubmittedBy() + " sent feedback batch " + batch.getId() + " from " + source + ": "
                + batch.getCounts() + ", " + opened + " follow-ups opened, in " + batch.getDurationMillis() + " ms");
        return Receipt.of(batch, rejections, repeats);
    }

    /** The record with its touchpoint as a code when it names one as people write it ("Store"). */
    private static JsonValue withTouchpointCode(JsonValue record, TouchpointNames written) {
        if (record instanceof JsonObject object && object.get("touchpoint") instanceof JsonString touchpoint) {
            var code = written.codeOf(touchpoint.getString());
            if (code.isPresent() && !code.get().equals(touchpoint.getString())) {
                return Json.createObjectBuilder(object)
                        .add("touchpoint", code.get())
                        .build();
            }
        }
        return record;
    }

    /** Batches, newest first, without their rejections. */
    public Page<Receipt> batches(PageRequest page) {
        long total = em.createNamedQuery(FeedbackBatch.COUNT_ALL, Long.class).getSingleResult();
        List<Receipt> items = em.createNamedQuery(FeedbackBatch.FIND_ALL, FeedbackBatch.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(b -> Receipt.of(b, List.of()))
                .collect(Collectors.toList());
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** One batch's receipt with every refused record. */
    public Receipt batch(long id) {
        FeedbackBatch batch = em.find(FeedbackBatch.class, id);
        if (batch == null) {
            throw new ResourceNotFoundException("error.feedback.unknownBatch", "No feedback batch " + id, id);
        }
        return Receipt.of(
                batch,
                em.createNamedQuery(FeedbackBatchRejection.FIND_BY_BATCH, FeedbackBatchRejection.class)
                        .setParameter("batchId", id)
                        .getResultStream()
                        .map(FeedbackBatchRejection::toRejection)
                        .toList());
    }

    private static boolean isLostRace(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (LOST_RACE.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
