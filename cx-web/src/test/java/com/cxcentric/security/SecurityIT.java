package com.cxcentric.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.testsupport.ApiEndpoints;
import com.cxcentric.testsupport.Deployments;
import com.cxcentric.testsupport.PortalClient;
import com.cxcentric.web.api.ProblemType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal and the API seen from outside: who gets in where, and how refusals look. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final String DEMO_PASSWORD = "demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient client;

    @BeforeEach
    void newClient() throws Exception {
        client = new PortalClient(base.toURI());
    }

    /** Every page under src/main/webapp except the public ones, as paths relative to the application. */
    private static List<String> protectedPages() throws IOException {
        Path root = Path.of(System.getProperty("cx.webapp.dir", "src/main/webapp"));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("error/") && !p.equals("login.xhtml"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyPageSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        List<String> pages = protectedPages();
        assertTrue(pages.size() >= 3, "pages found: " + pages);
        for (String page : pages) {
            HttpResponse<String> response = client.get(page);
            assertEquals(302, response.statusCode(), page);
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.contains("/login.xhtml?next="), page + " -> " + location);
        }
    }

    @Test
    void anUnknownPageIsNotFoundAndWhatNoConstraintNamesIsDenied() {
        assertEquals(302, client.get("secret-report.xhtml").statusCode(), "anonymous: to the login page");
        client.login("employee", DEMO_PASSWORD);

        var unknown = client.get("secret-report.xhtml");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("data-error=\"404\""), unknown.body());
        assertEquals(404, client.get("hr/no-such-page.xhtml").statusCode(), "not even under a folder of HR");
        var internal = client.get("WEB-INF/web.xml");
        assertEquals(403, internal.statusCode());
        assertTrue(internal.body().contains("data-error=\"403\""));
    }

    @Test
    void everyApiEndpointRefusesAnonymousCallersWithAProblem() throws Exception {
        List<String> paths = ApiEndpoints.getPaths();
        assertTrue(paths.size() >= 5, "endpoints found: " + paths);
        for (String path : paths) {
            HttpResponse<String> response = client.get(path);
            assertEquals(401, response.statusCode(), path);
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    path);
            assertTrue(
                    response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
        }
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        for (String path : ApiEndpoints.getPaths()) {
            HttpResponse<String> response = client.get(path, "cxt_" + "A".repeat(43));
            assertEquals(401, response.statusCode(), path);
            assertTrue(
                    response.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""),
                    path);
        }
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPage() {
        HttpResponse<String> response = client.login("hr", "not-the-password");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Sign-in failed"), "shows the failure");
        assertEquals(302, client.get("home.xhtml").statusCode(), "still anonymous");
    }

    @Test
    void theRightPasswordOpensASessionWithAHardenedCookie() {
        HttpResponse<String> response = client.login("hr", DEMO_PASSWORD);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/home.xhtml"));
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("CXSESSION="))
                .findFirst()
                .orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        HttpResponse<String> home = client.get("home.xhtml");
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains(";jsessionid="), "session id in a URL");
    }

    @Test
    void theLoginPageReturnsToThePageAskedFor() {
        client.get("admin/accounts.xhtml");
        // the redirect carried next=/admin/accounts.xhtml; the form posts it back as a hidden field
        HttpResponse<String> login = client.get("login.xhtml?next=%2Fadmin%2Faccounts.xhtml");
        assertTrue(login.body().contains("/admin/accounts.xhtml"), "next is kept in the form");
    }

    @Test
    void aPageOfAnotherRoleIsForbidden() {
        client.login("employee", DEMO_PASSWORD);

        HttpResponse<String> response = client.get("admin/api-tokens.xhtml");

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Not allowed"), "the portal's 403 page");
    }

    @Test
    void aMissingPageInAnAllowedFolderIsTheNotFoundPage() {
        client.login("admin", ADMIN_PASSWORD);

        HttpResponse<String> response = client.get("admin/no-such-page.xhtml");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), "the portal's 404 page");
    }

    @Test
    void aFormPostedWithAnExpiredViewLeadsToTheExpiredPageWithoutAStackTrace() {
        client.login("employee", DEMO_PASSWORD);
        String form = "logoutForm=logoutForm&logoutForm%3Alogout=&jakarta.faces.ViewState=-1%3A-1";

        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(client.resolve("home.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                .build());

        String page = response.statusCode() == 302
                ? client.get(response.headers()
                                .firstValue("Location")
                                .orElseThrow()
                                .replaceFirst("^.*?/cx/", ""))
                        .body()
                : response.body();
        assertTrue(page.contains("Page expired"), page);
        assertFalse(page.contains(".java:"), "no stack trace");
        assertFalse(page.contains("Caused by"), "no stack trace");
    }

    @Test
    void anEmployeeMayNotOpenATeamLeadsPagesOrTheDirectory() {
        client.login("employee", DEMO_PASSWORD);

        assertEquals(403, client.get("hr/directory.xhtml").statusCode());
        assertEquals(403, client.get("hr/employee.xhtml?number=E00001").statusCode());
        assertEquals(403, client.get("lead/my-team.xhtml").statusCode());
        assertEquals(403, client.get("lead/team-member.xhtml?number=E00001").statusCode());
    }

    @Test
    void aTeamLeadReachesOnlyPeopleInTheUnitsLed() {
        client.login("lead", DEMO_PASSWORD);
        HttpResponse<String> team = client.get("lead/my-team.xhtml");
        assertEquals(200, team.statusCode());
        var memberLink = java.util.regex.Pattern.compile("team-member.xhtml\\?number=(E\\d+)")
                .matcher(team.body());
        assertTrue(memberLink.find(), "the team page links its members");

        assertEquals(
                200,
                client.get("lead/team-member.xhtml?number=" + memberLink.group(1))
                        .statusCode());
        assertEquals(403, client.get("lead/team-member.xhtml?number=E00001").statusCode(), "the chief executive");
        assertEquals(404, client.get("lead/team-member.xhtml?number=NOBODY").statusCode());
    }

    @Test
    void signOutEndsTheSession() {
        client.login("employee", DEMO_PASSWORD);
        HttpResponse<String> home = client.get("home.xhtml");
        assertEquals(200, home.statusCode());

        HttpResponse<String> signOut = client.submit(
                "home.xhtml", home.body(), java.util.Map.of("logoutForm", "logoutForm", "logoutForm:logout", ""));

        assertEquals(302, signOut.statusCode());
        assertTrue(signOut.headers().firstValue("Location").orElse("").contains("login.xhtml?loggedOut=true"));
        HttpResponse<String> after = client.get("home.xhtml");
        assertEquals(302, after.statusCode(), "the old session no longer signs anyone in");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void hrReadsTheDirectoryThroughTheApiWithItsSession() {
        client.login("hr", DEMO_PASSWORD);

        HttpResponse<String> response = client.get("api/v1/employees?size=10&q=a");

        assertEquals(200, response.statusCode(), response.body());
        var page = PortalClient.json(response);
        assertEquals(10, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() > 10);
    }

    @Test
    void anEmployeeMayNotReadTheDirectory() {
        client.login("employee", DEMO_PASSWORD);

        HttpResponse<String> response = client.get("api/v1/employees");

        assertEquals(403, response.statusCode());
        assertEquals(403, PortalClient.json(response).getInt("status"));
    }

    @Test
    void invalidPagingAndUnknownEmployeesAreProblems() {
        client.login("admin", ADMIN_PASSWORD);

        HttpResponse<String> tooLarge = client.get("api/v1/employees?size=100000");
        HttpResponse<String> unknown = client.get("api/v1/employees/NO-SUCH-NUMBER");

        assertEquals(422, tooLarge.statusCode(), tooLarge.body());
        assertEquals(
                "size",
                PortalClient.json(tooLarge)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
        assertEquals(404, unknown.statusCode());
        assertTrue(PortalClient.json(unknown).getString("detail").contains("NO-SUCH-NUMBER"));
    }

    @Test
    void theApiDescribesItselfAtOpenApi() {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                        URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi"))
                .GET()
                .build());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/employees"), "documents the employees endpoint");
    }

    @Test
    void healthReportsTheDatabaseReady() {
        HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(URI.create(
                        base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready"))
                .GET()
                .build());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\""), response.body());
    }

    // HR import through the API: the receipt, the refusals, the rejected rows as a safe CSV.

    private HttpResponse<String> post(String path, String contentType, String body) {
        return client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    @Test
    void hrImportsPastCompletionsOnceWithEachBadRowRefusedOnItsOwn() {
        client.login("hr", DEMO_PASSWORD);
        String p = "TH" + UUID.randomUUID().toString().substring(0, 6);
        var people = post(
                "api/v1/employee-imports?source=th-it",
                "text/csv",
                "Employee No;Given name;Surname;Unit;Contact level\r\n" + p + "-1;Ana;Wijaya;CC-VOICE-A;FRONT_LINE\r\n"
                        + p + "-2;Budi;Santoso;CC-VOICE-A;FRONT_LINE\r\n");
        assertEquals(201, people.statusCode(), people.body());
        String csv = "Employee No;Course;Completion Date;Score;Status\r\n"
                + p + "-1;cx-recovery;15/03/2024;86%;Passed\r\n"
                + p + "-2;CX-VISION;2024-04-02;91;yes\r\n"
                + p + "-2;CX-RECOVERY;2024-05-02;40;Failed\r\n"
                + "NOBODY-" + p + ";CX-RECOVERY;2024-03-15;80;yes\r\n"
                + p + "-1;CX-VISION;2099-01-01;80;yes\r\n";
        String path = "api/v1/training/completion-imports?source=Moodle";

        var dry = post(path + "&dryRun=true", "text/csv", csv);
        var first = post(path + "&fileName=history.csv", "text/csv", csv);
        var again = post(path, "text/csv", csv);
        var noDate = post(path, "text/csv", "employee_number;course_code\r\n" + p + "-1;CX-VISION\r\n");
        var list = client.get("api/v1/training/completion-imports?size=5");
        var employee = new PortalClient(client.resolve(""));
        employee.login("employee", DEMO_PASSWORD);
        var refusedToEmployee = employee.send(HttpRequest.newBuilder(employee.resolve(path))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());

        assertEquals(200, dry.statusCode(), dry.body());
        JsonObject preview = PortalClient.json(dry);
        assertEquals(2, preview.getInt("created"), "a dry run says what would be new");
        assertEquals(1, preview.getInt("notPassed"));
        var refused = preview.getJsonArray("refused");
        assertEquals(2, refused.size(), dry.body());
        assertEquals(5, refused.getJsonObject(0).getInt("row"));
        assertEquals("employee_number", refused.getJsonObject(0).getString("field"));
        assertTrue(refused.getJsonObject(0).getString("reason").contains("NOBODY-" + p), dry.body());
        assertEquals(6, refused.getJsonObject(1).getInt("row"));
        assertEquals("completed_on", refused.getJsonObject(1).getString("field"));
        assertTrue(refused.getJsonObject(1).getString("reason").contains("future"), dry.body());
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Location").orElseThrow().matches(".*/completion-imports/\\d+"));
        assertEquals(2, PortalClient.json(first).getInt("created"));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(0, PortalClient.json(again).getInt("created"), "the same file again creates nothing");
        assertEquals(2, PortalClient.json(again).getInt("unchanged"));
        assertEquals(422, noDate.statusCode(), noDate.body());
        assertTrue(noDate.body().contains("completed_on"), noDate.body());
        assertTrue(PortalClient.json(list).getJsonNumber("total").longValue() >= 2);
        assertEquals(403, refusedToEmployee.statusCode(), refusedToEmployee.body());
    }

    @Test
    void hrImportsACsvFileAndGetsAReceiptWithEachRejectedRowThenTheSameFileChangesNothing() {
        client.login("hr", DEMO_PASSWORD);
        String p = "API" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "Employee No;Given name;Surname;Unit;Reports to;Contact level\r\n"
                + p + "-2;Budi;Santoso;CC-VOICE-A;" + p + "-1;FRONT_LINE\r\n"
                + p + "-1;Ana;Wijaya;CC;;LEADERSHIP\r\n"
                + p + "-3;=HYPERLINK(\"http://x\");Lim;CC;;SOMETIMES\r\n";

        HttpResponse<String> first = post("api/v1/employee-imports?source=api-it&fileName=people.csv", "text/csv", csv);
        HttpResponse<String> again = post("api/v1/employee-imports?source=api-it", "text/csv", csv);

        assertEquals(201, first.statusCode(), first.body());
        String location = first.headers().firstValue("Location").orElseThrow();
        JsonObject receipt = PortalClient.json(first);
        assertEquals(3, receipt.getInt("rows"));
        assertEquals(2, receipt.getInt("created"));
        assertEquals(1, receipt.getInt("rejected"));
        JsonObject rejected = receipt.getJsonArray("rejections").getJsonObject(0);
        assertEquals(4, rejected.getInt("row"));
        assertEquals("contactLevel", rejected.getString("field"));
        assertTrue(rejected.getString("reason").contains("SOMETIMES"), rejected.getString("reason"));
        JsonObject second = PortalClient.json(again);
        assertEquals(0, second.getInt("created"));
        assertEquals(0, second.getInt("updated"));
        assertEquals(2, second.getInt("unchanged"));

        HttpResponse<String> recorded = client.get(location);
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertEquals("hr", PortalClient.json(recorded).getString("importedBy"));
        assertEquals("people.csv", PortalClient.json(recorded).getString("fileName"));
        HttpResponse<String> rows = client.send(HttpRequest.newBuilder(URI.create(location + "/rejections"))
                .header("Accept", "text/csv")
                .GET()
                .build());
        assertEquals(200, rows.statusCode(), rows.body());
        String[] lines = rows.body().split("\r\n");
        assertEquals("Employee No,Given name,Surname,Unit,Reports to,Contact level,row,reason", lines[0]);
        assertTrue(lines[1].startsWith(p + "-3,\"'=HYPERLINK(\"\"http://x\"\")\",Lim,CC,,SOMETIMES,4,"), lines[1]);
    }

    @Test
    void hrImportsJsonRecordsAndUnknownPropertiesAreRefusedWhole() {
        client.login("hr", DEMO_PASSWORD);
        String p = "JS" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> imported = post(
                "api/v1/employee-imports?source=json-it",
                "application/json",
                "[{\"employeeNumber\":\"" + p + "\",\"firstName\":\"Ana\",\"lastName\":\"Json\","
                        + "\"contactLevel\":\"BACK_OFFICE\",\"orgUnit\":\"CC\",\"hireDate\":\"2025-01-06\"},"
                        + "{\"firstName\":\"No\",\"lastName\":\"Number\",\"contactLevel\":\"BACK_OFFICE\"}]");
        HttpResponse<String> unknownProperty = post(
                "api/v1/employee-imports?source=json-it",
                "application/json",
                "[{\"employeeNumber\":\"X\",\"salary\":1}]");

        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(1, PortalClient.json(imported).getInt("created"));
        JsonObject rejected =
                PortalClient.json(imported).getJsonArray("rejections").getJsonObject(0);
        assertEquals(1, rejected.getInt("row"));
        assertEquals("employeeNumber", rejected.getString("field"));
        assertEquals(
                "BACK_OFFICE",
                PortalClient.json(client.get("api/v1/employees/" + p)).getString("contactLevel"));
        assertEquals(422, unknownProperty.statusCode(), unknownProperty.body());
        assertTrue(PortalClient.json(unknownProperty).getString("detail").contains("salary"));
    }

    @Test
    void aFileWithRepeatedNumbersOrAManagerCycleIsRefusedWithoutWritingAnything() {
        client.login("hr", DEMO_PASSWORD);
        String p = "RF" + UUID.randomUUID().toString().substring(0, 6);
        String header = "employee_number,first_name,last_name,manager,contact_level\n";

        HttpResponse<String> repeated = post(
                "api/v1/employee-imports?source=refusals",
                "text/csv",
                header + p + "-1,A,B,,FRONT_LINE\n" + p + "-1,A,C,,FRONT_LINE\n");
        HttpResponse<String> cycle = post(
                "api/v1/employee-imports?source=refusals",
                "text/csv",
                header + p + "-1,A,B," + p + "-2,FRONT_LINE\n" + p + "-2,C,D," + p + "-1,FRONT_LINE\n");
        HttpResponse<String> noSource = post("api/v1/employee-imports", "text/csv", header);

        assertEquals(422, repeated.statusCode(), repeated.body());
        assertTrue(PortalClient.json(repeated).getString("detail").contains("rows 2, 3"));
        assertEquals(422, cycle.statusCode(), cycle.body());
        assertTrue(PortalClient.json(cycle).getString("detail").contains("cycle"));
        assertEquals(404, client.get("api/v1/employees/" + p + "-1").statusCode(), "nothing was written");
        assertEquals(400, noSource.statusCode(), noSource.body());
    }

    @Test
    void anEmployeeMayNotImport() {
        client.login("employee", DEMO_PASSWORD);

        HttpResponse<String> response = post("api/v1/employee-imports?source=x", "text/csv", "employee_number\nE1\n");

        assertEquals(403, response.statusCode(), response.body());
    }

    // Segments through the API: create, recompute after an import, exports, refusals.

    private HttpResponse<String> put(String path, String body) {
        return client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private byte[] download(String path) throws Exception {
        var http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(client.cookies())
                .build();
        var response = http.send(
                HttpRequest.newBuilder(client.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }

    @Test
    void hrDefinesASegmentThroughTheApiAndImportedPeopleJoinItAndAppearInBothExports() throws Exception {
        client.login("hr", DEMO_PASSWORD);
        String p = "SEG" + UUID.randomUUID().toString().substring(0, 6);
        String definition = "{\"name\":\"" + p + "\",\"description\":\"API test\",\"rule\":{\"match\":\"ALL\","
                + "\"conditions\":[{\"type\":\"JOB_TITLE_CONTAINS\",\"text\":\"" + p + "\"}]},"
                + "\"competencies\":[\"SERVICE_RECOVERY\"],\"rewardTypes\":[\"TIME_OFF\"]}";

        HttpResponse<String> created = post("api/v1/segments", "application/json", definition);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(0, PortalClient.json(created).getInt("members"));
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = PortalClient.json(created).getJsonNumber("id").longValue();

        String csv = "Employee No;Given name;Surname;Unit;Contact level;Job title\r\n"
                + p + "-1;=cmd|' /C calc'!A0;Wijaya;CC;FRONT_LINE;Agent " + p + "\r\n"
                + p + "-2;Budi;Santoso;CC;FRONT_LINE;Agent " + p + "\r\n";
        assertEquals(
                201,
                post("api/v1/employee-imports?source=segment-it", "text/csv", csv)
                        .statusCode());

        JsonObject members = PortalClient.json(client.get("api/v1/segments/" + id + "/members"));
        assertEquals(2, members.getInt("total"), members.toString());
        assertEquals(2, PortalClient.json(client.get(location)).getInt("members"));
        String exported =
                new String(download("api/v1/segments/" + id + "/members/export?format=csv"), StandardCharsets.UTF_8);
        String[] lines = exported.split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFemployee_number,name,"), lines[0]);
        assertEquals(3, lines.length, exported);
        assertTrue(lines[1].startsWith(p + "-2,Budi Santoso,"), lines[1]);
        assertTrue(lines[2].startsWith(p + "-1,") && lines[2].contains(",'=cmd|"), "formula neutralised: " + lines[2]);
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(download("api/v1/segments/" + id + "/members/export?format=xlsx")))) {
            List<org.dhatim.fastexcel.reader.Row> rows =
                    workbook.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("employee_number", rows.get(0).getCellText(0));
            assertEquals(p + "-2", rows.get(1).getCellText(0));
            assertEquals(
                    org.dhatim.fastexcel.reader.CellType.STRING,
                    rows.get(2).getCell(1).getType(),
                    "text, never a formula");
            assertEquals("=cmd|' /C calc'!A0 Wijaya", rows.get(2).getCellText(1));
        }
    }

    @Test
    void aSegmentRuleThatCannotBeEvaluatedOrAStaleEditIsRefusedNamingWhatIsWrong() {
        client.login("hr", DEMO_PASSWORD);
        String p = "SEGX" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> badPattern = post(
                "api/v1/segments",
                "application/json",
                "{\"name\":\"" + p + "\",\"rule\":{\"match\":\"ANY\",\"conditions\":["
                        + "{\"type\":\"LOCATION\",\"values\":[\"Jakarta\"]},{\"type\":\"JOB_TITLE_MATCHES\",\"pattern\":\"agent(\"}]}}");
        HttpResponse<String> unknownType = post(
                "api/v1/segments",
                "application/json",
                "{\"name\":\"" + p + "\",\"rule\":{\"conditions\":[{\"type\":\"SHOE_SIZE\"}]}}");
        HttpResponse<String> created = post(
                "api/v1/segments",
                "application/json",
                "{\"name\":\"" + p
                        + "\",\"rule\":{\"conditions\":[{\"type\":\"LOCATION\",\"values\":[\"Jakarta\"]}]}}");
        long id = PortalClient.json(created).getJsonNumber("id").longValue();
        long version = PortalClient.json(created).getJsonNumber("version").longValue();
        String change = "{\"name\":\"" + p
                + "\",\"rule\":{\"conditions\":[{\"type\":\"LOCATION\",\"values\":[\"Bandung\"]}]},\"version\":";
        HttpResponse<String> first = put("api/v1/segments/" + id, change + version + "}");
        HttpResponse<String> stale = put("api/v1/segments/" + id, change + version + "}");
        HttpResponse<String> taken = post(
                "api/v1/segments",
                "application/json",
                "{\"name\":\"" + p.toLowerCase(java.util.Locale.ROOT) + "\",\"rule\":{\"conditions\":[]}}");

        assertEquals(422, badPattern.statusCode(), badPattern.body());
        assertTrue(PortalClient.json(badPattern).getString("detail").startsWith("Condition 2: "), badPattern.body());
        assertEquals(422, unknownType.statusCode(), unknownType.body());
        assertTrue(unknownType.body().contains("SHOE_SIZE"), unknownType.body());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals(
                "name",
                PortalClient.json(taken).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anEmployeeMayNotReadSegments() {
        client.login("employee", DEMO_PASSWORD);

        assertEquals(403, client.get("api/v1/segments").statusCode());
        assertEquals(403, client.get("hr/segments.xhtml").statusCode());
    }

    // The feedback ledger through the API: receipts, idempotency, concurrent batches, late attribution.

    private static String feedback(String id, String employees, String scores) {
        return "{\"externalId\":\"" + id + "\",\"customerRef\":\"c-1\",\"occurredAt\":\"2026-05-04T10:00:00+07:00\","
                + "\"touchpoint\":\"PHONE\",\"employees\":[" + employees + "]," + scores + "}";
    }

    @Test
    void aFeedbackBatchAnswersWithAReceiptAndTheSameBatchAgainChangesNothing() {
        client.login("hr", DEMO_PASSWORD);
        String p = "FB" + UUID.randomUUID().toString().substring(0, 6);
        String batch = "[" + feedback(p + "-1", "\"E00010\"", "\"nps\":9,\"comment\":\"<script>x</script>\"") + ","
                + feedback(p + "-2", "\"E00011\",\"" + p + "-NEW\"", "\"csat\":2") + ","
                + feedback(p + "-3", "", "\"nps\":11") + ","
                + feedback(p + "-4", "", "\"ces\":5").replace("PHONE", "FAX") + ","
                + feedback(p + "-5", "", "\"nps\":5").replace("2026-05-04", "2099-05-04") + ","
                + "{\"customerRef\":\"c-2\",\"nps\":3}]";

        HttpResponse<String> first = post("api/v1/feedback-batches?source=" + p, "application/json", batch);
        HttpResponse<String> again = post("api/v1/feedback-batches?source=" + p, "application/json", batch);
        HttpResponse<String> changed = post(
                "api/v1/feedback-batches?source=" + p,
                "application/json",
                "[" + feedback(p + "-1", "\"E00010\"", "\"nps\":10") + "]");

        assertEquals(201, first.statusCode(), first.body());
        JsonObject receipt = PortalClient.json(first);
        assertEquals(6, receipt.getInt("records"));
        assertEquals(2, receipt.getInt("accepted"));
        assertEquals(1, receipt.getInt("unattributed"), "names an employee number nobody has yet");
        assertEquals(4, receipt.getInt("rejected"));
        var rejections = receipt.getJsonArray("rejections");
        assertEquals("nps", rejections.getJsonObject(0).getString("field"));
        assertEquals(2, rejections.getJsonObject(0).getInt("index"));
        assertTrue(rejections.getJsonObject(0).getString("reason").contains("0 to 10"));
        assertEquals("touchpoint", rejections.getJsonObject(1).getString("field"));
        assertEquals("occurredAt", rejections.getJsonObject(2).getString("field"));
        assertTrue(rejections.getJsonObject(2).getString("reason").contains("future"));
        assertEquals("externalId", rejections.getJsonObject(3).getString("field"));
        JsonObject second = PortalClient.json(again);
        assertEquals(0, second.getInt("accepted"));
        assertEquals(2, second.getInt("duplicates"));
        assertEquals(1, PortalClient.json(changed).getInt("updated"));
        JsonObject stored = PortalClient.json(
                client.get(first.headers().firstValue("Location").orElseThrow()));
        assertEquals(4, stored.getJsonArray("rejections").size(), "the receipt is stored with its rejections");
    }

    @Test
    void complaintsComplimentsAndServiceEventsGetReceiptsAndMakeTheCaseMetrics() {
        client.login("hr", DEMO_PASSWORD);
        String p = "CX" + UUID.randomUUID().toString().substring(0, 6);
        // A day of its own long before the demo data, so that E00010's figures there are this test's.
        java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1).plusDays(Math.floorMod(p.hashCode(), 360));
        java.time.OffsetDateTime opened = day.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(7));
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 12; i++) {
            batch.append(complaint(
                            p + "-C" + i, opened, i < 11 ? opened.plusHours(i + 1) : null, i < 11 ? i < 4 : null))
                    .append(',');
        }
        for (int i = 0; i < 10; i++) {
            batch.append(serviceEvent(p + "-E" + i, opened, "\"measuredValue\":" + (5 * i)))
                    .append(',');
        }
        batch.append(compliment(p + "-K1", opened))
                .append(',')
                .append(compliment(p + "-K2", opened))
                .append(',')
                .append(serviceEvent(p + "-EX", opened, "\"measuredValue\":45,\"met\":true"))
                .append(',')
                .append(complaint(p + "-CX", opened, null, null).replace("HIGH", "URGENT"))
                .append(']');

        JsonObject first =
                PortalClient.json(post("api/v1/feedback-batches?source=" + p, "application/json", batch.toString()));
        JsonObject again =
                PortalClient.json(post("api/v1/feedback-batches?source=" + p, "application/json", batch.toString()));
        JsonObject resolvedLater = PortalClient.json(post(
                "api/v1/feedback-batches?source=" + p,
                "application/json",
                "[" + complaint(p + "-C11", opened, opened.plusHours(12), false) + "]"));
        JsonObject cases = PortalClient.json(
                client.get("api/v1/outcomes/case-metrics?from=" + day + "&to=" + day + "&employee=E00010"));

        assertEquals(26, first.getInt("records"));
        assertEquals(24, first.getInt("accepted"), first.toString());
        assertEquals(2, first.getInt("rejected"));
        var rejections = first.getJsonArray("rejections");
        assertEquals(24, rejections.getJsonObject(0).getInt("index"));
        assertEquals("met", rejections.getJsonObject(0).getString("field"));
        assertEquals("severity", rejections.getJsonObject(1).getString("field"));
        assertEquals(0, again.getInt("accepted"));
        assertEquals(24, again.getInt("duplicates"), "the same records again change nothing");
        assertEquals(1, resolvedLater.getInt("updated"));
        assertEquals(12, cases.getInt("complaints"));
        // resolution hours 1..12: median (6 + 7) / 2; p90 at rank 9.9 between 10 and 11
        assertEquals(
                6.5,
                cases.getJsonObject("resolutionMedianHours")
                        .getJsonNumber("value")
                        .doubleValue());
        assertEquals(
                10.9,
                cases.getJsonObject("resolutionP90Hours").getJsonNumber("value").doubleValue());
        assertEquals(
                33.3,
                cases.getJsonObject("firstContactResolution")
                        .getJsonNumber("value")
                        .doubleValue());
        assertEquals(12, cases.getJsonObject("firstContactResolution").getInt("sampleSize"));
        assertEquals(
                70.0, cases.getJsonObject("attainment").getJsonNumber("value").doubleValue(), "0..30 of 0..45 minutes");
        assertEquals(2, cases.getInt("compliments"));
        assertEquals(0, cases.getJsonObject("recoveryRate").getInt("sampleSize"), "no follow-up that long ago");
    }

    private static String complaint(
            String id, java.time.OffsetDateTime opened, java.time.OffsetDateTime resolved, Boolean firstContact) {
        return "{\"type\":\"complaint\",\"externalId\":\"" + id + "\",\"occurredAt\":\"" + opened
                + "\",\"touchpoint\":\"PHONE\",\"owner\":\"E00010\",\"category\":\"No call-back\",\"severity\":\"HIGH\""
                + (resolved == null ? "" : ",\"resolvedAt\":\"" + resolved + "\"")
                + (firstContact == null ? "" : ",\"firstContactResolution\":" + firstContact) + "}";
    }

    private static String serviceEvent(String id, java.time.OffsetDateTime at, String measurement) {
        return "{\"type\":\"serviceEvent\",\"externalId\":\"" + id + "\",\"occurredAt\":\"" + at
                + "\",\"standard\":\"CALLBACK_30M\",\"employees\":[\"E00010\"]," + measurement + "}";
    }

    private static String compliment(String id, java.time.OffsetDateTime at) {
        return "{\"type\":\"compliment\",\"externalId\":\"" + id + "\",\"occurredAt\":\"" + at
                + "\",\"touchpoint\":\"STORE\",\"employees\":[\"E00010\"],\"comment\":\"Kind and quick\"}";
    }

    @Test
    void parallelSubmissionsOfTheSameBatchStoreEachRecordOnce() throws Exception {
        client.login("hr", DEMO_PASSWORD);
        String p = "FP" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append(feedback(p + "-" + i, "\"E000" + (10 + i % 50) + "\"", "\"nps\":" + (i % 11)));
        }
        String body = batch.append("]").toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sent.add(pool.submit(() -> post("api/v1/feedback-batches?source=" + p, "application/json", body)));
            }
            int accepted = 0;
            for (var future : sent) {
                HttpResponse<String> response = future.get();
                assertEquals(201, response.statusCode(), response.body());
                JsonObject receipt = PortalClient.json(response);
                assertEquals(300, receipt.getInt("accepted") + receipt.getInt("duplicates"), receipt.toString());
                accepted += receipt.getInt("accepted");
            }
            assertEquals(300, accepted, "each record stored once across the four batches");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void feedbackNamingAnUnknownEmployeeCountsForThemOnceTheyAreImported() throws Exception {
        client.login("hr", DEMO_PASSWORD);
        String p = "FA" + UUID.randomUUID().toString().substring(0, 6);
        String metrics = "api/v1/outcomes/metrics?from=2026-05-01&to=2026-05-31&employee=" + p + "-1";
        post(
                "api/v1/feedback-batches?source=" + p,
                "application/json",
                "[" + feedback(p + "-a", "\"" + p + "-1\"", "\"nps\":10,\"csat\":5,\"comment\":\"=1+2 great\"") + "]");

        assertEquals(404, client.get(metrics).statusCode(), "nobody has that number yet");

        assertEquals(
                201,
                post(
                                "api/v1/employee-imports?source=" + p,
                                "text/csv",
                                "Employee No;Given name;Surname;Unit;Contact level\r\n" + p
                                        + "-1;Ana;Wijaya;CC;FRONT_LINE\r\n")
                        .statusCode());
        JsonObject figures = PortalClient.json(client.get(metrics));

        assertEquals(1, figures.getInt("responses"), figures.toString());
        assertEquals(1, figures.getJsonObject("nps").getInt("sampleSize"));
        assertFalse(figures.getJsonObject("nps").getBoolean("enough"), "one response is below the minimum sample");
        JsonObject nps = figures.getJsonObject("nps");
        assertTrue(!nps.containsKey("value") || nps.isNull("value"), "no number is shown for one response");
        String export = new String(
                download("api/v1/outcomes/responses/export?from=2026-05-01&to=2026-05-31&employee=" + p
                        + "-1&format=csv"),
                StandardCharsets.UTF_8);
        String[] lines = export.split("\r\n");
        assertEquals(2, lines.length, export);
        assertTrue(lines[1].contains("Ana Wijaya") && lines[1].endsWith(",'=1+2 great"), lines[1]);
    }

    @Test
    void aTeamLeadSeesTheOutcomesOfTheirOwnUnitsAndNoOneElses() {
        client.login("lead", DEMO_PASSWORD);
        String period = "api/v1/outcomes/metrics?from=2026-01-01&to=2026-03-31";

        HttpResponse<String> own = client.get(period + "&unit=CC-VOICE-A");
        HttpResponse<String> byDefault = client.get(period);
        HttpResponse<String> retail = client.get(period + "&unit=RET");
        HttpResponse<String> company = client.get(period + "&unit=LUMEN");

        assertEquals(200, own.statusCode(), own.body());
        assertEquals(200, byDefault.statusCode(), "without a unit: the lead's own");
        assertEquals(
                PortalClient.json(own).getInt("responses"),
                PortalClient.json(byDefault).getInt("responses"));
        assertEquals(403, retail.statusCode(), retail.body());
        assertEquals(403, company.statusCode(), company.body());
    }

    @Test
    void anNdjsonStreamIsIngestedInBatchesWithRejectionsNumberedByLine() {
        client.login("hr", DEMO_PASSWORD);
        String p = "FS" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder stream = new StringBuilder();
        for (int i = 0; i < 5_003; i++) {
            stream.append(i == 5_001 ? "{not json" : feedback(p + "-" + i, "", "\"ces\":" + (1 + i % 7)))
                    .append('\n');
        }

        HttpResponse<String> response =
                post("api/v1/feedback-batches?source=" + p, "application/x-ndjson", stream.toString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject receipt = PortalClient.json(response);
        assertEquals(5_003, receipt.getInt("records"));
        assertEquals(5_002, receipt.getInt("accepted"));
        assertEquals(1, receipt.getInt("rejected"));
        assertEquals(2, receipt.getJsonArray("batches").size(), "5,000 records a batch");
        JsonObject refused = receipt.getJsonArray("batches")
                .getJsonObject(1)
                .getJsonArray("rejections")
                .getJsonObject(0);
        assertEquals(5_002, refused.getInt("index"), "numbered by its line (the first is 1) across batches");
    }

    private HttpResponse<String> assign(String body) {
        return client.send(HttpRequest.newBuilder(client.resolve("api/v1/training/assignments"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    @Test
    void aTeamLeadAssignsTrainingInsideTheirUnitsAndIsRefusedOutside() {
        var hr = new PortalClient(client.resolve(""));
        hr.login("hr", DEMO_PASSWORD);
        String hrNumber =
                PortalClient.json(hr.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        client.login("lead", DEMO_PASSWORD);
        var led = PortalClient.json(client.get("api/v1/me"))
                .getJsonArray("unitsILead")
                .getJsonObject(0);

        var outside = assign("{\"courseCode\":\"CX-RECOVERY\",\"target\":\"PEOPLE\",\"employeeNumbers\":[\"" + hrNumber
                + "\"],\"dueInDays\":30,\"mandatory\":true}");
        var inside = assign("{\"courseCode\":\"CX-RECOVERY\",\"target\":\"ORG_UNIT\",\"unitCode\":\""
                + led.getString("code") + "\",\"dueInDays\":30,\"mandatory\":false}");
        var again = assign("{\"courseCode\":\"CX-RECOVERY\",\"target\":\"ORG_UNIT\",\"unitCode\":\""
                + led.getString("code") + "\",\"dueInDays\":30,\"mandatory\":false}");

        assertEquals(403, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains(hrNumber), outside.body());
        assertEquals(200, inside.statusCode(), inside.body());
        JsonObject first = PortalClient.json(inside);
        assertTrue(first.getInt("targeted") >= 1, inside.body());
        assertEquals(
                first.getInt("targeted"),
                first.getInt("assigned") + first.getInt("alreadyAssigned") + first.getInt("alreadyCertified"));
        JsonObject second = PortalClient.json(again);
        assertEquals(0, second.getInt("assigned"), again.body());
        assertEquals(first.getInt("targeted"), second.getInt("alreadyAssigned") + second.getInt("alreadyCertified"));
        var overview = PortalClient.json(client.get("api/v1/training/assignments?course=CX-RECOVERY&size=500"));
        assertTrue(overview.getJsonArray("items").size() >= first.getInt("assigned"));
        assertTrue(
                overview.getJsonArray("items").stream()
                        .map(v -> v.asJsonObject())
                        .noneMatch(r -> r.getString("employeeNumber").equals(hrNumber)),
                "only the lead's own people");
    }

    @Test
    void assigningRefusesAPastDueDateAndUnknownPeopleNamingTheField() {
        client.login("hr", DEMO_PASSWORD);

        var past = assign("{\"courseCode\":\"CX-VISION\",\"target\":\"PEOPLE\",\"employeeNumbers\":[\"X\"],"
                + "\"dueOn\":\"2020-01-01\",\"mandatory\":true}");
        var unknown = assign("{\"courseCode\":\"CX-VISION\",\"target\":\"PEOPLE\",\"employeeNumbers\":[\"NOBODY-1\"],"
                + "\"dueInDays\":10,\"mandatory\":true}");
        var draft = assign("{\"courseCode\":\"NO-SUCH-COURSE\",\"target\":\"PEOPLE\",\"employeeNumbers\":[\"X\"],"
                + "\"dueInDays\":10,\"mandatory\":true}");

        assertEquals(422, past.statusCode(), past.body());
        assertTrue(past.body().contains("dueOn"), past.body());
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("NOBODY-1"), unknown.body());
        assertEquals(422, draft.statusCode(), draft.body());
        assertTrue(draft.body().contains("course"), draft.body());
    }

    /** Imports one new front-line person into the demo lead's team (as HR) and returns their number. */
    private String newPersonInTheLeadsTeam(String p) {
        var hr = new PortalClient(client.resolve(""));
        hr.login("hr", DEMO_PASSWORD);
        var imported = hr.send(HttpRequest.newBuilder(hr.resolve("api/v1/employee-imports?source=coaching-it"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"employeeNumber\":\"" + p + "\",\"firstName\":\"Nia\","
                        + "\"lastName\":\"Observed\",\"contactLevel\":\"FRONT_LINE\",\"orgUnit\":\"CC-VOICE-A\","
                        + "\"hireDate\":\"2025-01-06\"}]"))
                .build());
        assertEquals(201, imported.statusCode(), imported.body());
        return p;
    }

    private static String fieldOf(HttpResponse<String> problem) {
        return PortalClient.json(problem)
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field");
    }

    private HttpResponse<String> observe(String employeeNumber, String observedOn, String checks) {
        return post(
                "api/v1/coaching/observations",
                "application/json",
                "{\"employeeNumber\":\"" + employeeNumber + "\",\"observedOn\":\"" + observedOn
                        + "\",\"interaction\":\"Call about a late sofa\",\"note\":\"Talked it through\",\"checks\":{"
                        + checks + "}}");
    }

    @Test
    void aTeamLeadRecordsCoachingObservationsAndTheTrendCountsTheTickedBehaviours() {
        String person =
                newPersonInTheLeadsTeam("CO" + UUID.randomUUID().toString().substring(0, 6));
        client.login("lead", DEMO_PASSWORD);
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();

        var first =
                observe(person, today, "\"GAP_QUESTION\":true,\"APOLOGISED_OWNED\":false,\"PREFERRED_CHANNEL\":true");
        var second = observe(person, today, "\"GAP_QUESTION\":false,\"EMPATHISED\":true");
        String location = first.headers().firstValue("Location").orElse("");
        var stored = client.get(location.substring(location.indexOf("api/v1/")));
        JsonObject trend = PortalClient.json(client.get("api/v1/coaching/trend?employee=" + person));
        var list = PortalClient.json(client.get("api/v1/coaching/observations?employee=" + person));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, second.statusCode(), second.body());
        JsonObject receipt = PortalClient.json(first);
        assertEquals(2, receipt.getInt("shown"));
        assertEquals(3, receipt.getInt("seen"));
        assertEquals(67, receipt.getInt("shownPercent"));
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals("Call about a late sofa", PortalClient.json(stored).getString("interaction"));
        int thisMonth = trend.getJsonArray("months").size() - 1;
        assertEquals(12, trend.getJsonArray("months").size());
        assertEquals(2, trend.getJsonArray("observations").getInt(thisMonth));
        assertEquals(60, trend.getJsonArray("overall").getInt(thisMonth), "3 of 5 ticked behaviours shown");
        JsonObject byCompetency = trend.getJsonObject("byCompetency");
        assertEquals(50, byCompetency.getJsonArray("QUESTIONING").getInt(thisMonth));
        assertEquals(50, byCompetency.getJsonArray("SERVICE_RECOVERY").getInt(thisMonth));
        assertEquals(100, byCompetency.getJsonArray("SERVICE_STANDARDS").getInt(thisMonth));
        assertTrue(byCompetency.getJsonArray("QUESTIONING").isNull(0), "no observation a year ago");
        assertEquals(2, list.getInt("total"));
        var export = client.get("api/v1/coaching/observations/export?format=csv&employee=" + person);
        assertEquals(200, export.statusCode(), export.body());
        String[] lines = export.body().split("\r\n");
        assertEquals(
                "\uFEFFobserved_on,employee_number,name,interaction,shown,ticked,shown_percent,observed_by,note",
                lines[0]);
        assertEquals(3, lines.length, "a header and the two observations");
        assertTrue(lines[1].contains(person + ",Nia Observed,Call about a late sofa,"), lines[1]);
    }

    @Test
    void coachingIsRefusedOutsideTheLeadsUnitsAndBadInputIsRefusedNamingTheField() {
        var hr = new PortalClient(client.resolve(""));
        hr.login("hr", DEMO_PASSWORD);
        String hrNumber =
                PortalClient.json(hr.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String person =
                newPersonInTheLeadsTeam("CR" + UUID.randomUUID().toString().substring(0, 6));
        client.login("lead", DEMO_PASSWORD);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));

        var outside = observe(hrNumber, today.toString(), "\"GAP_QUESTION\":true");
        var future = observe(person, today.plusDays(2).toString(), "\"GAP_QUESTION\":true");
        var nothing = observe(person, today.toString(), "");
        var unknown = observe(person, today.toString(), "\"JUGGLED\":true");
        var othersTrend = client.get("api/v1/coaching/trend?employee=" + hrNumber);
        var employee = new PortalClient(client.resolve(""));
        employee.login("employee", DEMO_PASSWORD);

        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals(422, future.statusCode(), future.body());
        assertEquals("observedOn", fieldOf(future), future.body());
        assertEquals(422, nothing.statusCode(), nothing.body());
        assertEquals("checks", fieldOf(nothing));
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("JUGGLED"), unknown.body());
        assertEquals(403, othersTrend.statusCode(), othersTrend.body());
        assertEquals(
                0,
                PortalClient.json(client.get("api/v1/coaching/observations?employee=" + person))
                        .getInt("total"),
                "nothing refused was written");
        assertEquals(403, employee.get("api/v1/coaching/checklist").statusCode());
    }

    @Test
    void theTrainingReportsAgreeWithTheAssignmentListAndStayInsideALeadsUnits() {
        client.login("lead", DEMO_PASSWORD);

        var byCourse = PortalClient.jsonArray(client.get("api/v1/training-reports/completion?groupBy=COURSE"));
        long assigned = byCourse.stream()
                .mapToLong(r -> r.asJsonObject().getJsonNumber("assigned").longValue())
                .sum();
        long overdue = byCourse.stream()
                .mapToLong(r -> r.asJsonObject().getJsonNumber("overdue").longValue())
                .sum();
        var listed = PortalClient.json(client.get("api/v1/training/assignments?size=1"));
        var listedOverdue = PortalClient.json(client.get("api/v1/training/assignments?size=1&state=OVERDUE"));
        var elsewhere = client.get("api/v1/training-reports/completion?unit=RET");
        var coverage = PortalClient.jsonArray(client.get("api/v1/training-reports/coverage"));
        var csv = client.get("api/v1/training-reports/questions/export?format=csv&course=CX-EVERYONE");
        var exec = new PortalClient(client.resolve(""));
        exec.login("exec", DEMO_PASSWORD);

        assertTrue(assigned > 0, "the demo team has training");
        assertEquals(listed.getJsonNumber("total").longValue(), assigned, "the same assignments as the list");
        assertEquals(listedOverdue.getJsonNumber("total").longValue(), overdue, "the same overdue ones");
        assertEquals(403, elsewhere.statusCode(), elsewhere.body());
        assertFalse(coverage.isEmpty());
        for (var row : coverage) {
            JsonObject r = row.asJsonObject();
            assertEquals(
                    r.getInt("members"),
                    r.getInt("valid") + r.getInt("expiring") + r.getInt("expired") + r.getInt("uncertified"),
                    r.toString());
        }
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("\uFEFFcourse,revision,question,prompt,answered,correct,correct_percent\r\n"));
        assertTrue(csv.body().contains("CX-EVERYONE,1,"), csv.body());
        assertEquals(200, exec.get("api/v1/training-reports/scores").statusCode(), "leadership sees the reports");
        assertEquals(403, exec.get("api/v1/coaching/checklist").statusCode(), "but records no coaching");
    }

    @Test
    void theTrainingImpactIsForLeadershipHrAndALeadsOwnUnitsWithErrorsNamingTheParameter() {
        client.login("employee", DEMO_PASSWORD);
        var employee = client.get("api/v1/training-impact/CX-RECOVERY");
        var hr = new PortalClient(client.resolve(""));
        hr.login("hr", DEMO_PASSWORD);
        var company = hr.get("api/v1/training-impact/CX-RECOVERY");
        var count = hr.get("api/v1/training-impact/CX-RECOVERY?metric=COMPLIMENTS");
        var badMonth = hr.get("api/v1/training-impact/CX-RECOVERY?from=2026-13");
        var reversed = hr.get("api/v1/training-impact/CX-RECOVERY?from=2026-05&to=2026-01");
        var unknown = hr.get("api/v1/training-impact/NO-SUCH-COURSE");
        var csv = hr.get("api/v1/training-impact/CX-RECOVERY/cohorts/export?format=csv");
        var roi = hr.get("api/v1/training-impact/CX-RECOVERY?costPerTrainee=200&valuePerPoint=50");
        var halfRoi = hr.get("api/v1/training-impact/CX-RECOVERY?costPerTrainee=200");
        var negative = hr.get("api/v1/training-impact/CX-RECOVERY?costPerTrainee=-5&valuePerPoint=50");
        var lead = new PortalClient(client.resolve(""));
        lead.login("lead", DEMO_PASSWORD);
        var own = lead.get("api/v1/training-impact/CX-RECOVERY");
        var elsewhere = lead.get("api/v1/training-impact/CX-RECOVERY?unit=RET");
        var exec = new PortalClient(client.resolve(""));
        exec.login("exec", DEMO_PASSWORD);

        assertEquals(403, employee.statusCode(), employee.body());
        assertEquals(200, company.statusCode(), company.body());
        JsonObject impact = PortalClient.json(company);
        int cohortPeople = impact.getJsonArray("cohorts").stream()
                .mapToInt(c -> c.asJsonObject().getInt("people"))
                .sum();
        assertEquals(impact.getInt("trainees"), cohortPeople, "every trainee in one cohort");
        assertEquals(19, impact.getJsonArray("eventStudy").size(), "six months before to twelve after");
        assertEquals(422, count.statusCode(), count.body());
        assertTrue(count.body().contains("metric"), count.body());
        assertEquals(400, badMonth.statusCode(), badMonth.body());
        assertTrue(badMonth.body().contains("from"), badMonth.body());
        assertEquals(422, reversed.statusCode(), reversed.body());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("\uFEFFfirst_passed,trainees,with_figures_before_and_after\r\n"), csv.body());
        assertEquals(200, roi.statusCode(), roi.body());
        JsonObject withRoi = PortalClient.json(roi);
        if (!withRoi.isNull("effect")) {
            double effect =
                    withRoi.getJsonObject("effect").getJsonNumber("effect").doubleValue();
            assertEquals(
                    100 * (effect * 50 - 200) / 200,
                    withRoi.getJsonObject("roi")
                            .getJsonObject("percent")
                            .getJsonNumber("effect")
                            .doubleValue(),
                    1.5,
                    "Phillips: (benefit - cost) / cost, the effect rounded to two decimals in the answer");
        }
        assertEquals(422, halfRoi.statusCode(), halfRoi.body());
        assertTrue(halfRoi.body().contains("valuePerPoint"), halfRoi.body());
        assertEquals(422, negative.statusCode(), negative.body());
        assertTrue(negative.body().contains("costPerTrainee"), negative.body());
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(
                PortalClient.json(own).getInt("trainees") < impact.getInt("trainees"),
                "a lead's units are a part of the company");
        assertEquals(403, elsewhere.statusCode(), elsewhere.body());
        assertEquals(200, exec.get("api/v1/training-impact/DATA-PROTECTION").statusCode());
    }

    @Test
    void aLessonFileIsServedOnlyForACourseOfTheCallersOwnAssignment() {
        client.login("employee", DEMO_PASSWORD);
        var mine = PortalClient.jsonArray(client.get("api/v1/me/training"));
        long own = mine.getJsonObject(0).getJsonNumber("id").longValue();
        var lead = new PortalClient(client.resolve(""));
        lead.login("lead", DEMO_PASSWORD);
        long others = PortalClient.jsonArray(lead.get("api/v1/me/training"))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        var unknownFile = client.get("api/v1/me/training/" + own + "/files/999999999");
        var othersAssignment = client.get("api/v1/me/training/" + others + "/files/1");
        var hrOnly = client.get("api/v1/training/courses/CX-VISION/files/1");

        assertEquals(404, unknownFile.statusCode(), unknownFile.body());
        assertTrue(
                othersAssignment.statusCode() == 404 || othersAssignment.statusCode() == 403,
                "someone else's assignment is not mine: " + othersAssignment.statusCode());
        assertEquals(403, hrOnly.statusCode(), "an employee does not read the course files through HR's endpoint");
    }

    @Test
    void hrAddsABehaviourToTheChecklistThatLeadsTickUntilItIsRetired() {
        var hr = new PortalClient(client.resolve(""));
        hr.login("hr", DEMO_PASSWORD);
        String code =
                "CALL_BACK_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String person =
                newPersonInTheLeadsTeam("CB" + UUID.randomUUID().toString().substring(0, 6));
        String body = "{\"code\":\"" + code + "\",\"competencyCode\":\"SERVICE_STANDARDS\","
                + "\"name\":\"Offered a call-back at a time that suits the customer\"}";
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();

        var added = hr.send(HttpRequest.newBuilder(hr.resolve("api/v1/coaching/checklist"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        var again = hr.send(HttpRequest.newBuilder(hr.resolve("api/v1/coaching/checklist"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        client.login("lead", DEMO_PASSWORD);
        var byLead = post("api/v1/coaching/checklist", "application/json", body.replace(code, code + "_X"));
        var ticked = observe(person, today, "\"" + code + "\":true");
        var retired = hr.send(HttpRequest.newBuilder(hr.resolve("api/v1/coaching/checklist/" + code + "/retire"))
                .header("X-Requested-With", "CxTest")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        var afterRetirement = observe(person, today, "\"" + code + "\":true");
        String checklist = client.get("api/v1/coaching/checklist").body();

        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith("checklist/" + code));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("code", fieldOf(again));
        assertEquals(403, byLead.statusCode(), "a lead ticks the checklist but does not write it");
        assertEquals(201, ticked.statusCode(), ticked.body());
        assertEquals(204, retired.statusCode(), retired.body());
        assertEquals(422, afterRetirement.statusCode(), afterRetirement.body());
        assertFalse(checklist.contains(code), "off the checklist");
        assertEquals(
                1,
                PortalClient.json(client.get("api/v1/coaching/observations?employee=" + person))
                        .getInt("total"),
                "the observation that ticked it stays");
    }

    // Cross-site requests, broken bodies, browser headers.

    /** Whether the request failed because the server closed the connection while the body was still being sent. */
    private static boolean cutAfterRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ProtocolException || cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> write(
            ApiEndpoints.WriteEndpoint endpoint, String query, String contentType, byte[] body, String... headers) {
        var request = HttpRequest.newBuilder(client.resolve(endpoint.path() + query))
                .header("Accept", "application/json")
                // A well-behaved client asks before sending a large body, so a refusal arrives before it.
                .expectContinue(body.length > 1024 * 1024)
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body.length > 1024 * 1024) {
            // A connection of its own, so a refusal that cuts it leaves the session's connection alone.
            var own = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .cookieHandler(client.cookies())
                    .build();
            try {
                return own.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(request.build().uri() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return client.send(request.build());
    }

    private static String problemType(HttpResponse<String> response) {
        return PortalClient.json(response).getString("type");
    }

    @Test
    void everyStateChangingEndpointRefusesACrossSiteCallOnTheSession() throws Exception {
        List<ApiEndpoints.WriteEndpoint> endpoints = ApiEndpoints.writeEndpoints();
        assertTrue(endpoints.size() >= 10, "state-changing endpoints found: " + endpoints);
        client.login("hr", DEMO_PASSWORD);
        byte[] form = "name=x".getBytes(StandardCharsets.UTF_8);
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        String refused = ProblemType.CROSS_SITE_REQUEST.uri();

        for (var endpoint : endpoints) {
            String what = endpoint.method() + " " + endpoint.path();
            var formPost = write(endpoint, "", "application/x-www-form-urlencoded", form);
            var plainText = write(endpoint, "", "text/plain", form);
            var noType = write(endpoint, "", null, new byte[0]);
            var foreign = write(endpoint, "", "application/json", json, "Origin", "https://attacker.example");
            var fetchedCrossSite = write(endpoint, "", "application/json", json, "Sec-Fetch-Site", "cross-site");

            for (var response : List.of(formPost, plainText, noType, foreign, fetchedCrossSite)) {
                assertEquals(403, response.statusCode(), what + ": " + response.body());
                assertEquals(refused, problemType(response), what);
            }
        }
        var sameSite = write(
                endpoints.stream()
                        .filter(e -> e.path().endsWith("segments/recompute"))
                        .findFirst()
                        .orElseThrow(),
                "",
                null,
                new byte[0],
                "X-Requested-With",
                "CxTest",
                "Origin",
                client.resolve("").toString().replaceAll("(https?://[^/]+).*", "$1"));
        assertEquals(200, sameSite.statusCode(), "the portal's own call with the custom header: " + sameSite.body());
    }

    @Test
    void brokenBodiesAreTheClientsErrorOnEveryEndpointThatTakesOne() throws Exception {
        List<ApiEndpoints.WriteEndpoint> endpoints = ApiEndpoints.writeEndpoints().stream()
                .filter(ApiEndpoints.WriteEndpoint::takesBody)
                .toList();
        assertTrue(endpoints.size() >= 6, "endpoints with a body: " + endpoints);
        client.login("hr", DEMO_PASSWORD);
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        List<byte[]> corpus = new ArrayList<>();
        for (String text : List.of(
                "",
                "{",
                "[",
                "{\"a\":",
                "not json at all",
                "null",
                "42",
                "\"text\"",
                "[1,2,3]",
                "{\"observedOn\":\"yesterday\",\"employee\":7,\"checks\":[],\"dueOn\":\"soon\",\"version\":\"x\"}",
                "{\"name\":{\"nested\":true},\"rule\":\"ALL\",\"courseCode\":[],\"target\":\"NOWHERE\"}",
                "[{\"employeeNumber\":{}}]",
                "\u0000\u0001\u0002",
                "[".repeat(10_000))) {
            corpus.add(text.getBytes(StandardCharsets.UTF_8));
        }
        corpus.add(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        corpus.add(huge);

        for (var endpoint : endpoints) {
            for (byte[] body : corpus) {
                String what = endpoint.method() + " " + endpoint.path() + " with "
                        + (body.length > 60 ? body.length + " bytes" : new String(body, StandardCharsets.UTF_8));
                HttpResponse<String> response;
                try {
                    response = write(endpoint, "?source=broken-bodies", endpoint.consumes(), body);
                } catch (IllegalStateException noAnswer) {
                    if (body == huge && cutAfterRefusal(noAnswer)) {
                        // Over the upload limit the server may answer 413 and close the connection before
                        // reading the body; the client then sees the cut, not the answer. It must still serve.
                        assertEquals(200, client.get("api/v1/me").statusCode(), what + ": server gone");
                        continue;
                    }
                    throw new AssertionError(what + ": no answer", noAnswer);
                }

                assertTrue(response.statusCode() < 500, what + ": " + response.statusCode() + " " + response.body());
                if (response.statusCode() >= 400) {
                    assertTrue(
                            response.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .startsWith("application/problem+json"),
                            what);
                    JsonObject problem = PortalClient.json(response);
                    assertTrue(problem.getString("type").startsWith(ProblemType.URI_PREFIX), what + ": " + problem);
                    assertTrue(problem.getString("instance").startsWith("urn:uuid:"), what + ": " + problem);
                    assertFalse(
                            problem.toString().matches("(?s).*\\b(org|java|jakarta)\\.[a-z]+\\.[A-Za-z.]+.*"),
                            what + " names a library class: " + problem);
                }
            }
        }
    }

    @Test
    void aWrongTypeAndAMissingParameterAreNamedAsTheClientsError() {
        client.login("lead", DEMO_PASSWORD);

        var wrongType = post(
                "api/v1/coaching/observations",
                "application/json",
                "{\"employee\":\"E1\",\"observedOn\":\"yesterday\",\"checks\":{}}");
        var malformed = post("api/v1/training/assignments", "application/json", "{\"courseCode\":");
        client.login("hr", DEMO_PASSWORD);
        var noSource = post("api/v1/feedback-batches", "application/json", "[]");

        assertEquals(400, wrongType.statusCode(), wrongType.body());
        assertEquals(ProblemType.INVALID_FIELD_VALUE.uri(), problemType(wrongType));
        assertEquals(
                "observedOn",
                PortalClient.json(wrongType)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(ProblemType.MALFORMED_BODY.uri(), problemType(malformed));
        assertTrue(PortalClient.json(malformed).getString("detail").contains("line 1, column"), malformed.body());
        assertEquals(400, noSource.statusCode(), noSource.body());
        assertEquals(ProblemType.MISSING_PARAMETER.uri(), problemType(noSource));
        assertEquals(
                "source",
                PortalClient.json(noSource)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
    }

    @Test
    void theOpenApiDocumentListsEveryProblemType() throws Exception {
        String document = client.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                        .GET()
                        .build())
                .body();

        for (ProblemType type : ProblemType.values()) {
            assertTrue(document.contains(type.uri()), type + " missing from the OpenAPI document");
        }
    }

    @Test
    void everyResponseCarriesTheBrowserSecurityHeaders() {
        var login = client.get("login.xhtml");
        client.login("employee", DEMO_PASSWORD);
        var home = client.get("home.xhtml");
        var api = client.get("api/v1/me");
        String stylesheet = home.body()
                .replaceAll("(?s).*href=\"/cx/(jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\".*", "$1")
                .replace("&amp;", "&");
        var resource = client.get(stylesheet);

        for (var response : List.of(login, home, api, resource)) {
            String what = response.uri().getPath();
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    what);
            assertEquals(
                    "same-origin",
                    response.headers().firstValue("Referrer-Policy").orElse(""),
                    what);
            assertTrue(
                    response.headers()
                            .firstValue("Permissions-Policy")
                            .orElse("")
                            .contains("camera=()"),
                    what);
            assertFalse(
                    response.headers().firstValue("Strict-Transport-Security").isPresent(), "plain HTTP: " + what);
        }
        for (var page : List.of(login, home)) {
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), policy);
            assertTrue(policy.contains("frame-ancestors 'self'"), policy);
            assertFalse(
                    policy.contains("unsafe-inline';") && policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
            assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy");
        }
        assertEquals(200, resource.statusCode(), stylesheet);
        assertFalse(
                resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "themes may be cached");
        for (var personal : List.of(home, api)) {
            assertEquals(
                    "no-store",
                    personal.headers().firstValue("Cache-Control").orElse(""),
                    personal.uri().getPath());
        }
        assertTrue(
                api.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertFalse(
                home.body().matches("(?s).*<[a-z]+[^>]*\\son(click|change|load|submit|complete)=.*"),
                "no inline event handler on the page");
    }

    @Test
    void anUploadOverTheContainersLimitIsExplainedOnItsPage() {
        client.login("hr", DEMO_PASSWORD);
        byte[] body = new byte[(int) com.cxcentric.web.UploadLimit.MAX_REQUEST_BYTES + 1024];
        java.util.Arrays.fill(body, (byte) 'a');

        var refused = client.send(HttpRequest.newBuilder(client.resolve("hr/import.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=cx")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        var page = client.get("hr/import.xhtml?upload=too-large");

        assertEquals(303, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Location").orElse("").endsWith("/hr/import.xhtml?upload=too-large"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("larger than the 65 MB the portal takes in one upload"), page.body());
    }

    // A survey platform's export, as it comes out of the platform.

    /**
     * tests/resources/exports/qualtrics-service-survey.csv is a Qualtrics-style export: a header of
     * column ids, a row of question texts (one of them quoted over two lines), a row of ImportId
     * JSON, then 42 responses: 40 good ones, one NPS of 11 (row 30) and row 5 sent again as row 45.
     * Channels as people write them (Store, store, PHONE, Chat), agents in AgentId, scores in Q_NPS,
     * Q_CSAT, Q_CES. By hand: NPS 20 promoters and 8 detractors of 40 = 30.0; CSAT 30 of 40 are 4
     * or 5 = 75.0 %, mean 159 / 40 = 3.975 = 3.98 (means to two decimals, half up); CES mean 210 / 40
     * = 5.25.
     */
    @Test
    void aQualtricsExportGoesInAsExportedAndEveryFigureEqualsTheHandComputation() throws Exception {
        client.login("hr", DEMO_PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 5).toUpperCase(java.util.Locale.ROOT);
        String unit = "QX" + tag;
        String people = java.util.stream.IntStream.rangeClosed(101, 104)
                .mapToObj(n -> "{\"employeeNumber\":\"" + unit + "-" + n + "\",\"firstName\":\"Agent\",\"lastName\":\""
                        + n + "\",\"orgUnit\":\"" + unit + "\",\"orgUnitName\":\"Survey team " + tag
                        + "\",\"parentUnit\":\"CC\",\"contactLevel\":\"FRONT_LINE\",\"hireDate\":\"2024-01-15\"}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        assertEquals(
                201,
                post("api/v1/employee-imports?source=qx-" + tag + "&createUnits=true", "application/json", people)
                        .statusCode());
        // The same export for this run's own agents and responses: ids renamed, nothing else touched.
        String export;
        try (var in = getClass().getResourceAsStream("/exports/qualtrics-service-survey.csv")) {
            export = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("QX-", unit + "-")
                    .replace(",R_", ",R" + tag + "_");
        }
        String source = "qualtrics-" + tag.toLowerCase(java.util.Locale.ROOT);

        var first = post("api/v1/feedback-batches?source=" + source, "text/csv", export);
        var again = post("api/v1/feedback-batches?source=" + source, "text/csv", export);
        var figures = client.get("api/v1/outcomes/metrics?from=2026-10-01&to=2026-10-31&unit=" + unit);

        assertEquals(200, first.statusCode(), first.body());
        JsonObject receipt = PortalClient.json(first);
        assertEquals(42, receipt.getInt("rows"), "the two descriptive rows are not responses");
        assertEquals(40, receipt.getInt("accepted"), first.body());
        assertEquals(1, receipt.getInt("duplicates"), "the repeated response");
        assertEquals(0, receipt.getInt("unattributed"), "every agent is known");
        var refused = receipt.getJsonArray("rejected");
        assertEquals(1, refused.size(), first.body());
        assertEquals(30, refused.getJsonObject(0).getInt("line"));
        assertEquals("nps", refused.getJsonObject(0).getString("field"));
        var repeats = receipt.getJsonArray("repeats");
        assertEquals(1, repeats.size(), first.body());
        assertEquals(45, repeats.getJsonObject(0).getInt("line"));
        assertEquals(5, repeats.getJsonObject(0).getInt("earlierLine"));

        JsonObject second = PortalClient.json(again);
        assertEquals(0, second.getInt("accepted"), again.body());
        assertEquals(41, second.getInt("duplicates"), "the same file again changes nothing");

        assertEquals(200, figures.statusCode(), figures.body());
        JsonObject f = PortalClient.json(figures);
        assertEquals(40, f.getJsonNumber("responses").longValue());
        assertFigure("30.0", 40, f.getJsonObject("nps"));
        assertFigure("75.0", 40, f.getJsonObject("csatPercent"));
        assertFigure("3.98", 40, f.getJsonObject("csatMean"));
        assertFigure("5.25", 40, f.getJsonObject("cesMean"));
    }

    private static void assertFigure(String expected, long sample, JsonObject figure) {
        assertEquals(
                0,
                new java.math.BigDecimal(expected)
                        .compareTo(figure.getJsonNumber("value").bigDecimalValue()),
                "expected " + expected + ": " + figure);
        assertEquals(sample, figure.getJsonNumber("sampleSize").longValue(), figure.toString());
    }

    @Test
    void aSourcesOwnTouchpointValuesAreReadThroughItsSavedMappingAndAnUnknownOneIsNamed() {
        client.login("hr", DEMO_PASSWORD);
        String p = "TV" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "Response ID,Date submitted,Where did you contact us?,Likelihood to recommend\n"
                + p + "-1,2026-10-02 10:00,Store visit,10\n"
                + p + "-2,2026-10-02 11:00,chat,9\n"
                + p + "-3,2026-10-02 12:00,Carrier pigeon,3\n";

        var receipt = PortalClient.json(post("api/v1/feedback-batches?source=" + p, "text/csv", csv));

        assertEquals(2, receipt.getInt("accepted"), receipt.toString());
        var refused = receipt.getJsonArray("rejected").getJsonObject(0);
        assertEquals(4, refused.getInt("line"));
        assertEquals("touchpoint", refused.getString("field"));
        assertTrue(refused.getString("reason").contains("'Carrier pigeon'"), refused.toString());
        assertTrue(refused.getString("reason").contains("STORE"), "names the known ones: " + refused);
    }

    @Test
    void anHrExportWithDepartmentAndTeamColumnsBuildsTheHierarchyItImplies() {
        client.login("hr", DEMO_PASSWORD);
        String p = "HX" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(java.util.Locale.ROOT);
        // As an HR system exports it: the manager after her reports, department and team by name.
        String csv = "Employee No;Given name;Surname;Department;Team;Reports to;Customer contact\r\n"
                + p + "-2;Budi;Santoso;Returns " + p + ";Pickup Crew;" + p + "-1;FRONT_LINE\r\n"
                + p + "-3;Citra;Lestari;Returns " + p + ";;" + p + "-1;BACK_OFFICE\r\n"
                + p + "-1;Ana;Wijaya;Returns " + p + ";;;LEADERSHIP\r\n";

        var first = post("api/v1/employee-imports?source=hr-export&createUnits=true", "text/csv", csv);
        var again = post("api/v1/employee-imports?source=hr-export&createUnits=true", "text/csv", csv);
        JsonObject budi = PortalClient.json(client.get("api/v1/employees/" + p + "-2"));
        JsonObject citra = PortalClient.json(client.get("api/v1/employees/" + p + "-3"));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(2, PortalClient.json(first).getInt("unitsCreated"), first.body());
        assertEquals(0, PortalClient.json(again).getInt("unitsCreated"), "nothing twice");
        assertEquals(p + "-1", budi.getJsonObject("manager").getString("employeeNumber"));
        assertEquals("Ana Wijaya", budi.getJsonObject("manager").getString("name"));
        var path = budi.getJsonArray("unitPath");
        assertEquals("COMPANY", path.getJsonObject(0).getString("type"), "under the company: " + path);
        assertEquals("Returns " + p, path.getJsonObject(path.size() - 2).getString("name"));
        assertEquals("DEPARTMENT", path.getJsonObject(path.size() - 2).getString("type"));
        assertEquals("Pickup Crew", path.getJsonObject(path.size() - 1).getString("name"));
        assertEquals("TEAM", path.getJsonObject(path.size() - 1).getString("type"));
        var citraPath = citra.getJsonArray("unitPath");
        assertEquals(
                "Returns " + p,
                citraPath.getJsonObject(citraPath.size() - 1).getString("name"),
                "a department and no team: the department");

        var csvExport = client.get("api/v1/employees/export?format=csv&contactLevel=FRONT_LINE&q=" + p);
        var xlsxExport = client.get("api/v1/employees/export?format=xlsx&q=" + p);
        assertEquals(200, csvExport.statusCode(), csvExport.body());
        List<String> lines = csvExport.body().lines().toList();
        assertEquals(2, lines.size(), "the header and the one front-line person the filters leave: " + lines);
        assertTrue(lines.get(0).startsWith("\uFEFFemployee_number,name,"), lines.get(0));
        assertTrue(lines.get(1).startsWith(p + "-2,Budi Santoso,"), lines.get(1));
        assertTrue(lines.get(1).contains(",Pickup Crew,"), "the unit by name: " + lines.get(1));
        assertEquals(200, xlsxExport.statusCode());
        assertTrue(xlsxExport.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        assertEquals("no-store", csvExport.headers().firstValue("Cache-Control").orElse(""), "personal data");
    }

    @Test
    void aLeadsOutcomesByUnitShowTheTeamBesideItsResponses() {
        client.login("lead", DEMO_PASSWORD);

        var missing = client.get("api/v1/outcomes/dashboard");
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        JsonObject dashboard = PortalClient.json(
                client.get("api/v1/outcomes/dashboard?from=" + today.minusDays(364) + "&to=" + today));

        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals(ProblemType.MISSING_PARAMETER.uri(), problemType(missing));
        assertEquals(
                "from",
                PortalClient.json(missing)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));

        long responses =
                dashboard.getJsonObject("current").getJsonNumber("responses").longValue();
        var byUnit = dashboard.getJsonArray("byUnit");
        assertTrue(responses > 0, "the demo team has responses: " + dashboard);
        assertFalse(byUnit.isEmpty(), "a team with no unit below is its own row: " + byUnit);
        assertEquals(
                responses,
                byUnit.stream()
                        .mapToLong(r -> r.asJsonObject()
                                .getJsonObject("figures")
                                .getJsonNumber("responses")
                                .longValue())
                        .sum());
    }

    @Test
    void anImportThatMarksSomeoneAsLeftCancelsWhatTheyStillHadToDoAndTheirSegments() {
        client.login("hr", DEMO_PASSWORD);
        String p = "LV" + UUID.randomUUID().toString().substring(0, 6);
        String joined = post(
                        "api/v1/employee-imports?source=leaver-it",
                        "text/csv",
                        "Employee No;Given name;Surname;Unit;Contact level;Location\n" + p
                                + "-1;Lina;Vos;CC-VOICE-A;FRONT_LINE;" + p + "\n")
                .body();
        var segment = post(
                "api/v1/segments",
                "application/json",
                "{\"name\":\"" + p + "\",\"rule\":{\"conditions\":[{\"type\":\"LOCATION\",\"values\":[\"" + p
                        + "\"]}]}}");
        var assigned = assign("{\"courseCode\":\"CX-VISION\",\"target\":\"PEOPLE\",\"employeeNumbers\":[\"" + p
                + "-1\"],\"dueInDays\":10,\"mandatory\":true}");

        String open = "api/v1/training/assignments?course=CX-VISION&q=" + p + "-1";
        var before = PortalClient.json(client.get(open)).getJsonArray("items");
        var left =
                post("api/v1/employee-imports?source=leaver-it", "text/csv", "Employee No;Status\n" + p + "-1;LEFT\n");
        var after = PortalClient.json(client.get(open)).getJsonArray("items");
        long id = PortalClient.json(segment).getJsonNumber("id").longValue();
        var members = PortalClient.json(client.get("api/v1/segments/" + id + "/members"));

        assertTrue(joined.contains("\"created\":1"), joined);
        assertEquals(201, segment.statusCode(), segment.body());
        assertEquals(1, PortalClient.json(segment).getInt("members"), "the new person is a member");
        assertEquals(1, PortalClient.json(assigned).getInt("assigned"), assigned.body());
        assertEquals(201, left.statusCode(), left.body());
        assertEquals(1, before.size(), before.toString());
        assertEquals(0, after.size(), "cancelled, no longer to do: training follows the import's event " + after);
        assertEquals(0, members.getInt("total"), "so do the segments: people who left are never members");
    }

    private HttpResponse<String> recognise(PortalClient as, String key, String body) {
        var request = HttpRequest.newBuilder(as.resolve("api/v1/recognitions"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return as.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String recognition(String colleague, String value, int points) {
        return "{\"recipients\":[\"" + colleague + "\"],\"value\":\"" + value
                + "\",\"message\":\"Stayed on the line until the delivery was rebooked\",\"pointsEach\":" + points
                + "}";
    }

    private static String firstErrorField(HttpResponse<String> problem) {
        return PortalClient.json(problem)
                .getJsonArray("errors")
                .getJsonObject(0)
                .getString("field");
    }

    @Test
    void anEmployeeRecognisesAColleagueOnceHoweverOftenTheRequestIsSent() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        String colleague =
                PortalClient.json(lead.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        long before = PortalClient.json(employee.get("api/v1/recognitions/points"))
                .getJsonNumber("givingLeft")
                .longValue();
        String value = PortalClient.json(employee.get("api/v1/company-values"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("code");
        String key = "it-" + UUID.randomUUID();

        var first = recognise(employee, key, recognition(colleague, value, 5));
        var again = recognise(employee, key, recognition(colleague, value, 5));
        var points = PortalClient.json(employee.get("api/v1/recognitions/points"));
        var received = PortalClient.json(lead.get("api/v1/recognitions?mine=received&size=5"))
                .getJsonArray("items");
        var statement = PortalClient.json(lead.get("api/v1/recognitions/points/statement?size=1"))
                .getJsonArray("items");

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(
                PortalClient.json(first).getJsonNumber("id"),
                PortalClient.json(again).getJsonNumber("id"));
        assertEquals(before - 5, points.getJsonNumber("givingLeft").longValue(), "paid once: " + points);
        assertTrue(
                received.stream().anyMatch(r -> r.asJsonObject()
                        .getJsonNumber("id")
                        .equals(PortalClient.json(first).getJsonNumber("id"))),
                "the colleague sees it among what they received");
        assertEquals(5, statement.getJsonObject(0).getInt("amount"), statement.toString());
        assertEquals("GIFT", statement.getJsonObject(0).getString("kind"));
        var leadsTeam = lead.get("api/v1/recognitions/team");
        var notALead = employee.get("api/v1/recognitions/team");
        String me =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        assertEquals(200, leadsTeam.statusCode(), leadsTeam.body());
        assertTrue(
                Json.createReader(new StringReader(leadsTeam.body())).readArray().stream()
                        .anyMatch(m ->
                                m.asJsonObject().getString("employeeNumber").equals(me)),
                "the lead sees their team member: " + leadsTeam.body());
        assertEquals(403, notALead.statusCode(), notALead.body());
    }

    @Test
    void recognitionThatCannotBeGivenIsRefusedNamingTheFieldAndPaysNothing() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        String me =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        String colleague =
                PortalClient.json(lead.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String value = PortalClient.json(employee.get("api/v1/company-values"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("code");
        long before = PortalClient.json(employee.get("api/v1/recognitions/points"))
                .getJsonNumber("givingLeft")
                .longValue();
        String key = "it-" + UUID.randomUUID();

        var self = recognise(employee, "it-" + UUID.randomUUID(), recognition(me, value, 1));
        var noKey = recognise(employee, null, recognition(colleague, value, 1));
        var noValue = recognise(employee, "it-" + UUID.randomUUID(), recognition(colleague, "NOT_A_VALUE", 1));
        var tooMany = recognise(employee, "it-" + UUID.randomUUID(), recognition(colleague, value, 1000));
        var tooMuchToOne = recognise(employee, "it-" + UUID.randomUUID(), recognition(colleague, value, 60));
        var used = recognise(employee, key, recognition(colleague, value, 0));
        var reused = recognise(employee, key, recognition(colleague, value, 2));
        long after = PortalClient.json(employee.get("api/v1/recognitions/points"))
                .getJsonNumber("givingLeft")
                .longValue();

        assertEquals(422, self.statusCode(), self.body());
        assertEquals("recipients", firstErrorField(self));
        assertEquals(422, noKey.statusCode(), noKey.body());
        assertEquals("idempotencyKey", firstErrorField(noKey));
        assertEquals(422, noValue.statusCode(), noValue.body());
        assertEquals("valueCode", firstErrorField(noValue));
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertEquals("pointsEach", firstErrorField(tooMany));
        assertEquals(422, tooMuchToOne.statusCode(), tooMuchToOne.body());
        assertTrue(tooMuchToOne.body().contains("At most 50 points"), tooMuchToOne.body());
        assertEquals(201, used.statusCode(), "a thank-you without points: " + used.body());
        assertEquals(409, reused.statusCode(), reused.body());
        assertEquals(before, after, "nothing was paid");
    }

    private static HttpResponse<String> reverse(PortalClient as, long transfer, String key, String reason) {
        return as.send(HttpRequest.newBuilder(as.resolve("api/v1/points/transfers/" + transfer + "/reversal"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"))
                .build());
    }

    @Test
    void hrReversesAGiftOnceWithAReasonAndOnlyHrMay() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        String colleague =
                PortalClient.json(lead.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String value = PortalClient.json(employee.get("api/v1/company-values"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("code");
        var given = recognise(employee, "it-" + UUID.randomUUID(), recognition(colleague, value, 4));
        long before = PortalClient.json(lead.get("api/v1/recognitions/points"))
                .getJsonNumber("received")
                .longValue();
        var gift = PortalClient.json(hr.get("api/v1/points/people/" + colleague + "/statement?size=1"))
                .getJsonArray("items")
                .getJsonObject(0);
        long transfer = gift.getJsonNumber("transferId").longValue();
        String key = "it-" + UUID.randomUUID();

        var byEmployee = reverse(employee, transfer, "it-" + UUID.randomUUID(), "mine to take back");
        var noReason = reverse(hr, transfer, "it-" + UUID.randomUUID(), null);
        var reversed = reverse(hr, transfer, key, "Given to the wrong colleague");
        var again = reverse(hr, transfer, key, "Given to the wrong colleague");
        var twice = reverse(hr, transfer, "it-" + UUID.randomUUID(), "Again");
        long after = PortalClient.json(lead.get("api/v1/recognitions/points"))
                .getJsonNumber("received")
                .longValue();

        assertEquals(201, given.statusCode(), given.body());
        assertEquals("GIFT", gift.getString("kind"));
        assertEquals(4, gift.getInt("amount"));
        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("reason", firstErrorField(noReason));
        assertEquals(201, reversed.statusCode(), reversed.body());
        assertEquals("CORRECTION", PortalClient.json(reversed).getString("kind"));
        assertEquals(
                transfer, PortalClient.json(reversed).getJsonNumber("reverses").longValue());
        assertEquals(
                PortalClient.json(reversed).getJsonNumber("id"),
                PortalClient.json(again).getJsonNumber("id"));
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals(before - 4, after, "the points went back, once");
    }

    private static HttpResponse<String> sendJson(PortalClient as, String method, String path, String body) {
        return as.send(HttpRequest.newBuilder(as.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String scheme(String code, String metric, String rule, String first) {
        return "{\"code\":\"" + code + "\",\"name\":\"Scheme " + code + "\",\"metric\":\"" + metric
                + "\",\"rule\":\"" + rule + "\",\"judging\":\"CREDIBILITY\",\"target\":60,\"minSample\":2,"
                + "\"k\":5,\"points\":10,\"periodKind\":\"MONTH\",\"firstPeriod\":\"" + first
                + "\",\"unitCode\":\"CC\",\"excludeSolicited\":true,\"active\":true}";
    }

    @Test
    void hrDefinesAndGrantsARewardSchemeOnceAndOnlyHrMay() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        String lastMonth = java.time.YearMonth.from(today).minusMonths(1).toString();
        String thisMonth = java.time.YearMonth.from(today).toString();
        String body = scheme(
                code,
                "CSAT_PERCENT",
                "THRESHOLD",
                java.time.YearMonth.from(today).minusMonths(2).toString());

        var byEmployee = sendJson(employee, "POST", "api/v1/reward-schemes", body);
        var byExec = sendJson(exec, "POST", "api/v1/reward-schemes", body);
        var listedByExec = exec.get("api/v1/reward-schemes");
        var wrongRule = sendJson(hr, "POST", "api/v1/reward-schemes", scheme(code, "CSAT_PERCENT", "COUNT", lastMonth));
        var wrongPeriod = sendJson(hr, "POST", "api/v1/reward-schemes", scheme(code, "NPS", "THRESHOLD", "next month"));
        var created = sendJson(hr, "POST", "api/v1/reward-schemes", body);
        var taken = sendJson(hr, "POST", "api/v1/reward-schemes", body);
        var preview = hr.get("api/v1/reward-schemes/" + code + "/preview?period=" + lastMonth);
        var unsaved = sendJson(hr, "POST", "api/v1/reward-schemes/previews?period=" + lastMonth, body);
        var byLead =
                sendJson(lead, "POST", "api/v1/reward-schemes/" + code + "/periods/" + lastMonth + "/evaluation", "");
        var running =
                sendJson(hr, "POST", "api/v1/reward-schemes/" + code + "/periods/" + thisMonth + "/evaluation", "");
        var granted =
                sendJson(hr, "POST", "api/v1/reward-schemes/" + code + "/periods/" + lastMonth + "/evaluation", "");
        var again = sendJson(hr, "POST", "api/v1/reward-schemes/" + code + "/periods/" + lastMonth + "/evaluation", "");
        var periods = hr.get("api/v1/reward-schemes/" + code + "/periods");
        var myAwards = employee.get("api/v1/awards");
        var progress = employee.get("api/v1/awards/progress");
        var notMine = employee.get("api/v1/awards/987654321/evidence");

        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(403, byExec.statusCode(), "an executive reads only: " + byExec.body());
        assertEquals(200, listedByExec.statusCode(), listedByExec.body());
        assertEquals(422, wrongRule.statusCode(), wrongRule.body());
        assertEquals("rule", firstErrorField(wrongRule));
        assertEquals(422, wrongPeriod.statusCode(), wrongPeriod.body());
        assertEquals("firstPeriod", firstErrorField(wrongPeriod));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/reward-schemes/" + code));
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(PortalClient.json(preview).getInt("people") > 0, "the contact centre is covered: " + preview.body());
        assertEquals(
                PortalClient.json(preview).getInt("awards"),
                PortalClient.json(unsaved).getInt("awards"),
                "a definition previews as its saved scheme does");
        assertEquals(403, byLead.statusCode(), byLead.body());
        assertEquals(422, running.statusCode(), running.body());
        assertEquals("period", firstErrorField(running));
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals(
                PortalClient.json(preview).getInt("awards"),
                PortalClient.json(granted).getInt("awards"));
        assertEquals(
                PortalClient.json(granted).getInt("awards"),
                PortalClient.json(again).getInt("awards"));
        assertEquals(
                PortalClient.json(granted).getJsonNumber("points"),
                PortalClient.json(again).getJsonNumber("points"));
        assertEquals(
                1,
                Json.createReader(new StringReader(periods.body())).readArray().size(),
                "granted once");
        assertEquals(200, myAwards.statusCode(), myAwards.body());
        assertEquals(200, progress.statusCode(), progress.body());
        assertTrue(progress.body().contains(code), "the demo employee works in the contact centre: " + progress.body());
        assertEquals(404, notMine.statusCode(), notMine.body());
    }

    @Test
    void anEmployeeRedeemsOnceAndOnlyHrHandsOverOrRefunds() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String item =
                "{\"code\":\"" + code + "\",\"name\":\"Coffee with the CEO\",\"motivator\":\"PUBLIC_RECOGNITION\","
                        + "\"costPoints\":%d,\"stock\":3,\"minTenureMonths\":0,\"active\":true}";

        var byEmployee = sendJson(employee, "POST", "api/v1/reward-catalog", item.formatted(10));
        var byExec = sendJson(exec, "POST", "api/v1/reward-catalog", item.formatted(10));
        var free = sendJson(hr, "POST", "api/v1/reward-catalog", item.formatted(0));
        var created = sendJson(hr, "POST", "api/v1/reward-catalog", item.formatted(10));
        var taken = sendJson(hr, "POST", "api/v1/reward-catalog", item.formatted(10));
        var changed = sendJson(hr, "PUT", "api/v1/reward-catalog/" + code, item.formatted(20));
        long before = PortalClient.json(employee.get("api/v1/recognitions/points"))
                .getJsonNumber("received")
                .longValue();
        var offers = employee.get("api/v1/reward-catalog/offers");
        var noKey = redeem(employee, null, code);
        String key = UUID.randomUUID().toString();
        var made = redeem(employee, key, code);
        var again = redeem(employee, key, code);
        long reserved = PortalClient.json(employee.get("api/v1/recognitions/points"))
                .getJsonNumber("received")
                .longValue();
        long id = made.statusCode() == 201
                ? PortalClient.json(made).getJsonNumber("id").longValue()
                : -1;
        var mine = employee.get("api/v1/redemptions/mine");
        var settledByEmployee = sendJson(employee, "POST", "api/v1/redemptions/" + id + "/settlement", "{}");
        var listedByLead = lead.get("api/v1/redemptions?status=PENDING");
        var waiting = hr.get("api/v1/redemptions?status=PENDING&size=500");
        var wrongStatus = hr.get("api/v1/redemptions?status=LOST");
        var noReason = sendJson(hr, "POST", "api/v1/redemptions/" + id + "/refusal", "{}");
        var refused = sendJson(hr, "POST", "api/v1/redemptions/" + id + "/refusal", "{\"note\":\"The CEO is away\"}");
        var refusedAgain = sendJson(hr, "POST", "api/v1/redemptions/" + id + "/refusal", "{\"note\":\"Again\"}");
        var settleRefused = sendJson(hr, "POST", "api/v1/redemptions/" + id + "/settlement", "{}");
        long after = PortalClient.json(employee.get("api/v1/recognitions/points"))
                .getJsonNumber("received")
                .longValue();
        var noMonth = hr.get("api/v1/redemptions/payroll");
        var payroll = hr.get("api/v1/redemptions/payroll/export?format=csv&month="
                + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")));
        var payrollByEmployee = employee.get("api/v1/redemptions/payroll?month=2026-11");

        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(403, byExec.statusCode(), byExec.body());
        assertEquals(422, free.statusCode(), free.body());
        assertEquals("costPoints", firstErrorField(free));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/reward-catalog/" + code));
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals(20, PortalClient.json(changed).getInt("costPoints"), changed.body());
        assertTrue(offers.body().contains(code), "offered to everyone: " + offers.body());
        assertTrue(before >= 20, "the demo employee has points to spend: " + before);
        assertEquals(422, noKey.statusCode(), noKey.body());
        assertEquals("idempotencyKey", firstErrorField(noKey));
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(200, again.statusCode(), "the same key again is the same redemption: " + again.body());
        assertEquals(id, PortalClient.json(again).getJsonNumber("id").longValue());
        assertEquals(before - 20, reserved, "the points are set aside once");
        assertTrue(mine.body().contains("\"id\":" + id), mine.body());
        assertEquals(403, settledByEmployee.statusCode(), settledByEmployee.body());
        assertEquals(403, listedByLead.statusCode(), listedByLead.body());
        assertTrue(waiting.body().contains("\"id\":" + id), waiting.body());
        assertEquals(400, wrongStatus.statusCode(), wrongStatus.body());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("reason", firstErrorField(noReason));
        assertEquals(200, refused.statusCode(), refused.body());
        assertEquals("REFUSED", PortalClient.json(refused).getString("status"));
        assertEquals(200, refusedAgain.statusCode(), refusedAgain.body());
        assertEquals(409, settleRefused.statusCode(), settleRefused.body());
        assertEquals(before, after, "the refusal gave the points back, once");
        assertEquals(400, noMonth.statusCode(), noMonth.body());
        assertEquals(200, payroll.statusCode(), payroll.body());
        assertTrue(payroll.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(payroll.body().contains("Employee number"), payroll.body());
        assertEquals(403, payrollByEmployee.statusCode(), payrollByEmployee.body());
    }

    private static HttpResponse<String> redeem(PortalClient as, String key, String reward) {
        var request = HttpRequest.newBuilder(as.resolve("api/v1/redemptions"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return as.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"reward\":\"" + reward + "\"}"))
                .build());
    }

    @Test
    void hrAndLeadershipReadRecognitionEquityAndNobodyElse() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);

        var byEmployee = employee.get("api/v1/recognition-equity");
        var byLead = lead.get("api/v1/recognition-equity");
        var byExec = exec.get("api/v1/recognition-equity?groupBy=TENURE&days=365");
        var bySegment = hr.get("api/v1/recognition-equity?groupBy=segment");
        var wrongGroup = hr.get("api/v1/recognition-equity?groupBy=ZODIAC");
        var wrongDays = hr.get("api/v1/recognition-equity?days=0");
        var notDays = hr.get("api/v1/recognition-equity?days=many");
        var export = hr.get("api/v1/recognition-equity/export?groupBy=CONTACT_LEVEL&format=csv");
        var pageByExec = exec.get("hr/recognition-equity.xhtml");
        var fulfilmentByExec = exec.get("hr/rewards.xhtml");
        var pageByEmployee = employee.get("hr/recognition-equity.xhtml");

        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(403, byLead.statusCode(), byLead.body());
        assertEquals(200, byExec.statusCode(), byExec.body());
        var report = PortalClient.json(byExec);
        long people = report.getJsonObject("company").getJsonNumber("people").longValue();
        long inBands = report.getJsonArray("groups").stream()
                .mapToLong(g -> g.asJsonObject().getJsonNumber("people").longValue())
                .sum();
        assertTrue(people >= 270, "the demo company's current people: " + people);
        assertEquals(people, inBands, "tenure bands partition the people");
        assertEquals(11, report.getJsonArray("lorenz").size(), "the Lorenz curve at tenths");
        assertEquals(200, bySegment.statusCode(), bySegment.body());
        assertEquals(400, wrongGroup.statusCode(), wrongGroup.body());
        assertEquals(422, wrongDays.statusCode(), wrongDays.body());
        assertEquals("days", firstErrorField(wrongDays));
        assertEquals(400, notDays.statusCode(), notDays.body());
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().contains("Gini"), export.body());
        assertTrue(export.body().contains("Company"), export.body());
        assertEquals(200, pageByExec.statusCode(), "leadership reads the page too");
        var bySchemeByExec = exec.get("api/v1/recognition-equity/schemes?days=365");
        var byValueExport = exec.get("api/v1/recognition-equity/values/export?days=90&format=csv");
        var bySchemeByEmployee = employee.get("api/v1/recognition-equity/schemes");
        assertEquals(200, bySchemeByExec.statusCode(), bySchemeByExec.body());
        assertTrue(bySchemeByExec.body().contains("\"code\":\"CC-CSAT\""), bySchemeByExec.body());
        assertTrue(
                byValueExport.body().startsWith("\uFEFFCode")
                        || byValueExport.body().startsWith("Code"),
                byValueExport.body());
        assertEquals(403, bySchemeByEmployee.statusCode(), bySchemeByEmployee.body());
        assertEquals(403, fulfilmentByExec.statusCode(), "but no other page of HR's");
        assertEquals(403, pageByEmployee.statusCode());
    }

    @Test
    void hrDefinesAndGrantsBadgesByHandAndEveryoneSeesTheirOwn() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String badge = "{\"code\":\"" + code + "\",\"name\":\"Listener\",\"criteria\":\"Heard the customer out\","
                + "\"icon\":\"%s\",\"colour\":\"#2563eb\",\"rule\":\"%s\",\"active\":true}";
        String number =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");

        var byLead = sendJson(lead, "POST", "api/v1/badges", badge.formatted("pi-heart", "BY_HAND"));
        var wrongIcon = sendJson(hr, "POST", "api/v1/badges", badge.formatted("skull", "BY_HAND"));
        var noCourse = sendJson(hr, "POST", "api/v1/badges", badge.formatted("pi-heart", "COURSE_CERTIFIED"));
        var created = sendJson(hr, "POST", "api/v1/badges", badge.formatted("pi-heart", "BY_HAND"));
        var grantedByLead = sendJson(
                lead,
                "POST",
                "api/v1/badges/" + code + "/grants",
                "{\"employee\":\"" + number + "\",\"reason\":\"Listened\"}");
        var noReason = sendJson(hr, "POST", "api/v1/badges/" + code + "/grants", "{\"employee\":\"" + number + "\"}");
        var nobody = sendJson(
                hr, "POST", "api/v1/badges/" + code + "/grants", "{\"employee\":\"NOBODY\",\"reason\":\"Listened\"}");
        var granted = sendJson(
                hr,
                "POST",
                "api/v1/badges/" + code + "/grants",
                "{\"employee\":\"" + number + "\",\"reason\":\"Listened to a customer for an hour\"}");
        var again = sendJson(
                hr,
                "POST",
                "api/v1/badges/" + code + "/grants",
                "{\"employee\":\"" + number + "\",\"reason\":\"Again\"}");
        String hrNumber =
                PortalClient.json(hr.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        var self = sendJson(
                hr,
                "POST",
                "api/v1/badges/" + code + "/grants",
                "{\"employee\":\"" + hrNumber + "\",\"reason\":\"Me\"}");
        var mine = employee.get("api/v1/badges/mine");
        var listed = employee.get("api/v1/badges");
        var holdersByEmployee = employee.get("api/v1/badges/" + code + "/holders");
        var holders = hr.get("api/v1/badges/" + code + "/holders");

        assertEquals(403, byLead.statusCode(), byLead.body());
        assertEquals(422, wrongIcon.statusCode(), wrongIcon.body());
        assertEquals("icon", firstErrorField(wrongIcon));
        assertEquals(422, noCourse.statusCode(), noCourse.body());
        assertEquals("courseCode", firstErrorField(noCourse));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(403, grantedByLead.statusCode(), grantedByLead.body());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("reason", firstErrorField(noReason));
        assertEquals(422, nobody.statusCode(), nobody.body());
        assertEquals("employee", firstErrorField(nobody));
        assertEquals(201, granted.statusCode(), granted.body());
        assertEquals(200, again.statusCode(), "held already: " + again.body());
        assertEquals(1, PortalClient.json(again).getInt("holders"));
        assertEquals(422, self.statusCode(), "a badge by hand is for colleagues: " + self.body());
        assertEquals("employee", firstErrorField(self));
        assertTrue(mine.body().contains("Listened to a customer for an hour"), mine.body());
        assertTrue(listed.body().contains(code), listed.body());
        assertEquals(403, holdersByEmployee.statusCode(), holdersByEmployee.body());
        assertTrue(holders.body().contains(number), holders.body());
    }

    private static HttpResponse<String> sendKeyed(PortalClient as, String path, String key, String body) {
        var request = HttpRequest.newBuilder(as.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return as.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aBudgetSetInMoneyBuysPointsAtTheRateAndARewardOutsideTheCatalogIsAskedForOnce() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        String team = PortalClient.json(lead.get("api/v1/me"))
                .getJsonArray("unitsILead")
                .getJsonObject(0)
                .getString("code");
        String budget = "{\"unit\":\"" + team + "\",\"periodKind\":\"MONTH\",\"period\":\"2031-01\",%s,"
                + "\"mode\":\"FLEXIBLE\"}";

        var byEmployee = sendJson(employee, "POST", "api/v1/budgets", budget.formatted("\"limitMoney\":500.00"));
        var both =
                sendJson(hr, "POST", "api/v1/budgets", budget.formatted("\"limitPoints\":100,\"limitMoney\":500.00"));
        var negative = sendJson(hr, "POST", "api/v1/budgets", budget.formatted("\"limitMoney\":-5"));
        var inMoney = sendJson(hr, "POST", "api/v1/budgets", budget.formatted("\"limitMoney\":500.00"));

        String reward = "{\"title\":\"Ticket to the CX meetup\",\"motivator\":\"%s\",\"points\":%d,"
                + "\"reason\":\"To learn how others recover customers\"}";
        String key = UUID.randomUUID().toString();
        var noKey = sendKeyed(employee, "api/v1/approvals/rewards", null, reward.formatted("LEARNING_BUDGET", 1));
        var unknownKind = sendKeyed(
                employee, "api/v1/approvals/rewards", UUID.randomUUID().toString(), reward.formatted("YACHT", 1));
        var tooDear = sendKeyed(
                employee,
                "api/v1/approvals/rewards",
                UUID.randomUUID().toString(),
                reward.formatted("LEARNING_BUDGET", 999_999));
        var asked = sendKeyed(employee, "api/v1/approvals/rewards", key, reward.formatted("LEARNING_BUDGET", 1));
        var again = sendKeyed(employee, "api/v1/approvals/rewards", key, reward.formatted("LEARNING_BUDGET", 1));
        long id = asked.statusCode() == 201
                ? PortalClient.json(asked).getJsonNumber("id").longValue()
                : -1;
        var seenByExec = exec.get("api/v1/approvals/" + id);
        var waitingForLead = lead.get("api/v1/approvals/waiting");

        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(422, both.statusCode(), both.body());
        assertEquals("limitMoney", firstErrorField(both));
        assertEquals(422, negative.statusCode(), negative.body());
        assertEquals("limitMoney", firstErrorField(negative));
        assertEquals(201, inMoney.statusCode(), inMoney.body());
        var made = PortalClient.json(inMoney);
        assertEquals(10_000, made.getJsonNumber("limitPoints").longValue(), "500.00 at 0.05 a point");
        assertEquals(
                0,
                new java.math.BigDecimal("500.00")
                        .compareTo(made.getJsonNumber("limitMoney").bigDecimalValue()));
        assertEquals(422, noKey.statusCode(), noKey.body());
        assertEquals("idempotencyKey", firstErrorField(noKey));
        assertEquals(422, unknownKind.statusCode(), unknownKind.body());
        assertEquals("motivator", firstErrorField(unknownKind));
        assertEquals(422, tooDear.statusCode(), "more than the employee received: " + tooDear.body());
        assertEquals("points", firstErrorField(tooDear));
        assertEquals(201, asked.statusCode(), asked.body());
        assertEquals("REWARD", PortalClient.json(asked).getString("kind"));
        assertEquals(200, again.statusCode(), "the same key asks once: " + again.body());
        assertEquals(id, PortalClient.json(again).getJsonNumber("id").longValue());
        assertEquals(404, seenByExec.statusCode(), "not involved: " + seenByExec.body());
        assertTrue(waitingForLead.body().contains("\"id\":" + id), waitingForLead.body());
    }

    @Test
    void budgetsNominationsApprovalsAndBoostsEachDeclareWhoMayUseThem() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        var leadMe = PortalClient.json(lead.get("api/v1/me"));
        String team = leadMe.getJsonArray("unitsILead").getJsonObject(0).getString("code");
        String me =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String hrNumber =
                PortalClient.json(hr.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String colleague = leadMe.getJsonArray("peopleILead").stream()
                .map(p -> p.asJsonObject().getString("employeeNumber"))
                .filter(n -> !n.equals(me))
                .findFirst()
                .orElseThrow();
        String month =
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        String budget = "{\"unit\":\"" + team + "\",\"periodKind\":\"MONTH\",\"period\":\"" + month
                + "\",\"limitPoints\":%d,\"mode\":\"FIXED\"}";

        var byEmployee = sendJson(employee, "POST", "api/v1/budgets", budget.formatted(100));
        var readByLead = lead.get("api/v1/budgets?month=" + month);
        var readByExec = exec.get("api/v1/budgets?month=" + month);
        var badPeriod =
                sendJson(hr, "POST", "api/v1/budgets", budget.formatted(100).replace(month, "2026-13"));
        var made = sendJson(hr, "POST", "api/v1/budgets", budget.formatted(1_000_000));
        var overlap = sendJson(hr, "POST", "api/v1/budgets", budget.formatted(1_000_000));
        var teamBudget = PortalClient.jsonArray(hr.get("api/v1/budgets?month=" + month)).stream()
                .map(v -> v.asJsonObject())
                .filter(b -> b.getString("unitCode").equals(team))
                .findFirst()
                .orElseThrow();
        long id = teamBudget.getJsonNumber("id").longValue();
        long used = teamBudget.getJsonNumber("used").longValue();
        var tight = sendJson(hr, "PUT", "api/v1/budgets/" + id, budget.formatted(used + 50));
        String nomination = "{\"employeeNumber\":\"%s\",\"points\":%d,\"value\":\"CUSTOMER_FIRST\","
                + "\"reason\":\"Rebooked a stranded customer's delivery\"}";
        String key = UUID.randomUUID().toString();
        var noKey = sendKeyed(employee, "api/v1/approvals/nominations", null, nomination.formatted(colleague, 40));
        var self = sendKeyed(
                employee, "api/v1/approvals/nominations", UUID.randomUUID().toString(), nomination.formatted(me, 40));
        var nominated = sendKeyed(employee, "api/v1/approvals/nominations", key, nomination.formatted(colleague, 40));
        var again = sendKeyed(employee, "api/v1/approvals/nominations", key, nomination.formatted(colleague, 40));
        var pastLimit = sendKeyed(
                employee,
                "api/v1/approvals/nominations",
                UUID.randomUUID().toString(),
                nomination.formatted(colleague, 40));
        var loose = sendJson(hr, "PUT", "api/v1/budgets/" + id, budget.formatted(1_000_000));
        long request = nominated.statusCode() == 201
                ? PortalClient.json(nominated).getJsonNumber("id").longValue()
                : -1;
        var waitingForLead = lead.get("api/v1/approvals/waiting");
        var decidedByEmployee =
                sendJson(employee, "POST", "api/v1/approvals/" + request + "/decision", "{\"approve\":true}");
        var listedByEmployee = employee.get("api/v1/approvals?status=WAITING");
        var seenByExec = exec.get("api/v1/approvals/" + request);
        var approved = sendJson(
                lead, "POST", "api/v1/approvals/" + request + "/decision", "{\"approve\":true,\"comment\":\"Yes\"}");
        var mine = employee.get("api/v1/approvals/mine");

        var toTeam = sendKeyed(
                employee,
                "api/v1/recognitions",
                UUID.randomUUID().toString(),
                "{\"recipients\":[\"" + colleague + "\"],\"value\":\"CUSTOMER_FIRST\",\"message\":\"Thanks\","
                        + "\"pointsEach\":0}");
        var toHr = sendKeyed(
                employee,
                "api/v1/recognitions",
                UUID.randomUUID().toString(),
                "{\"recipients\":[\"" + hrNumber + "\"],\"value\":\"CUSTOMER_FIRST\",\"message\":\"Thanks\","
                        + "\"pointsEach\":0}");
        long teamRecognition = PortalClient.json(toTeam).getJsonNumber("id").longValue();
        long hrRecognition = PortalClient.json(toHr).getJsonNumber("id").longValue();
        String boost = "{\"employeeNumber\":\"%s\",\"points\":%d}";
        var boostByEmployee = sendKeyed(
                employee,
                "api/v1/recognitions/" + teamRecognition + "/boosts",
                UUID.randomUUID().toString(),
                boost.formatted(colleague, 10));
        var boostOutside = sendKeyed(
                lead,
                "api/v1/recognitions/" + hrRecognition + "/boosts",
                UUID.randomUUID().toString(),
                boost.formatted(hrNumber, 10));
        var boostTooMuch = sendKeyed(
                lead,
                "api/v1/recognitions/" + teamRecognition + "/boosts",
                UUID.randomUUID().toString(),
                boost.formatted(colleague, 100_000));
        String boostKey = UUID.randomUUID().toString();
        var boosted = sendKeyed(
                lead, "api/v1/recognitions/" + teamRecognition + "/boosts", boostKey, boost.formatted(colleague, 10));
        var boostedAgain = sendKeyed(
                lead, "api/v1/recognitions/" + teamRecognition + "/boosts", boostKey, boost.formatted(colleague, 10));

        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(403, readByLead.statusCode(), readByLead.body());
        assertEquals(200, readByExec.statusCode(), "leadership reads budgets: " + readByExec.body());
        assertEquals(422, badPeriod.statusCode(), badPeriod.body());
        assertEquals("period", firstErrorField(badPeriod));
        assertTrue(
                made.statusCode() == 201 || made.statusCode() == 409,
                "made, or made by an earlier run: " + made.body());
        assertEquals(409, overlap.statusCode(), overlap.body());
        assertEquals(200, tight.statusCode(), tight.body());
        assertEquals(422, noKey.statusCode(), noKey.body());
        assertEquals("idempotencyKey", firstErrorField(noKey));
        assertEquals(422, self.statusCode(), self.body());
        assertEquals("employeeNumber", firstErrorField(self));
        assertEquals(201, nominated.statusCode(), nominated.body());
        assertEquals(200, again.statusCode(), "the same key is the same nomination: " + again.body());
        assertEquals(request, PortalClient.json(again).getJsonNumber("id").longValue());
        assertEquals(422, pastLimit.statusCode(), "the fixed budget has 10 points left: " + pastLimit.body());
        assertEquals("points", firstErrorField(pastLimit));
        assertEquals(200, loose.statusCode(), loose.body());
        assertTrue(waitingForLead.body().contains("\"id\":" + request), waitingForLead.body());
        assertEquals(409, decidedByEmployee.statusCode(), "not the employee's stage: " + decidedByEmployee.body());
        assertEquals(403, listedByEmployee.statusCode(), listedByEmployee.body());
        assertEquals(404, seenByExec.statusCode(), "no part in it: " + seenByExec.body());
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", PortalClient.json(approved).getString("status"), "40 points: the lead alone");
        assertTrue(mine.body().contains("\"id\":" + request), mine.body());
        assertEquals(403, boostByEmployee.statusCode(), boostByEmployee.body());
        assertEquals(403, boostOutside.statusCode(), "a lead boosts only inside their units: " + boostOutside.body());
        assertEquals(422, boostTooMuch.statusCode(), boostTooMuch.body());
        assertEquals("points", firstErrorField(boostTooMuch));
        assertEquals(201, boosted.statusCode(), boosted.body());
        assertEquals(10, PortalClient.json(boosted).getJsonNumber("boosted").longValue());
        assertEquals(200, boostedAgain.statusCode(), boostedAgain.body());
        assertEquals(
                10, PortalClient.json(boostedAgain).getJsonNumber("boosted").longValue(), "paid once");
    }

    @Test
    void everyoneReactsCommentsAndReportsWhatTheyMaySeeAndOnlyHrHidesIt() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        String hrNumber =
                PortalClient.json(hr.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String thanks = "{\"recipients\":[\"" + hrNumber + "\"],\"value\":\"CUSTOMER_FIRST\",\"message\":\"Thanks\","
                + "\"pointsEach\":0,\"publicFeed\":%s}";
        long open = PortalClient.json(sendKeyed(
                        employee, "api/v1/recognitions", UUID.randomUUID().toString(), thanks.formatted("true")))
                .getJsonNumber("id")
                .longValue();
        long secret = PortalClient.json(sendKeyed(
                        employee, "api/v1/recognitions", UUID.randomUUID().toString(), thanks.formatted("false")))
                .getJsonNumber("id")
                .longValue();

        var reacted = sendJson(lead, "PUT", "api/v1/recognitions/" + open + "/reactions/APPLAUSE", "");
        var again = sendJson(lead, "PUT", "api/v1/recognitions/" + open + "/reactions/APPLAUSE", "");
        var wrong = sendJson(lead, "PUT", "api/v1/recognitions/" + open + "/reactions/BOO", "");
        var onSecret = sendJson(lead, "PUT", "api/v1/recognitions/" + secret + "/reactions/HEART", "");
        var noKey = sendKeyed(lead, "api/v1/recognitions/" + open + "/comments", null, "{\"body\":\"Nice\"}");
        var commented = sendKeyed(
                lead,
                "api/v1/recognitions/" + open + "/comments",
                UUID.randomUUID().toString(),
                "{\"body\":\"Nice one\"}");
        var comments = hr.get("api/v1/recognitions/" + open + "/comments");
        var secretComments = lead.get("api/v1/recognitions/" + secret + "/comments");
        var reported =
                sendJson(lead, "POST", "api/v1/recognitions/" + open + "/reports", "{\"reason\":\"Looks staged\"}");
        var reportedAgain =
                sendJson(lead, "POST", "api/v1/recognitions/" + open + "/reports", "{\"reason\":\"Looks staged\"}");
        var listedByEmployee = employee.get("api/v1/recognition-reports?status=OPEN");
        long report = reported.statusCode() == 201
                ? PortalClient.json(reported).getJsonNumber("id").longValue()
                : -1;
        var decidedByLead =
                sendJson(lead, "POST", "api/v1/recognition-reports/" + report + "/decision", "{\"hide\":true}");
        var waiting = hr.get("api/v1/recognition-reports?status=OPEN&size=500");
        var hidden = sendJson(
                hr,
                "POST",
                "api/v1/recognition-reports/" + report + "/decision",
                "{\"hide\":true,\"note\":\"Staged\"}");
        var feedAfter = employee.get("api/v1/recognitions?size=100");

        assertEquals(200, reacted.statusCode(), reacted.body());
        assertEquals(1, PortalClient.json(again).getJsonObject("reactions").getInt("APPLAUSE"), "once per person");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals(404, onSecret.statusCode(), "not the lead's to see: " + onSecret.body());
        assertEquals(422, noKey.statusCode(), noKey.body());
        assertEquals("idempotencyKey", firstErrorField(noKey));
        assertEquals(201, commented.statusCode(), commented.body());
        assertTrue(comments.body().contains("Nice one"), comments.body());
        assertEquals(404, secretComments.statusCode(), secretComments.body());
        assertEquals(201, reported.statusCode(), reported.body());
        assertEquals(200, reportedAgain.statusCode(), "one report per person: " + reportedAgain.body());
        assertEquals(403, listedByEmployee.statusCode(), listedByEmployee.body());
        assertEquals(403, decidedByLead.statusCode(), decidedByLead.body());
        assertTrue(waiting.body().contains("\"id\":" + report), waiting.body());
        assertEquals("HIDDEN", PortalClient.json(hidden).getString("status"), hidden.body());
        assertFalse(feedAfter.body().contains("\"id\":" + open + ","), "hidden from the feed");
    }

    @Test
    void everyoneReadsAndConfirmsTheVisionOnlyLeadershipWritesItAndTheHeatmapKeepsToEachRole() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);

        var mine = employee.get("api/v1/vision?lang=nl");
        int number = PortalClient.json(mine).getJsonObject("vision").getInt("number");
        var confirmed = sendJson(lead, "POST", "api/v1/vision/acknowledgements", "{\"number\":" + number + "}");
        var again = sendJson(lead, "POST", "api/v1/vision/acknowledgements", "{\"number\":" + number + "}");
        var older = sendJson(lead, "POST", "api/v1/vision/acknowledgements", "{\"number\":" + (number + 99) + "}");
        var versionsByEmployee = employee.get("api/v1/vision/versions");
        var heatmapByEmployee = employee.get("api/v1/vision/rollout");
        String draft = "{\"texts\":[{\"language\":\"%s\",\"vision\":\"Easy to deal with\",\"promise\":\"One day\"}],"
                + "\"values\":[{\"code\":\"OWN_IT\",\"language\":\"en\",\"name\":\"Own it\"}]}";
        var draftByEmployee = sendJson(employee, "PUT", "api/v1/vision/draft", draft.formatted("en"));
        var draftByHr = sendJson(hr, "PUT", "api/v1/vision/draft", draft.formatted("en"));
        var unknownLanguage = sendJson(exec, "PUT", "api/v1/vision/draft", draft.formatted("fr"));
        var saved = sendJson(exec, "PUT", "api/v1/vision/draft", draft.formatted("en"));
        int draftNumber = PortalClient.json(saved).getInt("number");
        var incomplete = sendJson(exec, "POST", "api/v1/vision/versions/" + draftNumber + "/publish", "");
        var versions = hr.get("api/v1/vision/versions");

        var companyHeatmap = exec.get("api/v1/vision/rollout");
        JsonObject company = PortalClient.json(companyHeatmap);
        long otherDepartment = company.getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("unitId")
                .longValue();
        var leadsHeatmap = lead.get("api/v1/vision/rollout");
        var leadElsewhere = lead.get("api/v1/vision/rollout?unit=" + otherDepartment);

        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals("nl", PortalClient.json(mine).getJsonObject("vision").getString("language"));
        assertTrue(PortalClient.json(mine)
                .getJsonObject("vision")
                .getString("promise")
                .startsWith("We antwoorden"));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertFalse(PortalClient.json(confirmed).isNull("acknowledgedAt"), confirmed.body());
        assertEquals(
                PortalClient.json(confirmed).getString("acknowledgedAt"),
                PortalClient.json(again).getString("acknowledgedAt"),
                "confirming again changes nothing");
        assertEquals(409, older.statusCode(), older.body());
        assertEquals(403, versionsByEmployee.statusCode());
        assertEquals(403, heatmapByEmployee.statusCode());
        assertEquals(403, draftByEmployee.statusCode());
        assertEquals(403, draftByHr.statusCode(), "HR reads the vision, leadership writes it");
        assertEquals(422, unknownLanguage.statusCode(), unknownLanguage.body());
        assertEquals("texts[0].language", fieldOf(unknownLanguage));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(422, incomplete.statusCode(), incomplete.body());
        assertEquals("texts[nl].vision", fieldOf(incomplete), "published in every language or not at all");
        assertEquals(200, versions.statusCode(), versions.body());
        assertEquals(
                number,
                PortalClient.json(exec.get("api/v1/vision"))
                        .getJsonObject("vision")
                        .getInt("number"),
                "the draft did not replace the current vision");

        assertEquals(200, companyHeatmap.statusCode(), companyHeatmap.body());
        assertEquals(14, company.getJsonArray("dimensions").size(), "every area's columns");
        assertTrue(company.getJsonArray("rows").size() >= 3, companyHeatmap.body());
        assertEquals(200, leadsHeatmap.statusCode(), leadsHeatmap.body());
        assertTrue(
                PortalClient.json(leadsHeatmap).getJsonArray("rows").stream()
                        .map(JsonObject.class::cast)
                        .noneMatch(r -> r.getJsonNumber("unitId").longValue() == otherDepartment),
                "a lead's heatmap holds only the units they lead");
        assertEquals(403, leadElsewhere.statusCode(), leadElsewhere.body());
    }

    @Test
    void championsSeeTheirDepartmentRaiseIdeasForItAndOnlyItsHeadOrHrAnswers() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        String me =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String leadNumber =
                PortalClient.json(lead.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");

        var departments = hr.get("api/v1/vision/champions?size=100");
        JsonObject retail = PortalClient.json(departments).getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(d -> d.getString("code").equals("RET"))
                .findFirst()
                .orElseThrow();
        String retailChampion =
                retail.getJsonArray("champions").getJsonObject(0).getString("employeeNumber");
        var championsByEmployee = employee.get("api/v1/vision/champions");
        var namedByExec =
                sendJson(exec, "PUT", "api/v1/vision/champions/RET/" + retailChampion, "{\"roleDescription\":\"x\"}");
        var elsewhere = sendJson(hr, "PUT", "api/v1/vision/champions/RET/" + me, "{\"roleDescription\":\"Carry it\"}");
        var blankRole =
                sendJson(hr, "PUT", "api/v1/vision/champions/RET/" + retailChampion, "{\"roleDescription\":\" \"}");
        var released = hr.send(HttpRequest.newBuilder(hr.resolve("api/v1/vision/champions/RET/" + retailChampion))
                .header("X-Requested-With", "XMLHttpRequest")
                .DELETE()
                .build());
        var releasedAgain = hr.send(HttpRequest.newBuilder(hr.resolve("api/v1/vision/champions/RET/" + retailChampion))
                .header("X-Requested-With", "XMLHttpRequest")
                .DELETE()
                .build());
        var renamed = sendJson(
                hr,
                "PUT",
                "api/v1/vision/champions/RET/" + retailChampion,
                "{\"roleDescription\":\"Brings the counter's view\"}");

        var ownBrief = employee.get("api/v1/outcomes/brief/CC");
        var otherBrief = employee.get("api/v1/outcomes/brief/RET");
        var leadsOtherBrief = lead.get("api/v1/outcomes/brief/RET");
        String idea = "{\"departmentCode\":\"%s\",\"kind\":\"IDEA\",\"title\":\"%s\","
                + "\"observation\":\"Customers wait for a call back that never comes.\"}";
        var raised =
                sendJson(employee, "POST", "api/v1/vision/ideas", idea.formatted("CC", "Call back within the hour"));
        var forRetail = sendJson(employee, "POST", "api/v1/vision/ideas", idea.formatted("RET", "Not mine"));
        var untitled = sendJson(employee, "POST", "api/v1/vision/ideas", idea.formatted("CC", " "));
        var byNonChampion = sendJson(lead, "POST", "api/v1/vision/ideas", idea.formatted("CC", "Lead's idea"));
        long id = PortalClient.json(raised).getJsonNumber("id").longValue();
        long version = PortalClient.json(raised).getJsonNumber("version").longValue();
        String answer = "{\"status\":\"%s\",\"answer\":\"%s\",\"ownerNumber\":%s,\"version\":%d}";
        var answeredByEmployee = sendJson(
                employee,
                "POST",
                "api/v1/vision/ideas/" + id + "/answers",
                answer.formatted("ANSWERED", "Yes", "null", version));
        var answeredByLead = sendJson(
                lead,
                "POST",
                "api/v1/vision/ideas/" + id + "/answers",
                answer.formatted("ANSWERED", "Yes", "null", version));
        var seenByLead = lead.get("api/v1/vision/ideas");
        var blankAnswer = sendJson(
                hr,
                "POST",
                "api/v1/vision/ideas/" + id + "/answers",
                answer.formatted("ANSWERED", " ", "null", version));
        var inProgress = sendJson(
                hr,
                "POST",
                "api/v1/vision/ideas/" + id + "/answers",
                answer.formatted("IN_PROGRESS", "We try it in team A", "\"" + leadNumber + "\"", version));
        var stale = sendJson(
                hr,
                "POST",
                "api/v1/vision/ideas/" + id + "/answers",
                answer.formatted("ACTED_ON", "Done", "null", version));
        long newer = PortalClient.json(inProgress).getJsonNumber("version").longValue();
        var done = sendJson(
                hr,
                "POST",
                "api/v1/vision/ideas/" + id + "/answers",
                answer.formatted("ACTED_ON", "Done", "null", newer));
        var afterClosed = sendJson(
                hr,
                "POST",
                "api/v1/vision/ideas/" + id + "/answers",
                answer.formatted("DECLINED", "No", "null", newer + 1));
        var mine = employee.get("api/v1/vision/ideas/" + id);
        var waitingForExec = exec.get("api/v1/vision/ideas?status=RAISED");
        var badStatus = exec.get("api/v1/vision/ideas?status=MAYBE");

        assertEquals(200, departments.statusCode(), departments.body());
        assertEquals(403, championsByEmployee.statusCode());
        assertEquals(403, namedByExec.statusCode(), "leadership reads, HR and the head name");
        assertEquals(422, elsewhere.statusCode(), elsewhere.body());
        assertEquals("employeeNumber", fieldOf(elsewhere));
        assertEquals(422, blankRole.statusCode(), blankRole.body());
        assertEquals("roleDescription", fieldOf(blankRole));
        assertEquals(204, released.statusCode(), released.body());
        assertEquals(404, releasedAgain.statusCode(), releasedAgain.body());
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Brings the counter's view", PortalClient.json(renamed).getString("roleDescription"));

        assertEquals(200, ownBrief.statusCode(), "a champion sees their department's customers: " + ownBrief.body());
        assertEquals("CC", PortalClient.json(ownBrief).getString("unitCode"));
        assertEquals(403, otherBrief.statusCode(), otherBrief.body());
        assertEquals(403, leadsOtherBrief.statusCode(), leadsOtherBrief.body());

        assertEquals(201, raised.statusCode(), raised.body());
        assertTrue(raised.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/vision/ideas/" + id));
        assertEquals("RAISED", PortalClient.json(raised).getString("status"));
        assertEquals(403, forRetail.statusCode(), forRetail.body());
        assertEquals(422, untitled.statusCode(), untitled.body());
        assertEquals("title", fieldOf(untitled));
        assertEquals(403, byNonChampion.statusCode(), byNonChampion.body());
        assertEquals(403, answeredByEmployee.statusCode(), answeredByEmployee.body());
        assertEquals(
                403, answeredByLead.statusCode(), "a team lead is not the department's head: " + answeredByLead.body());
        assertTrue(seenByLead.body().contains("\"id\":" + id + ","), "a lead sees what their team raised");
        assertEquals(422, blankAnswer.statusCode(), blankAnswer.body());
        assertEquals("answer", fieldOf(blankAnswer));
        assertEquals(200, inProgress.statusCode(), inProgress.body());
        assertEquals(leadNumber, PortalClient.json(inProgress).getString("ownerNumber"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("ACTED_ON", PortalClient.json(done).getString("status"));
        assertEquals(leadNumber, PortalClient.json(done).getString("ownerNumber"), "the owner stays");
        assertEquals(409, afterClosed.statusCode(), afterClosed.body());
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals("Done", PortalClient.json(mine).getString("answer"));
        assertEquals(200, waitingForExec.statusCode(), waitingForExec.body());
        assertTrue(
                PortalClient.json(waitingForExec).getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .allMatch(i -> i.getString("status").equals("RAISED")),
                waitingForExec.body());
        assertEquals(400, badStatus.statusCode(), badStatus.body());
    }

    @Test
    void aLeadSetsPlansForTheUnitsTheyLeadTheOwnerRecordsProgressAndLeadershipReads() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        String owner =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String due = java.time.LocalDate.now().plusDays(30).toString();
        String plan = "{\"unitCode\":\"%s\",\"title\":\"%s\",\"targetKind\":\"%s\",\"target\":\"No call-back\","
                + "\"rootCause\":%s,\"ownerNumber\":\"" + owner
                + "\",\"dueOn\":\"%s\",\"steps\":[\"Tickets\",\"Handover\"]}";

        var set = sendJson(
                lead,
                "POST",
                "api/v1/vision/action-plans",
                plan.formatted("CC-VOICE-A", "Every call-back kept", "COMPLAINT_CATEGORY", "\"A spreadsheet\"", due));
        var elsewhere = sendJson(
                lead,
                "POST",
                "api/v1/vision/action-plans",
                plan.formatted("RET", "Not mine", "OUTCOME_METRIC", "null", due));
        var byEmployee = sendJson(
                employee,
                "POST",
                "api/v1/vision/action-plans",
                plan.formatted("CC-VOICE-A", "Mine", "OUTCOME_METRIC", "null", due));
        var untitled = sendJson(
                lead,
                "POST",
                "api/v1/vision/action-plans",
                plan.formatted("CC-VOICE-A", " ", "OUTCOME_METRIC", "null", due));
        var noCause = sendJson(
                lead,
                "POST",
                "api/v1/vision/action-plans",
                plan.formatted("CC-VOICE-A", "Why", "COMPLAINT_CATEGORY", "null", due));
        var past = sendJson(
                lead,
                "POST",
                "api/v1/vision/action-plans",
                plan.formatted("CC-VOICE-A", "Late", "OUTCOME_METRIC", "null", "2020-01-01"));
        long id = PortalClient.json(set).getJsonNumber("id").longValue();
        long version = PortalClient.json(set).getJsonNumber("version").longValue();
        String progress = "{\"status\":\"%s\",\"percentDone\":%d,\"stepsDone\":[1],\"version\":%d}";
        var byExec = sendJson(
                exec,
                "PUT",
                "api/v1/vision/action-plans/" + id + "/progress",
                progress.formatted("IN_PROGRESS", 50, version));
        var byOwner = sendJson(
                employee,
                "PUT",
                "api/v1/vision/action-plans/" + id + "/progress",
                progress.formatted("IN_PROGRESS", 50, version));
        var stale = sendJson(
                lead,
                "PUT",
                "api/v1/vision/action-plans/" + id + "/progress",
                progress.formatted("COMPLETE", 50, version));
        var tooMuch = sendJson(
                lead,
                "PUT",
                "api/v1/vision/action-plans/" + id + "/progress",
                progress.formatted("IN_PROGRESS", 150, version + 1));
        var seenByExec = exec.get("api/v1/vision/action-plans/" + id);
        var ownersList = employee.get("api/v1/vision/action-plans?unit=CC-VOICE-A");
        var counts = exec.get("api/v1/vision/action-plans/counts?unit=CC");
        var badStatus = exec.get("api/v1/vision/action-plans?status=SOMEDAY");

        assertEquals(201, set.statusCode(), set.body());
        assertTrue(set.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/vision/action-plans/" + id));
        assertEquals("NOT_STARTED", PortalClient.json(set).getString("status"));
        assertEquals(2, PortalClient.json(set).getJsonArray("steps").size());
        assertEquals(403, elsewhere.statusCode(), elsewhere.body());
        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(422, untitled.statusCode(), untitled.body());
        assertEquals("title", fieldOf(untitled));
        assertEquals(422, noCause.statusCode(), noCause.body());
        assertEquals("rootCause", fieldOf(noCause));
        assertEquals(422, past.statusCode(), past.body());
        assertEquals("dueOn", fieldOf(past));
        assertEquals(403, byExec.statusCode(), "leadership reads, the owner and the lead record: " + byExec.body());
        assertEquals(200, byOwner.statusCode(), byOwner.body());
        assertEquals(50, PortalClient.json(byOwner).getInt("percentDone"));
        assertTrue(PortalClient.json(byOwner)
                .getJsonArray("steps")
                .getJsonObject(0)
                .getBoolean("done"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(422, tooMuch.statusCode(), tooMuch.body());
        assertEquals("percentDone", fieldOf(tooMuch));
        assertEquals(200, seenByExec.statusCode(), seenByExec.body());
        assertFalse(PortalClient.json(seenByExec).getBoolean("updatable"));
        assertEquals(200, ownersList.statusCode(), ownersList.body());
        assertTrue(ownersList.body().contains("\"id\":" + id + ","), "an employee sees their unit's plans");
        assertEquals(200, counts.statusCode(), counts.body());
        assertTrue(PortalClient.json(counts).getInt("open") >= 1, counts.body());
        assertEquals(400, badStatus.statusCode(), badStatus.body());
    }

    @Test
    void theBoardPackHasAPagePerDepartmentAndTheHeatmapInExcelForLeadershipOnly() throws Exception {
        client.login("exec", DEMO_PASSWORD);
        JsonObject heatmap = PortalClient.json(client.get("api/v1/vision/rollout"));
        int departments = heatmap.getJsonArray("rows").size();
        String first = heatmap.getJsonArray("rows").getJsonObject(0).getString("name");
        byte[] pdf = download("api/v1/vision/rollout/board-pack?format=pdf&lang=nl");
        byte[] xlsx = download("api/v1/vision/rollout/board-pack?format=xlsx");
        var wrongFormat = client.get("api/v1/vision/rollout/board-pack?format=doc");
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var byEmployee = employee.get("api/v1/vision/rollout/board-pack?format=pdf");

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(departments + 1, document.getNumberOfPages(), "the whole scope, then one page per department");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Bestuursrapport CX-uitrol"), "in the language asked for");
            assertTrue(text.contains(first), text);
            assertTrue(text.contains("Ambassadeurs benoemd"), "every area's dimensions, champions included");
        }
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Row> rows =
                    workbook.getFirstSheet().read();
            assertEquals(departments + 2, rows.size(), "a header, the whole scope and a row per department");
            assertEquals("Unit", rows.get(0).getCellText(0));
            assertEquals(
                    2 + heatmap.getJsonArray("dimensions").size(), rows.get(0).getCellCount());
            List<org.dhatim.fastexcel.reader.Row> detail =
                    workbook.getSheet(1).orElseThrow().read();
            assertEquals(
                    1 + (departments + 1) * heatmap.getJsonArray("dimensions").size(),
                    detail.size(),
                    "every cell in detail");
        }
        assertEquals(422, wrongFormat.statusCode(), wrongFormat.body());
        assertEquals("format", fieldOf(wrongFormat));
        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
    }

    @Test
    void leadershipAnnouncesToAUnitItsPeopleReadAndConfirmAndNobodyElseCan() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        String body = "{\"title\":\"%s\",\"body\":\"Read this.\",\"audience\":\"%s\",\"unitCode\":%s,"
                + "\"confirmRequested\":%s}";
        var toTeam = sendJson(
                exec,
                "POST",
                "api/v1/vision/announcements",
                body.formatted("Team A news " + System.nanoTime(), "UNIT", "\"CC-VOICE-A\"", "true"));
        var toRetail = sendJson(
                exec, "POST", "api/v1/vision/announcements", body.formatted("Retail news", "UNIT", "\"RET\"", "true"));
        var noConfirmation = sendJson(
                exec,
                "POST",
                "api/v1/vision/announcements",
                body.formatted("For everyone", "COMPANY", "null", "false"));
        var byEmployee = sendJson(
                employee, "POST", "api/v1/vision/announcements", body.formatted("Mine", "COMPANY", "null", "false"));
        var untitled =
                sendJson(exec, "POST", "api/v1/vision/announcements", body.formatted(" ", "COMPANY", "null", "false"));
        var noUnit =
                sendJson(exec, "POST", "api/v1/vision/announcements", body.formatted("Where", "UNIT", "null", "true"));
        long team = PortalClient.json(toTeam).getJsonNumber("id").longValue();
        long retail = PortalClient.json(toRetail).getJsonNumber("id").longValue();
        long everyone = PortalClient.json(noConfirmation).getJsonNumber("id").longValue();
        var mine = employee.get("api/v1/vision/announcements?size=100");
        String confirm = "api/v1/vision/announcements/%d/confirmations";
        var confirmed = sendJson(employee, "POST", confirm.formatted(team), "{}");
        var again = sendJson(employee, "POST", confirm.formatted(team), "{}");
        var notMine = sendJson(employee, "POST", confirm.formatted(retail), "{}");
        var nothingToConfirm = sendJson(employee, "POST", confirm.formatted(everyone), "{}");
        var reach = exec.get("api/v1/vision/announcements/" + team);
        var reachByEmployee = employee.get("api/v1/vision/announcements/" + team);

        assertEquals(201, toTeam.statusCode(), toTeam.body());
        assertTrue(
                toTeam.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/vision/announcements/" + team));
        assertTrue(PortalClient.json(toTeam).getJsonObject("reach").getInt("recipients") >= 10, toTeam.body());
        assertEquals(403, byEmployee.statusCode(), byEmployee.body());
        assertEquals(422, untitled.statusCode(), untitled.body());
        assertEquals("title", fieldOf(untitled));
        assertEquals(422, noUnit.statusCode(), noUnit.body());
        assertEquals("unitCode", fieldOf(noUnit));
        assertTrue(mine.body().contains("\"id\":" + team + ","), "sent to the employee's team");
        assertFalse(mine.body().contains("\"id\":" + retail + ","), "not sent to them");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertFalse(PortalClient.json(confirmed).isNull("confirmedAt"));
        assertFalse(PortalClient.json(confirmed).isNull("seenAt"), "read when listed");
        assertEquals(
                PortalClient.json(confirmed).getString("confirmedAt"),
                PortalClient.json(again).getString("confirmedAt"),
                "confirming again changes nothing");
        assertEquals(404, notMine.statusCode(), notMine.body());
        assertEquals(409, nothingToConfirm.statusCode(), nothingToConfirm.body());
        assertEquals(1, PortalClient.json(reach).getJsonObject("reach").getInt("confirmed"));
        assertEquals(403, reachByEmployee.statusCode());
    }

    @Test
    void hrAssessesADepartmentsMaturityAQuarterAtATimeAndLeadershipReadsTheStages() throws Exception {
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        var exec = new PortalClient(base.toURI());
        exec.login("exec", DEMO_PASSWORD);
        String quarter = com.cxcentric.vision.entity.MaturityAssessment.quarterOf(java.time.LocalDate.now());
        StringBuilder all = new StringBuilder("{\"answers\":{");
        for (var question : com.cxcentric.vision.entity.MaturityQuestion.values()) {
            all.append(question.ordinal() == 0 ? "" : ",")
                    .append('"')
                    .append(question)
                    .append("\":4");
        }
        String full = all.append("}}").toString();
        String path = "api/v1/vision/maturity/FS/" + quarter;

        var assessed = sendJson(hr, "PUT", path, full);
        var again = sendJson(hr, "PUT", path, full.replace(":4", ":3"));
        var missing = sendJson(hr, "PUT", path, "{\"answers\":{\"LEAD_1\":3}}");
        var outside = sendJson(hr, "PUT", path, full.replaceFirst(":4", ":7"));
        var future = sendJson(hr, "PUT", "api/v1/vision/maturity/FS/2999-Q1", full);
        var byLead = sendJson(lead, "PUT", path, full);
        var byExec = sendJson(exec, "PUT", path, full);
        var read = exec.get(path);
        var overview = exec.get("api/v1/vision/maturity?size=100");

        assertEquals(200, assessed.statusCode(), assessed.body());
        assertEquals("SCALE", PortalClient.json(assessed).getString("stage"), "every answer 4: Scale");
        assertEquals("MOBILIZE", PortalClient.json(again).getString("stage"), "again replaces the answers");
        assertEquals(422, missing.statusCode(), missing.body());
        assertEquals("answers.LEAD_2", fieldOf(missing));
        assertEquals(422, outside.statusCode(), outside.body());
        assertEquals("answers.LEAD_1", fieldOf(outside));
        assertEquals(422, future.statusCode(), future.body());
        assertEquals(403, byLead.statusCode(), "a team lead is not the department's head: " + byLead.body());
        assertEquals(403, byExec.statusCode(), "leadership reads: " + byExec.body());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(3.0, PortalClient.json(read).getJsonNumber("score").doubleValue(), 1e-9);
        assertTrue(
                PortalClient.json(overview).getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .filter(d -> d.getString("code").equals("FS"))
                        .allMatch(d ->
                                d.getJsonObject("latest").getString("quarter").equals(quarter)
                                        && !d.isNull("previous")),
                overview.body());
    }
}
