package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 4's dashboard target: with 10 million feedback records in PostgreSQL, a department's
 * 12-month dashboard answers in under 300 ms server time. After EmployeeImportBenchmark has
 * imported 5,000 people in 250 teams, this puts the teams into 10 departments, writes N feedback
 * records straight into the database (one attribution per person, each person at one touchpoint,
 * spread over the last 365 days) with their daily rollups summed from them (what ingestion
 * maintains incrementally; the rollup-versus-raw test holds the two equal), recomputes the
 * customer lifecycle through the API, then asks {@code GET /api/v1/outcomes/dashboard} for each
 * department's last 12 months and reads the server's own duration from its Server-Timing header.
 * Run by .ci/benchmark-dashboard.sh.
 */
public final class DashboardBenchmark {

    private static final int DEPARTMENTS = 10;
    private static final int TEAMS = 250;

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = args[1];
        long records = Long.parseLong(args[2]);
        String jdbcUrl = args[3];
        LocalDate today = LocalDate.parse(args[4]);
        PortalClient client = new PortalClient(base);
        if (client.login("admin", password).statusCode() / 100 != 3) {
            throw new IllegalStateException("Sign-in failed");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            for (int d = 0; d < DEPARTMENTS; d++) {
                sql.execute("INSERT INTO org_unit (id, version, created_at, updated_at, code, name, unit_type)"
                        + " VALUES (nextval('org_unit_seq'), 0, now(), now(), 'BD" + d + "', 'Department " + d
                        + "', 'DEPARTMENT')");
            }
            sql.execute("UPDATE org_unit t SET parent_id = d.id FROM org_unit d WHERE t.code LIKE 'BT%'"
                    + " AND d.code = 'BD' || (substring(t.code FROM 3)::int / " + (TEAMS / DEPARTMENTS) + ")");
            sql.execute("INSERT INTO attribution (id, attribution_key) SELECT 10000000 + e.id, e.employee_number"
                    + " FROM employee e WHERE e.employee_number LIKE 'B%'");
            sql.execute(
                    "INSERT INTO attribution_member (attribution_id, employee_number, employee_id)"
                            + " SELECT 10000000 + e.id, e.employee_number, e.id FROM employee e WHERE e.employee_number LIKE 'B%'");
            // Person p (0..4999) gets records g with g % 5000 = p, at touchpoint 1 + p % 7.
            sql.execute("CREATE TEMP TABLE bench_people AS SELECT row_number() OVER (ORDER BY e.employee_number) - 1"
                    + " AS p, 10000000 + e.id AS attribution_id FROM employee e WHERE e.employee_number LIKE 'B%'");
            long people = count(sql, "SELECT count(*) FROM bench_people");
            sql.execute("INSERT INTO feedback (id, source, external_id, customer_ref, occurred_at, occurred_on,"
                    + " touchpoint_id, attribution_id, nps, csat, ces, comment_text, tags, content_hash, batch_id,"
                    + " received_at, changed_at)"
                    + " SELECT g, 'bench', 'D-' || g, 'c-' || (g % 400000), o.at, (o.at AT TIME ZONE 'Asia/Jakarta')::date,"
                    + " 1 + (bp.p % 7), bp.attribution_id, CASE WHEN g % 5 = 0 THEN NULL ELSE (g * 7 + g / 13) % 11 END,"
                    + " CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + (g * 3 + g / 7) % 5 END,"
                    + " CASE WHEN g % 2 = 0 THEN NULL ELSE 1 + (g * 5 + g / 11) % 7 END, NULL, NULL, md5(g::text), 1,"
                    + " now(), now()"
                    + " FROM generate_series(1::bigint, " + records + "::bigint) g"
                    + " JOIN bench_people bp ON bp.p = g % " + people
                    + " CROSS JOIN LATERAL (SELECT timestamptz '" + today + " 12:00:00+07'"
                    + " - ((g * 7919) % (365 * 86400)) * interval '1 second' AS at) o");
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
            System.out.printf(
                    Locale.ROOT,
                    "data: %,d feedback records, %,d rollup rows, %,d people in %d departments, written in %.0f s%n",
                    count(sql, "SELECT count(*) FROM feedback"),
                    count(sql, "SELECT count(*) FROM feedback_rollup"),
                    people,
                    DEPARTMENTS,
                    (System.nanoTime() - started) / 1e9);
        }
        HttpResponse<String> lifecycle =
                client.send(HttpRequest.newBuilder(client.resolve("api/v1/outcomes/lifecycle/recompute"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Accept", "application/json")
                        .header("X-Requested-With", "CxBenchmark")
                        .build());
        System.out.println("lifecycle recompute: " + lifecycle.statusCode() + " " + lifecycle.body());

        String period = "from=" + today.minusDays(364) + "&to=" + today;
        for (int i = 0; i < 3; i++) { // warm-up
            timed(client, "api/v1/outcomes/dashboard?" + period + "&unit=BD" + i);
        }
        List<Double> server = new ArrayList<>();
        List<Double> request = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int d = 0; d < DEPARTMENTS; d++) {
                long started = System.nanoTime();
                server.add(timed(client, "api/v1/outcomes/dashboard?" + period + "&unit=BD" + d));
                request.add((System.nanoTime() - started) / 1e6);
            }
        }
        report("department dashboard, 12 months", server, request);
        List<Double> lifecycleServer = new ArrayList<>();
        List<Double> lifecycleRequest = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            long started = System.nanoTime();
            lifecycleServer.add(timed(client, "api/v1/outcomes/lifecycle?" + period + "&unit=BD" + d));
            lifecycleRequest.add((System.nanoTime() - started) / 1e6);
        }
        report("department lifecycle, 12 months", lifecycleServer, lifecycleRequest);
    }

    /** Asks for a page of the API and returns the server's own duration in ms. */
    private static double timed(PortalClient client, String path) throws Exception {
        HttpResponse<String> response = client.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        String timing = response.headers().firstValue("Server-Timing").orElseThrow();
        return Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4));
    }

    private static void report(String what, List<Double> server, List<Double> request) {
        List<Double> sorted = server.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "%s (%d calls): server median %.0f ms, p90 %.0f ms, max %.0f ms; request median %.0f ms%n",
                what,
                server.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                sorted.get(sorted.size() - 1),
                request.stream().sorted().toList().get(request.size() / 2));
    }

    private static long count(Statement sql, String query) throws Exception {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
