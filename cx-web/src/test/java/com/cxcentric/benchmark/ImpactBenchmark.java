package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Issue 18's target: the training impact of a course with 20,000 trainees over 24 months in under
 * 10 s on PostgreSQL. On the people EmployeeImportBenchmark imported (teams of 20), writes R
 * feedback records over the last 730 days and certifies the first 20,000 people in service
 * recovery, team by team in months 4 to 19 of the 24; from the day a team passes, one in ten of its
 * records becomes a CSAT 5 (a known lift of about 6 points, so the answer can be checked too).
 * Times the analysis through the API (the per-person-month panel in the database, 999 team
 * bootstrap draws in memory), three rounds after a warm-up. Run by .ci/benchmark-impact.sh.
 */
public final class ImpactBenchmark {

    private static final int TRAINEES = 20_000;
    private static final int ROUNDS = 3;

    private ImpactBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        long records = Long.parseLong(args[2]);
        LocalDate today = LocalDate.parse(args[4]);
        YearMonth first = YearMonth.from(today).minusMonths(24);
        PortalClient client = new PortalClient(base);
        if (client.login("admin", args[1]).statusCode() / 100 != 3) {
            throw new IllegalStateException("Sign-in failed");
        }
        try (Connection connection = DriverManager.getConnection(args[3], "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            long started = System.nanoTime();
            long people = BenchFeedback.attributeEveryone(sql);
            String passed = "(DATE '" + first.atDay(2) + "' + (4 + ((bp.p / 20) * 7) % 16) * INTERVAL '1 month')";
            BenchFeedback.write(
                    sql,
                    "I",
                    records,
                    people,
                    today,
                    "CASE WHEN bp.p < " + TRAINEES + " AND o.at >= " + passed + " AND g % 10 = 0 THEN 5 ELSE "
                            + BenchFeedback.EVEN_CSAT + " END",
                    730);
            certify(sql, first);
            System.out.printf(
                    Locale.ROOT,
                    "data: %,d people, %,d feedback records over 730 days, %,d rollup rows, %,d certified,"
                            + " written in %.0f s%n",
                    people,
                    records,
                    count(sql, "SELECT count(*) FROM feedback_rollup"),
                    count(sql, "SELECT count(*) FROM certification"),
                    (System.nanoTime() - started) / 1e9);
        }
        String path = "api/v1/training-impact/CX-RECOVERY?from=" + first + "&to="
                + YearMonth.from(today).minusMonths(1);
        for (int round = 0; round <= ROUNDS; round++) {
            long begun = System.nanoTime();
            HttpResponse<String> response = client.get(path);
            double seconds = (System.nanoTime() - begun) / 1e9;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            JsonObject impact = PortalClient.json(response);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %.2f s (target under 10 s); %d trainees, %d counted in %d teams, %d compared; effect %s,"
                            + " before passing %s, before/after %s%n",
                    round == 0 ? "warm-up" : "round " + round,
                    seconds,
                    impact.getInt("trainees"),
                    impact.getInt("traineesWithFiguresBeforeAndAfter"),
                    impact.getInt("teams"),
                    impact.getInt("comparisonPeople"),
                    impact.get("effect"),
                    impact.get("preTrend"),
                    impact.get("naiveBeforeAfter"));
        }
    }

    /** One completed assignment and certification for each of the first trainees, dated by their team's month. */
    private static void certify(Statement sql, YearMonth first) throws Exception {
        String passed = "(DATE '" + first.atDay(2) + "' + (4 + ((bp.p / 20) * 7) % 16) * INTERVAL '1 month')::date";
        String trainees = " FROM bench_people bp JOIN course c ON c.code = 'CX-RECOVERY' AND c.status = 'PUBLISHED'"
                + " WHERE bp.p < " + TRAINEES;
        sql.execute("INSERT INTO assignment (id, version, created_at, updated_at, employee_id, course_id, course_code,"
                + " source, assigned_by, assigned_at, due_on, mandatory, status, completed_at, attempts_used,"
                + " extra_attempts, best_score_percent)"
                + " SELECT 20000000 + bp.p, 0, now(), now(), bp.attribution_id - 10000000, c.id, c.code, 'MANUAL',"
                + " 'bench', " + passed + " - 20, " + passed + " + 10, TRUE, 'COMPLETED', " + passed + ", 1, 0, 100"
                + trainees);
        sql.execute("INSERT INTO certification (id, employee_id, course_id, course_code, assignment_id,"
                + " certificate_no, certified_on, expires_on)"
                + " SELECT 20000000 + bp.p, bp.attribution_id - 10000000, c.id, c.code, 20000000 + bp.p,"
                + " 'BENCH-' || bp.p, " + passed + ", NULL"
                + trainees);
    }

    private static long count(Statement sql, String query) throws Exception {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
