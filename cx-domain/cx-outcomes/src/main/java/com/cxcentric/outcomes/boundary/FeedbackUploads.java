package com.cxcentric.outcomes.boundary;

import com.cxcentric.outcomes.control.FeedbackCsv;
import com.cxcentric.outcomes.entity.FeedbackCsvField;
import com.cxcentric.outcomes.entity.FeedbackCsvMapping;
import com.cxcentric.outcomes.entity.FeedbackRejection;
import com.cxcentric.outcomes.entity.Touchpoint;
import com.cxcentric.outcomes.entity.TouchpointNames;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Survey responses uploaded as a CSV file in the portal: the file is read, its columns mapped to
 * feedback properties (the mapping, and how many descriptive rows follow the header, saved per
 * source), and its rows ingested as a feed exactly as the API's streams are
 * ({@link FeedbackIngestion#ingestFeed}): valid rows are stored, each refused row comes back with its row number in the
 * file, the field and the reason, and the same file again is all duplicates.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class FeedbackUploads {

    public static final int PREVIEW_ROWS = 5;

    /**
     * A mapping: which column holds which property, how many rows under the header to skip, and
     * the source's own touchpoint values (as written in its files) to touchpoint codes.
     */
    public record Mapping(
            Map<FeedbackCsvField, String> columns, int extraHeaderRows, Map<String, String> touchpointValues) {

        public Mapping {
            columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
            touchpointValues = touchpointValues == null ? Map.of() : Map.copyOf(touchpointValues);
        }

        public Mapping(Map<FeedbackCsvField, String> columns, int extraHeaderRows) {
            this(columns, extraHeaderRows, Map.of());
        }
    }

    /**
     * What a file would give: its headers, the first rows as records, how many data rows, how many
     * descriptive rows under the header were recognised as such, and the touchpoint values of the
     * file that are neither a touchpoint's code nor its name (the source maps them, or their rows
     * are refused).
     */
    public record Preview(
            List<String> headers,
            List<FeedbackCsv.Line> sample,
            int rows,
            int descriptiveRows,
            List<String> unknownTouchpoints) {}

    /** A refused row: its row number in the file (the header is row 1), the field and the reason. */
    public record RefusedLine(int line, String externalId, String field, String reason) {}

    /** A row that repeats an earlier row of the same file: counted as a duplicate, as a row sent before is. */
    public record RepeatedLine(int line, int earlierLine, String externalId) {

        /** "row 45 repeats row 4". */
        public String describe() {
            return "row " + line + " repeats row " + earlierLine;
        }
    }

    /** What the upload did, over all its batches. */
    public record Receipt(
            int rows,
            int accepted,
            int updated,
            int duplicates,
            int unattributed,
            List<RefusedLine> rejected,
            List<RepeatedLine> repeats) {}

    /** An active touchpoint, for mapping a source's own values. */
    public record TouchpointChoice(String code, String name) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private FeedbackIngestion ingestion;

    @Inject
    private BusinessDay businessDay;

    @Resource
    private SessionContext context;

    /** The source's saved mapping, or none. */
    public Optional<Mapping> savedMapping(String source) {
        FeedbackCsvMapping saved = source == null ? null : em.find(FeedbackCsvMapping.class, source);
        return Optional.ofNullable(saved)
                .map(m -> new Mapping(m.getColumns(), m.getExtraHeaderRows(), m.getTouchpointValues()));
    }

    /**
     * Reads a file: with a null mapping, the source's saved one or else the headers recognised by
     * name.
     *
     * @throws com.cxcentric.platform.imports.ImportRefusedException for a file that cannot be read
     */
    public Preview preview(byte[] file, Mapping mapping) {
        FeedbackCsv.Table whole = FeedbackCsv.read(file, 0);
        FeedbackCsv.Table table = whole.skipping(mapping.extraHeaderRows());
        var lines = FeedbackCsv.records(table, mapping.columns(), businessDay.zone());
        TouchpointNames written = touchpointNames(new Mapping(Map.of(), 0)); // codes and names only
        List<String> unknown = lines.stream()
                .map(line -> line.record().getString(FeedbackCsvField.TOUCHPOINT.property(), null))
                .filter(value -> value != null && written.codeOf(value).isEmpty())
                .distinct()
                .sorted()
                .limit(50)
                .toList();
        return new Preview(
                table.headers(),
                lines.subList(0, Math.min(PREVIEW_ROWS, lines.size())),
                lines.size(),
                FeedbackCsv.descriptiveRows(whole),
                unknown);
    }

    /**
     * The mapping a file gets before anyone adjusts it: the source's saved one, else the columns
     * recognised by their header or their question text, and the descriptive rows under the header
     * (question texts, import ids) recognised and skipped.
     */
    public Mapping initialMapping(String source, byte[] file) {
        var saved = savedMapping(source);
        if (saved.isPresent()) {
            return saved.get();
        }
        FeedbackCsv.Table table = FeedbackCsv.read(file, 0);
        int descriptive = FeedbackCsv.descriptiveRows(table);
        return new Mapping(
                FeedbackCsv.recognise(table.headers(), FeedbackCsv.questions(table, descriptive)), descriptive);
    }

    /** The active touchpoints, for mapping a source's own values to them. */
    public List<TouchpointChoice> touchpoints() {
        return em.createNamedQuery(Touchpoint.FIND_ALL, Touchpoint.class)
                .getResultStream()
                .filter(Touchpoint::isActive)
                .map(t -> new TouchpointChoice(t.getCode(), t.getName()))
                .toList();
    }

    private TouchpointNames touchpointNames(Mapping mapping) {
        Map<String, String> names = new HashMap<>();
        touchpoints().forEach(t -> names.put(t.code(), t.name()));
        return new TouchpointNames(names, mapping.touchpointValues());
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
        TouchpointNames written = touchpointNames(mapping);
        var lines = FeedbackCsv.records(table, mapping.columns(), businessDay.zone()).stream()
                .map(line -> withTouchpointCode(line, written))
                .toList();
        var feed = ingestion.ingestFeed(
                source,
                lines.stream()
                        .map(line -> new FeedbackIngestion.Numbered(line.number(), line.record()))
                        .iterator());
        List<RefusedLine> rejected = new ArrayList<>();
        List<RepeatedLine> repeats = new ArrayList<>();
        for (var receipt : feed.batches()) {
            for (FeedbackRejection r : receipt.rejections()) {
                rejected.add(new RefusedLine(r.index(), r.externalId(), r.field(), r.reason()));
            }
            for (FeedbackIngestion.Repeat r : receipt.repeats()) {
                repeats.add(new RepeatedLine(r.index(), r.earlierIndex(), r.externalId()));
            }
        }
        context.getBusinessObject(FeedbackUploads.class).saveMapping(source, mapping);
        return new Receipt(
                lines.size(),
                feed.accepted(),
                feed.updated(),
                feed.duplicates(),
                feed.unattributed(),
                rejected,
                repeats);
    }

    /** The line with its touchpoint as a code, read through the mapping's values and the touchpoints' names. */
    private static FeedbackCsv.Line withTouchpointCode(FeedbackCsv.Line line, TouchpointNames written) {
        String value = line.record().getString(FeedbackCsvField.TOUCHPOINT.property(), null);
        var code = written.codeOf(value);
        if (code.isEmpty() || code.get().equals(value)) {
            return line;
        }
        return new FeedbackCsv.Line(
                line.number(),
                Json.createObjectBuilder(line.record())
                        .add(FeedbackCsvField.TOUCHPOINT.property(), code.get())
                        .build());
    }

    /** Saves the source's mapping. Called by {@link #upload} once the rows are in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void saveMapping(String source, Mapping mapping) {
        FeedbackCsvMapping saved = em.find(FeedbackCsvMapping.class, source);
        if (saved == null) {
            saved = new FeedbackCsvMapping(source);
            saved.remap(mapping.columns(), mapping.extraHeaderRows());
            saved.remapTouchpointValues(mapping.touchpointValues());
            em.persist(saved);
        } else {
            saved.remap(mapping.columns(), mapping.extraHeaderRows());
            saved.remapTouchpointValues(mapping.touchpointValues());
        }
        em.flush();
    }
}
