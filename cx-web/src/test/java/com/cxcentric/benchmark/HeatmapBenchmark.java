package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Issue 17's target: the rollout heatmap for 50,000 employees in 200 departments and teams in under
 * 1 s on PostgreSQL. Imports N people into 40 departments of 4 teams each (the department and the
 * team in columns of their own, as HR exports name them), publishes a vision (which asks everyone
 * to confirm it), confirms it for about two in three straight in PostgreSQL, writes R feedback
 * records over the last 365 days (the outcome dimensions' tallies), then times the company's
 * heatmap and one department's drill-down through the API, three rounds each after a warm-up.
 * Every contributor (vision, training, rewards, outcomes) runs its grouped queries each time. Run
 * by .ci/benchmark-heatmap.sh.
 */
public final class HeatmapBenchmark {

    private static final int DEPARTMENTS = 40;
    private static final int TEAMS_PER_DEPARTMENT = 4;
    private static final int ROUNDS = 3;

    private HeatmapBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int people = Integer.parseInt(args[2]);
        long records = Long.parseLong(args[3]);
        String jdbcUrl = args[4];
        LocalDate today = LocalDate.parse(args[5]);
        PortalClient client = new PortalClient(base);
        if (client.login("admin", args[1]).statusCode() / 100 != 3) {
            throw new IllegalStateException("Sign-in failed");
        }
        EmployeeImportBenchmark.run(client, "import into departments and teams", company(people));
        publishVision(client);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            int confirmed = sql.executeUpdate(
                    "UPDATE vision_acknowledgement SET seen_at = CAST(asked_on AS TIMESTAMP WITH TIME ZONE),"
                            + " acknowledged_at = CAST(asked_on AS TIMESTAMP WITH TIME ZONE) + INTERVAL '3 days' WHERE MOD(employee_id, 3) <> 0");
            long attributed = BenchFeedback.attributeEveryone(sql);
            BenchFeedback.write(sql, "H", records, attributed, today, BenchFeedback.EVEN_CSAT);
            System.out.printf(
                    Locale.ROOT,
                    "data: %,d people, %,d confirmed the vision, %,d feedback records%n",
                    people,
                    confirmed,
                    records);
        }
        time(client, "company heatmap (departments)", "api/v1/vision/rollout");
        JsonObject company = PortalClient.json(client.get("api/v1/vision/rollout"));
        long department = company.getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("unitId")
                .longValue();
        time(client, "one department's teams", "api/v1/vision/rollout?unit=" + department);
    }

    private static void time(PortalClient client, String label, String path) {
        for (int round = 0; round <= ROUNDS; round++) {
            long started = System.nanoTime();
            HttpResponse<String> response = client.get(path);
            double millis = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
            JsonObject heatmap = PortalClient.json(response);
            System.out.printf(
                    Locale.ROOT,
                    "%-32s %s: %5.0f ms (target under 1,000 ms); %d rows, %d dimensions%n",
                    label,
                    round == 0 ? "warm-up" : "round " + round,
                    millis,
                    heatmap.getJsonArray("rows").size(),
                    heatmap.getJsonArray("dimensions").size());
        }
    }

    /** A draft in the three languages, then published: everyone is asked to confirm it. */
    private static void publishVision(PortalClient client) {
        StringBuilder texts = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String language : new String[] {"en", "nl", "id"}) {
            texts.append(texts.length() == 0 ? "" : ",")
                    .append("{\"language\":\"")
                    .append(language)
                    .append("\",\"vision\":\"Easy to deal with\",\"promise\":\"An answer within one day\"}");
            values.append(values.length() == 0 ? "" : ",")
                    .append("{\"code\":\"OWN_IT\",\"language\":\"")
                    .append(language)
                    .append("\",\"name\":\"Own it\",\"description\":\"We finish what the customer started with us.\"}");
        }
        HttpResponse<String> draft =
                send(client, "PUT", "api/v1/vision/draft", "{\"texts\":[" + texts + "],\"values\":[" + values + "]}");
        int number = PortalClient.json(draft).getInt("number");
        long started = System.nanoTime();
        HttpResponse<String> published = send(client, "POST", "api/v1/vision/versions/" + number + "/publish", "");
        System.out.printf(
                Locale.ROOT,
                "publish the vision (asks everyone)            %6.2f s%n",
                (System.nanoTime() - started) / 1e9);
        if (published.statusCode() != 200) {
            throw new IllegalStateException("publish: " + published.statusCode() + " " + published.body());
        }
    }

    private static HttpResponse<String> send(PortalClient client, String method, String path, String body) {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-Requested-With", "CxBenchmark")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /** People numbered B000001…, the department and the team named in columns of their own. */
    static String company(int people) {
        StringBuilder csv = new StringBuilder("employee_number;first_name;last_name;department;team;contact_level\n");
        String[] contact = {"FRONT_LINE", "FRONT_LINE", "CUSTOMER_SUPPORT", "BACK_OFFICE"};
        for (int i = 0; i < people; i++) {
            int department = i % DEPARTMENTS;
            int team = (i / DEPARTMENTS) % TEAMS_PER_DEPARTMENT;
            csv.append(String.format(Locale.ROOT, "B%06d", i + 1))
                    .append(";Person;")
                    .append(i + 1)
                    .append(";Department ")
                    .append(department + 1)
                    .append(";Department ")
                    .append(department + 1)
                    .append(" team ")
                    .append(team + 1)
                    .append(';')
                    .append(contact[i % contact.length])
                    .append('\n');
        }
        return csv.toString();
    }
}
