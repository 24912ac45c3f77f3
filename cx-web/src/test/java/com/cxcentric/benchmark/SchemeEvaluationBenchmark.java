package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 16's evaluation target: one monthly reward scheme over everyone of a company of N people
 * (EmployeeImportBenchmark imports them in teams of 20) with R feedback records in PostgreSQL
 * (spread over the last 365 days, one attribution per person, rollups summed from them) is judged
 * in at most 1.5 times the time of one hand-written SQL aggregate of the same figures over the
 * same rollups in the same run (each person's CSAT counts and each team's). The scheme's preview
 * of the last full month is timed by its Server-Timing header; it runs the very evaluation the
 * daily job runs (people, own and team tallies, the credibility estimate, the rule) without
 * granting. Run by .ci/benchmark-schemes.sh.
 */
public final class SchemeEvaluationBenchmark {

    private static final int ROUNDS = 5;

    private SchemeEvaluationBenchmark() {}

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
        YearMonth month = YearMonth.from(today).minusMonths(1);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            long people = BenchFeedback.attributeEveryone(sql);
            // CSAT leans on the person (p % 4), so that people differ and credibility has something to weigh.
            BenchFeedback.write(
                    sql, "S", records, people, today, "LEAST(5, " + BenchFeedback.EVEN_CSAT + " + (bp.p % 4) / 2)");
            System.out.printf(
                    Locale.ROOT,
                    "data: %,d feedback records, %,d rollup rows (%,d in %s), %,d people, written in %.0f s%n",
                    count(sql, "SELECT count(*) FROM feedback"),
                    count(sql, "SELECT count(*) FROM feedback_rollup"),
                    count(
                            sql,
                            "SELECT count(*) FROM feedback_rollup WHERE occurred_on BETWEEN '" + month.atDay(1)
                                    + "' AND '" + month.atEndOfMonth() + "'"),
                    month,
                    people,
                    (System.nanoTime() - started) / 1e9);

            HttpResponse<String> created = client.send(HttpRequest.newBuilder(client.resolve("api/v1/reward-schemes"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-Requested-With", "CxBenchmark")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"BENCH-CSAT\",\"name\":\"Benchmark CSAT\","
                            + "\"metric\":\"CSAT_PERCENT\",\"rule\":\"THRESHOLD\",\"judging\":\"CREDIBILITY\","
                            + "\"target\":80,\"minSample\":10,\"points\":10,\"periodKind\":\"MONTH\",\"firstPeriod\":\""
                            + month + "\",\"excludeSolicited\":false,\"active\":true}"))
                    .build());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("scheme: " + created.statusCode() + " " + created.body());
            }
            String preview = "api/v1/reward-schemes/BENCH-CSAT/preview?period=" + month;
            System.out.println("preview: " + client.get(preview).body().substring(0, 160) + "…");
            String from = "DATE '" + month.atDay(1) + "'";
            String to = "DATE '" + month.atEndOfMonth() + "'";
            String perPerson =
                    "SELECT am.employee_id, SUM(r.csat_responses), SUM(r.csat_satisfied) FROM feedback_rollup r"
                            + " JOIN attribution_member am ON am.attribution_id = r.attribution_id"
                            + " JOIN employee e ON e.id = am.employee_id WHERE r.occurred_on BETWEEN " + from + " AND "
                            + to
                            + " AND e.status <> 'LEFT' GROUP BY am.employee_id";
            String perTeam = "SELECT x.unit_id, SUM(r.csat_responses), SUM(r.csat_satisfied) FROM feedback_rollup r"
                    + " JOIN (SELECT DISTINCT am.attribution_id, e.org_unit_id AS unit_id FROM attribution_member am"
                    + " JOIN employee e ON e.id = am.employee_id WHERE e.status <> 'LEFT') x"
                    + " ON x.attribution_id = r.attribution_id WHERE r.occurred_on BETWEEN " + from + " AND " + to
                    + " GROUP BY x.unit_id";
            List<Double> evaluation = new ArrayList<>();
            List<Double> handWritten = new ArrayList<>();
            for (int round = 0; round < ROUNDS + 1; round++) {
                double server = timed(client, preview);
                long begun = System.nanoTime();
                long rows = drain(sql, perPerson) + drain(sql, perTeam);
                double hand = (System.nanoTime() - begun) / 1e6;
                if (round > 0) { // the first is a warm-up
                    evaluation.add(server);
                    handWritten.add(hand);
                }
                System.out.printf(
                        Locale.ROOT,
                        "round %d: evaluation %.0f ms, hand-written SQL %.0f ms (%d rows)%n",
                        round,
                        server,
                        hand,
                        rows);
            }
            double e = median(evaluation);
            double h = median(handWritten);
            System.out.printf(
                    Locale.ROOT,
                    "median of %d: evaluation %.0f ms, hand-written SQL %.0f ms, ratio %.2f (target at most 1.5)%n",
                    ROUNDS,
                    e,
                    h,
                    e / h);
        }
    }

    private static long drain(Statement sql, String query) throws Exception {
        long rows = 0;
        try (var result = sql.executeQuery(query)) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static double timed(PortalClient client, String path) throws Exception {
        HttpResponse<String> response = client.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        String timing = response.headers().firstValue("Server-Timing").orElseThrow();
        return Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4));
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long count(Statement sql, String query) throws Exception {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
