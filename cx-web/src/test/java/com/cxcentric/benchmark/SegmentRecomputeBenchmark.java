package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Times segment membership on a generated company through the REST API: creating six segments
 * (each computes its members: inserts), recomputing all of them with nothing to change, changing
 * a rule so that tens of thousands leave and join, and an import that changes one in ten people
 * (the import recomputes every segment in its transaction). Run by .ci/benchmark-segments.sh.
 */
public final class SegmentRecomputeBenchmark {

    private SegmentRecomputeBenchmark() {}

    public static void main(String[] args) {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int employees = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = client.login("admin", args[1]);
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new IllegalStateException("Sign-in failed: " + login.statusCode());
        }
        EmployeeImportBenchmark.run(client, "import (all new)", EmployeeImportBenchmark.company(employees, 0));

        String teams = IntStream.range(0, 100).mapToObj(t -> "\"BT" + t + "\"").collect(Collectors.joining(","));
        long frontLine = create(client, "Front line", condition("CONTACT_LEVEL", "\"values\":[\"FRONT_LINE\"]"));
        create(client, "Back office", condition("CONTACT_LEVEL", "\"values\":[\"BACK_OFFICE\"]"));
        create(client, "Seniors", condition("JOB_TITLE_MATCHES", "\"pattern\":\"^senior\""));
        create(client, "First hundred teams", condition("ORG_UNIT", "\"values\":[" + teams + "]"));
        create(client, "Hired since 2023", condition("TENURE", "\"toMonths\":40"));
        create(client, "Everyone active", condition("STATUS", "\"values\":[\"ACTIVE\"]"));

        recompute(client, "recompute all, nothing changed");
        recompute(client, "recompute all, nothing changed (again)");

        JsonObject before = PortalClient.json(client.get("api/v1/segments/" + frontLine));
        long started = System.nanoTime();
        HttpResponse<String> changed = client.send(json(
                client,
                "api/v1/segments/" + frontLine,
                "PUT",
                "{\"name\":\"Front line\",\"version\":" + before.getJsonNumber("version")
                        + ",\"rule\":{\"match\":\"ALL\",\"conditions\":["
                        + condition("CONTACT_LEVEL", "\"values\":[\"CUSTOMER_SUPPORT\",\"BACK_OFFICE\"]") + "]}}"));
        report(
                "rule changed: " + before.getInt("members") + " before, "
                        + PortalClient.json(changed).getInt("members") + " after",
                started,
                changed);

        EmployeeImportBenchmark.run(
                client, "import, one in ten changed (recomputes all)", EmployeeImportBenchmark.company(employees, 10));
        recompute(client, "recompute all, nothing changed");
    }

    static String condition(String type, String properties) {
        return "{\"type\":\"" + type + "\"," + properties + "}";
    }

    static long create(PortalClient client, String name, String condition) {
        long started = System.nanoTime();
        HttpResponse<String> created = client.send(json(
                client,
                "api/v1/segments",
                "POST",
                "{\"name\":\"" + name + "\",\"rule\":{\"match\":\"ALL\",\"conditions\":[" + condition + "]}}"));
        report(
                "create \"" + name + "\": " + PortalClient.json(created).getInt("members") + " members",
                started,
                created);
        return PortalClient.json(created).getJsonNumber("id").longValue();
    }

    private static void recompute(PortalClient client, String label) {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(json(client, "api/v1/segments/recompute", "POST", ""));
        JsonObject result = PortalClient.json(response);
        report(
                label
                        + String.format(
                                Locale.ROOT,
                                ": %d segments, %d joined, %d left, %.2f s in the server",
                                result.getInt("segments"),
                                result.getInt("joined"),
                                result.getInt("left"),
                                result.getJsonNumber("durationMillis").longValue() / 1000.0),
                started,
                response);
    }

    static HttpRequest json(PortalClient client, String path, String method, String body) {
        return HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    static void report(String label, long started, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(label + ": " + response.statusCode() + " " + response.body());
        }
        System.out.printf(Locale.ROOT, "%-75s %6.2f s request%n", label, (System.nanoTime() - started) / 1e9);
    }
}
