package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/**
 * Issue 5's target: assigning a course to 20,000 people is one set-based operation that takes under
 * 10 s on PostgreSQL. Imports N employees, makes a segment of everyone active, then assigns each
 * starter course to that segment (a fresh course each time, so every round writes N assignments)
 * and repeats the last order (everyone already has it: nothing is written). Prints the time of
 * each request as the client sees it.
 *
 * <p>Run by {@code .ci/benchmark-assignment.sh}, never by {@code mvn verify}.
 */
public final class AssignmentBenchmark {

    private AssignmentBenchmark() {}

    public static void main(String[] args) {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int employees = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = client.login("admin", args[1]);
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new IllegalStateException("Sign-in failed: " + login.statusCode());
        }
        EmployeeImportBenchmark.run(client, "import (all new)", EmployeeImportBenchmark.company(employees, 0));
        long everyone = SegmentRecomputeBenchmark.create(
                client, "Everyone active", SegmentRecomputeBenchmark.condition("STATUS", "\"values\":[\"ACTIVE\"]"));
        String last = null;
        for (String course : List.of("CX-EVERYONE", "CX-QUESTIONS", "CX-RECOVERY")) {
            assign(client, course, everyone, "assign " + course + " to the segment");
            last = course;
        }
        assign(client, last, everyone, "assign " + last + " again (all already have it)");
        long frontLine = SegmentRecomputeBenchmark.create(
                client,
                "Front line needing questioning and recovery",
                SegmentRecomputeBenchmark.condition("CONTACT_LEVEL", "\"values\":[\"FRONT_LINE\"]"));
        needs(client, frontLine);
        for (String report : List.of(
                "completion?groupBy=DEPARTMENT",
                "completion?groupBy=TEAM",
                "completion?groupBy=SEGMENT",
                "completion?groupBy=COURSE",
                "coverage",
                "scores",
                "questions",
                "reactions",
                "completion/export?groupBy=TEAM&format=xlsx")) {
            long started = System.nanoTime();
            HttpResponse<String> response = client.get("api/v1/training-reports/" + report);
            SegmentRecomputeBenchmark.report(
                    "training report " + report + " (" + response.body().length() + " characters)", started, response);
        }
    }

    /** Makes the segment require two competencies, so the coverage report has rows to count. */
    private static void needs(PortalClient client, long segment) {
        JsonObject current = PortalClient.json(client.get("api/v1/segments/" + segment));
        String body = "{\"name\":\"" + current.getString("name") + "\",\"version\":" + current.getInt("version")
                + ",\"rule\":" + current.getJsonObject("rule")
                + ",\"competencies\":[\"QUESTIONING\",\"SERVICE_RECOVERY\"]}";
        HttpResponse<String> changed =
                client.send(SegmentRecomputeBenchmark.json(client, "api/v1/segments/" + segment, "PUT", body));
        if (changed.statusCode() != 200) {
            throw new IllegalStateException("segment needs: " + changed.statusCode() + " " + changed.body());
        }
    }

    private static void assign(PortalClient client, String course, long segment, String label) {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(SegmentRecomputeBenchmark.json(
                client,
                "api/v1/training/assignments",
                "POST",
                "{\"courseCode\":\"" + course + "\",\"target\":\"SEGMENT\",\"segmentId\":" + segment
                        + ",\"dueInDays\":30,\"mandatory\":true}"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(label + ": " + response.statusCode() + " " + response.body());
        }
        JsonObject outcome = PortalClient.json(response);
        SegmentRecomputeBenchmark.report(
                String.format(
                        Locale.ROOT,
                        "%s: %,d targeted, %,d assigned, %,d already had it",
                        label,
                        outcome.getInt("targeted"),
                        outcome.getInt("assigned"),
                        outcome.getInt("alreadyAssigned")),
                started,
                response);
    }
}
