package com.cxcentric.benchmark;

import java.sql.Statement;
import java.time.LocalDate;

/**
 * Feedback for the benchmarks, written straight into PostgreSQL: one attribution per imported
 * person (numbers B…), N records spread over the 365 days up to a day (person p gets every record
 * g with g % people = p, at touchpoint 1 + p % 7), and the daily rollups summed from them (what
 * ingestion maintains incrementally; the rollup-versus-raw test holds the two equal).
 */
final class BenchFeedback {

    /** The plain CSAT of record g: 1 to 5, evenly. */
    static final String EVEN_CSAT = "1 + (g * 3 + g / 7) % 5";

    private BenchFeedback() {}

    /** Gives every imported person an attribution of their own; returns how many people. */
    static long attributeEveryone(Statement sql) throws Exception {
        sql.execute("INSERT INTO attribution (id, attribution_key) SELECT 10000000 + e.id, e.employee_number"
                + " FROM employee e WHERE e.employee_number LIKE 'B%'");
        sql.execute("INSERT INTO attribution_member (attribution_id, employee_number, employee_id)"
                + " SELECT 10000000 + e.id, e.employee_number, e.id FROM employee e WHERE e.employee_number LIKE 'B%'");
        sql.execute("CREATE TEMP TABLE bench_people AS SELECT row_number() OVER (ORDER BY e.employee_number) - 1"
                + " AS p, 10000000 + e.id AS attribution_id FROM employee e WHERE e.employee_number LIKE 'B%'");
        try (var rows = sql.executeQuery("SELECT count(*) FROM bench_people")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Writes the records and their rollups; {@code csat} is the SQL of record g's CSAT (it may use
     * the person's number {@code bp.p}).
     */
    static void write(Statement sql, String prefix, long records, long people, LocalDate today, String csat)
            throws Exception {
        write(sql, prefix, records, people, today, csat, 365);
    }

    /** The same, the records spread over the {@code days} days up to {@code today}. */
    static void write(Statement sql, String prefix, long records, long people, LocalDate today, String csat, int days)
            throws Exception {
        sql.execute("INSERT INTO feedback (id, source, external_id, customer_ref, occurred_at, occurred_on,"
                + " touchpoint_id, attribution_id, nps, csat, ces, comment_text, tags, content_hash, batch_id,"
                + " received_at, changed_at)"
                + " SELECT g, 'bench', '" + prefix + "-' || g, 'c-' || (g % 400000), o.at,"
                + " (o.at AT TIME ZONE 'Asia/Jakarta')::date, 1 + (bp.p % 7), bp.attribution_id,"
                + " CASE WHEN g % 5 = 0 THEN NULL ELSE (g * 7 + g / 13) % 11 END,"
                + " CASE WHEN g % 3 = 0 THEN NULL ELSE " + csat + " END,"
                + " CASE WHEN g % 2 = 0 THEN NULL ELSE 1 + (g * 5 + g / 11) % 7 END, NULL, NULL, md5(g::text), 1,"
                + " now(), now()"
                + " FROM generate_series(1::bigint, " + records + "::bigint) g"
                + " JOIN bench_people bp ON bp.p = g % " + people
                + " CROSS JOIN LATERAL (SELECT timestamptz '" + today + " 12:00:00+07'"
                + " - ((g * 7919) % (" + days + " * 86400)) * interval '1 second' AS at) o");
        sql.execute("INSERT INTO feedback_rollup (occurred_on, touchpoint_id, attribution_id, responses,"
                + " nps_responses, promoters, passives, detractors, csat_responses, csat_satisfied, csat_sum,"
                + " ces_responses, ces_easy, ces_sum)"
                + " SELECT occurred_on, touchpoint_id, attribution_id, COUNT(*), COUNT(nps),"
                + " COUNT(*) FILTER (WHERE nps >= 9), COUNT(*) FILTER (WHERE nps BETWEEN 7 AND 8),"
                + " COUNT(*) FILTER (WHERE nps <= 6), COUNT(csat), COUNT(*) FILTER (WHERE csat >= 4),"
                + " COALESCE(SUM(csat), 0), COUNT(ces), COUNT(*) FILTER (WHERE ces >= 5), COALESCE(SUM(ces), 0)"
                + " FROM feedback WHERE nps IS NOT NULL OR csat IS NOT NULL OR ces IS NOT NULL"
                + " GROUP BY occurred_on, touchpoint_id, attribution_id");
        sql.execute("VACUUM ANALYZE");
    }
}
