package com.cxcentric.outcomes.control;

import static com.cxcentric.platform.control.Jdbc.instant;

import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.platform.Offered;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The records behind one person's figure of a {@link PersonMetric} in a period, newest first: the
 * evidence an award shows (the customers' words, the complaints recovered, the standards met).
 * The score, the comment and the category are text from outside, escaped wherever they are shown.
 */
@Offered
@Dependent
public class PersonRecords {

    /**
     * One record: when, where, what it scored or what it was ({@code score}, e.g. "9" for an NPS,
     * the standard's name for a service event), what the customer wrote, and whether it counts for
     * (true) or against (false) the figure, null when neither (an NPS passive).
     */
    @Offered
    public record EvidenceRow(
            Instant occurredAt, String touchpoint, String score, String comment, Boolean counts, boolean solicited) {}

    /** The most records one award lists. */
    public static final int LIMIT = 50;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public List<EvidenceRow> of(PersonMetric metric, long employeeId, LocalDate from, LocalDate to) {
        String sql =
                switch (metric) {
                    case NPS, CSAT_PERCENT, CES_EASY_PERCENT -> {
                        String column = metric == PersonMetric.NPS
                                ? "r.nps"
                                : metric == PersonMetric.CSAT_PERCENT ? "r.csat" : "r.ces";
                        String good = metric == PersonMetric.NPS
                                ? ">= 9"
                                : metric == PersonMetric.CSAT_PERCENT ? ">= 4" : ">= 5";
                        String bad = metric == PersonMetric.NPS ? "<= 6" : "< 0";
                        yield "SELECT r.occurred_at, t.name, CAST(" + column + " AS VARCHAR(8)), r.comment_text,"
                                + " CASE WHEN " + column + " " + good + " THEN 1 WHEN " + column + " " + bad
                                + " THEN 0 ELSE NULL END, r.tags FROM feedback r" + join()
                                + " AND " + column + " IS NOT NULL";
                    }
                    case COMPLIMENTS -> "SELECT r.occurred_at, t.name, NULL, r.comment_text, 1, NULL FROM compliment r"
                            + join();
                    case COMPLAINTS_RECOVERED -> "SELECT r.occurred_at, t.name, r.category, r.root_cause_note, 1, NULL"
                            + " FROM complaint r JOIN follow_up fu ON fu.complaint_id = r.id" + join()
                            + " AND fu.recovery = 'RECOVERED'";
                    case STANDARD_ATTAINMENT, STANDARDS_MET -> "SELECT r.occurred_at, t.name, s.name, NULL,"
                            + " CASE WHEN r.met = TRUE THEN 1 ELSE 0 END, NULL FROM service_event r"
                            + " JOIN service_standard s ON s.id = r.standard_id" + join()
                            + (metric == PersonMetric.STANDARDS_MET ? " AND r.met = TRUE" : "");
                };
        List<EvidenceRow> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery(sql + " ORDER BY r.occurred_at DESC, r.id DESC")
                .setParameter(1, employeeId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .setMaxResults(LIMIT)
                .getResultList()) {
            Object[] row = (Object[]) result;
            String tags = (String) row[5];
            rows.add(new EvidenceRow(
                    instant(row[0]),
                    (String) row[1],
                    row[2] == null ? null : row[2].toString().trim(),
                    (String) row[3],
                    row[4] == null ? null : ((Number) row[4]).intValue() == 1,
                    tags != null
                            && ("," + tags.toLowerCase(Locale.ROOT) + ",")
                                    .contains("," + FeedbackRecord.SOLICITED_TAG + ",")));
        }
        return rows;
    }

    private static String join() {
        return " JOIN touchpoint t ON t.id = r.touchpoint_id WHERE r.attribution_id IN (SELECT am.attribution_id"
                + " FROM attribution_member am WHERE am.employee_id = ?) AND r.occurred_on >= ? AND r.occurred_on <= ?";
    }
}
