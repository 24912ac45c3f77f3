package com.cxcentric.benchmark;

import com.cxcentric.testsupport.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Imports a generated company of N employees (default 50,000) through the REST API of a running
 * portal, as an HR system would: the first import creates everyone (and their units), the same
 * file again changes nothing, and a third file changes one person in ten. Prints the wall-clock
 * time of each request and the server's own duration.
 *
 * <p>Usage: {@code EmployeeImportBenchmark <base-url> <admin-password> [employees]}
 */
public final class EmployeeImportBenchmark {

    private static final String[] CONTACT = {"FRONT_LINE", "FRONT_LINE", "CUSTOMER_SUPPORT", "BACK_OFFICE"};
    private static final String[] FIRST = {
        "Ana", "Budi", "Cita", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Intan", "Joko"
    };
    private static final String[] LAST = {"Wijaya", "Santoso", "Lim", "Hartono", "Siregar", "Nasution", "Tan", "Kusuma"
    };

    private EmployeeImportBenchmark() {}

    public static void main(String[] args) {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String password = args[1];
        int employees = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;

        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = client.login("admin", password);
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new IllegalStateException("Sign-in failed: " + login.statusCode());
        }
        String first = company(employees, 0);
        System.out.printf(
                Locale.ROOT,
                "File: %,d employees, %,d bytes%n",
                employees,
                first.getBytes(StandardCharsets.UTF_8).length);
        run(client, "first import (all new, units created)", first);
        run(client, "same file again (all unchanged)", first);
        run(client, "one in ten changed", company(employees, 10));
    }

    static void run(PortalClient client, String label, String csv) {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        client.resolve("api/v1/employee-imports?source=benchmark&createUnits=true&fileName=bench.csv"))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException(label + ": " + response.statusCode() + " " + response.body());
        }
        JsonObject receipt = PortalClient.json(response);
        JsonObject recorded = PortalClient.json(
                client.get(response.headers().firstValue("Location").orElseThrow()));
        System.out.printf(
                Locale.ROOT,
                "%-40s %6.2f s request, %6.2f s in the server; created %d, updated %d, unchanged %d, rejected %d%n",
                label,
                seconds,
                recorded.getJsonNumber("durationMillis").longValue() / 1000.0,
                receipt.getInt("created"),
                receipt.getInt("updated"),
                receipt.getInt("unchanged"),
                receipt.getInt("rejected"));
    }

    /**
     * A company of departments of teams: each team's first person leads it and reports to the
     * department's first person; the teams are created by the import. Rows are shuffled so managers often come after their reports.
     * With {@code changeEvery} above zero, every such person gets a new job title.
     */
    static String company(int employees, int changeEvery) {
        Random random = new Random(42);
        String[] rows = new String[employees];
        int teamSize = 20;
        int teamsPerDepartment = 25;
        for (int i = 0; i < employees; i++) {
            int team = i / teamSize;
            int department = team / teamsPerDepartment;
            String number = String.format(Locale.ROOT, "B%06d", i + 1);
            String departmentHead = String.format(Locale.ROOT, "B%06d", department * teamsPerDepartment * teamSize + 1);
            String teamLead = String.format(Locale.ROOT, "B%06d", team * teamSize + 1);
            String manager = number.equals(departmentHead) ? "" : number.equals(teamLead) ? departmentHead : teamLead;
            String title = changeEvery > 0 && i % changeEvery == 0 ? "Senior agent" : "Agent";
            rows[i] = String.join(
                    ";",
                    number,
                    FIRST[random.nextInt(FIRST.length)],
                    LAST[random.nextInt(LAST.length)],
                    number.toLowerCase(Locale.ROOT) + "@bench.example",
                    title,
                    "BT" + team,
                    "Team " + team,
                    manager,
                    CONTACT[random.nextInt(CONTACT.length)],
                    "Jakarta",
                    LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)).toString());
        }
        StringBuilder csv =
                new StringBuilder("employee_number;first_name;last_name;email;job_title;org_unit;org_unit_name;manager;"
                        + "contact_level;location;hire_date\n");
        Random shuffle = new Random(7);
        for (int i = employees - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            String swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        return csv.toString();
    }
}
