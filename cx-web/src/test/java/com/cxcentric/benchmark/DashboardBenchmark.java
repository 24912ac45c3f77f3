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
            long people = BenchFeedback.attributeEveryone(sql);
            BenchFeedback.write(sql, "D", records, people, today, BenchFeedback.EVEN_CSAT);
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
