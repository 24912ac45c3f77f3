package com.cxcentric.outcomes.boundary;

import com.cxcentric.outcomes.control.FeedbackCsv;
import com.cxcentric.outcomes.entity.FeedbackCsvField;
import com.cxcentric.outcomes.entity.FeedbackCsvMapping;
import com.cxcentric.outcomes.entity.FeedbackRejection;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Survey responses uploaded as a CSV file in the portal: the file is read, its columns mapped to
 * feedback properties (the mapping, and how many descriptive rows follow the header, saved per
 * source), and its rows ingested exactly as API batches are, in batches of
 * {@link #BATCH} records: valid rows are stored, each refused row comes back with its row number in the
 * file, the field and the reason, and the same file again is all duplicates.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class FeedbackUploads {

    static final int BATCH = 5000;
    public static final int PREVIEW_ROWS = 5;

    /** A mapping: which column holds which property, and how many rows under the header to skip. */
    public record Mapping(Map<FeedbackCsvField, String> columns, int extraHeaderRows) {

        public Mapping {
            columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
        }
    }

    /** What a file would give: its headers, the first rows as records, how many data rows. */
    public record Preview(List<String> headers, List<FeedbackCsv.Line> sample, int rows) {}

    /** A refused row: its row number in the file (the header is row 1), the field and the reason. */
    public record RefusedLine(int line, String externalId, String field, String reason) {}

    /** What the upload did, over all its batches. */
    public record Receipt(
            int rows, int accepted, int updated, int duplicates, int unattributed, List<RefusedLine> rejected) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private FeedbackIngestion ingestion;

    @Inject
    private BusinessDay businessDay;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    /** The source's saved mapping, or none. */
    public java.util.Optional<Mapping> savedMapping(String source) {
        FeedbackCsvMapping saved = source == null ? null : em.find(FeedbackCsvMapping.class, source);
        return java.util.Optional.ofNullable(saved).map(m -> new Mapping(m.getColumns(), m.getExtraHeaderRows()));
    }

    /**
     * Reads a file: with a null mapping, the source's saved one or else the headers recognised by
     * name.
     *
     * @throws com.cxcentric.organization.control.ImportRefusedException for a file that cannot be read
     */
    public Preview preview(byte[] file, Mapping mapping) {
        FeedbackCsv.Table table = FeedbackCsv.read(file, mapping.extraHeaderRows());
        var lines = FeedbackCsv.records(table, mapping.columns(), businessDay.zone());
        return new Preview(table.headers(), lines.subList(0, Math.min(PREVIEW_ROWS, lines.size())), lines.size());
    }

    /** The mapping a file gets before anyone adjusts it: the source's saved one, else by header names. */
    public Mapping initialMapping(String source, byte[] file) {
        var saved = savedMapping(source);
        if (saved.isPresent()) {
            return saved.get();
        }
        return new Mapping(FeedbackCsv.recognise(FeedbackCsv.read(file, 0).headers()), 0);
    }

    /**
     * Saves the mapping for the source and ingests every row; batches are independent
     * transactions (see {@link FeedbackIngestion}), so a failure leaves earlier batches stored and
     * the same file again finishes the job without duplicating anything.
     *
     * @throws RuleViolationException when the mapping names no column for the external id
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt upload(String source, byte[] file, Mapping mapping) {
        if (!mapping.columns().containsKey(FeedbackCsvField.EXTERNAL_ID)) {
            throw new RuleViolationException(
                    "EXTERNAL_ID",
                    "error.feedbackUpload.noId",
                    "Map a column to the external id: without it a row could not be told from the same row sent again");
        }
        FeedbackCsv.Table table = FeedbackCsv.read(file, mapping.extraHeaderRows());
        var lines = FeedbackCsv.records(table, mapping.columns(), businessDay.zone());
        int accepted = 0;
        int updated = 0;
        int duplicates = 0;
        int unattributed = 0;
        List<RefusedLine> rejected = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += BATCH) {
            List<FeedbackCsv.Line> chunk = lines.subList(start, Math.min(lines.size(), start + BATCH));
            JsonArrayBuilder records = Json.createArrayBuilder();
            chunk.forEach(line -> records.add(line.record()));
            var receipt = ingestion.ingest(source, records.build(), start);
            accepted += receipt.accepted();
            updated += receipt.updated();
            duplicates += receipt.duplicates();
            unattributed += receipt.unattributed();
            for (FeedbackRejection r : receipt.rejections()) {
                rejected.add(new RefusedLine(lines.get(r.index()).number(), r.externalId(), r.field(), r.reason()));
            }
        }
        context.getBusinessObject(FeedbackUploads.class).saveMapping(source, mapping);
        return new Receipt(lines.size(), accepted, updated, duplicates, unattributed, rejected);
    }

    /** Saves the source's mapping. Called by {@link #upload} once the rows are in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void saveMapping(String source, Mapping mapping) {
        FeedbackCsvMapping saved = em.find(FeedbackCsvMapping.class, source);
        if (saved == null) {
            saved = new FeedbackCsvMapping(source);
            saved.remap(mapping.columns(), mapping.extraHeaderRows());
            em.persist(saved);
        } else {
            saved.remap(mapping.columns(), mapping.extraHeaderRows());
        }
        em.flush();
    }
}
