package com.cxcentric.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The built cx.ear, unchanged, on Payara Server 6: it deploys, its web module serves the login
 * page and the API, and an EJB of each EJB module answers through them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {

    private static final Path EAR = Path.of(System.getProperty("cx.ear", "target/cx.ear"));
    private static final URI APP = URI.create("http://localhost:" + PayaraServer.HTTP_PORT + "/cx/");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static PayaraServer server;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void deployTheEar() throws Exception {
        server = new PayaraServer(
                Path.of(System.getProperty("payara.home", "target/payara6")), Path.of("target/domains"));
        server.createAndStart();
        try {
            server.deploy(EAR);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    e.getMessage() + "\n--- server.log (end) ---\n" + tail(server.serverLog()), e);
        }
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(APP.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String user, String password) throws Exception {
        var page = get("login.xhtml");
        var matcher = VIEW_STATE.matcher(page.body());
        assertTrue(matcher.find(), "login page has a form");
        String form =
                "loginForm=loginForm&loginForm%3Ausername=" + encode(user) + "&loginForm%3Apassword=" + encode(password)
                        + "&loginForm%3Anext=&loginForm%3AsignIn=&jakarta.faces.ViewState=" + encode(matcher.group(1));
        // The Content-Security-Policy nonce PrimeFaces' script adds to every form in a browser.
        var nonce = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)")
                .matcher(page.body());
        if (nonce.find()) {
            form += "&primefaces.nonce=" + encode(nonce.group(1));
        }
        var response = http.send(
                HttpRequest.newBuilder(APP.resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), "sign-in of " + user);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static jakarta.json.JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    @Test
    void theLoginPageRenders() throws Exception {
        var response = get("login.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("loginForm:username"));
        assertTrue(
                response.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("'nonce-"),
                "the page's policy comes from the web module in the EAR too");
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.body().contains("primefaces"), "PrimeFaces resources are served");
    }

    @Test
    void theApiAnswersAnonymousCallersWithAProblem() throws Exception {
        var response = get("api/v1/employees");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void theCourseCatalogAndMyTrainingAnswerFromTheEjbModule() throws Exception {
        signIn("employee", "demo");

        var courses = get("api/v1/training/courses");
        var mine = get("api/v1/me/training");

        assertEquals(200, courses.statusCode(), courses.body());
        var codes = jsonArray(courses).stream()
                .map(c -> c.asJsonObject().getString("code"))
                .toList();
        assertTrue(
                codes.containsAll(List.of("CX-EVERYONE", "CX-QUESTIONS", "CX-RECOVERY", "CX-VISION")),
                "the starter curriculum, whatever other tests added to the shared database: " + codes);
        assertEquals(200, mine.statusCode(), mine.body());
        assertFalse(jsonArray(mine).isEmpty(), "the demo employee has training");
    }

    @Test
    void theTrainingReportsAndCoachingAnswerFromTheEjbModule() throws Exception {
        signIn("lead", "demo");

        var completion = get("api/v1/training-reports/completion?groupBy=COURSE");
        var trend = get("api/v1/coaching/trend");

        assertEquals(200, completion.statusCode(), completion.body());
        assertFalse(jsonArray(completion).isEmpty(), "the demo team's training, counted in the EJB module");
        assertEquals(200, trend.statusCode(), trend.body());
        assertEquals(12, json(trend).getJsonArray("months").size());
    }

    @Test
    void theTrainingModuleEjbAnswersThroughTheApi() throws Exception {
        signIn("employee", "demo");

        var response = get("api/v1/competencies");

        assertEquals(200, response.statusCode(), response.body());
        var codes = json(response).getJsonArray("items").stream()
                .map(c -> c.asJsonObject().getString("code"))
                .toList();
        assertTrue(
                codes.containsAll(List.of(
                        "CUSTOMER_CENTRICITY", "QUESTIONING", "SERVICE_RECOVERY", "SERVICE_STANDARDS", "CX_VISION")),
                "the competency framework, customer centricity included: " + codes);
    }

    @Test
    void thePeopleModuleEjbsAnswerThroughTheApi() throws Exception {
        signIn("hr", "demo");

        var employees = get("api/v1/employees?size=5");
        var segments = get("api/v1/segments");

        assertEquals(200, employees.statusCode(), employees.body());
        assertFalse(json(employees).getJsonArray("items").isEmpty(), "the directory of the demo company");
        assertEquals(200, segments.statusCode(), segments.body());
        assertFalse(json(segments).getJsonArray("items").isEmpty(), "the demo company's segments");
    }

    @Test
    void theMessagesOfThePeopleModuleRenderInThePersonsLanguage() throws Exception {
        signIn("employee", "demo");

        var response = get("me/messages.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(
                Pattern.compile(
                                "Training assigned: |Reminder: |Overdue: |Your certification for |A short refresher on ")
                        .matcher(response.body())
                        .find(),
                "the demo employee's messages, rendered from cx-people's texts");
    }

    @Test
    void theOutcomesModuleEjbAnswersThroughTheApi() throws Exception {
        signIn("hr", "demo");
        var today = LocalDate.now();

        var response = get("api/v1/outcomes/metrics?from=" + today.minusYears(1) + "&to=" + today);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).getJsonNumber("responses").longValue() > 0, "the demo company's feedback");
    }

    @Test
    void theRewardsModuleEjbAnswersThroughTheApi() throws Exception {
        signIn("employee", "demo");

        var response = get("api/v1/company-values");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(5, json(response).getJsonArray("items").size());
    }

    @Test
    void theHomePageShowsDataFromTheEjbModules() throws Exception {
        signIn("lead", "demo");

        var response = get("home.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"peopleILeadTitle\""), "organization data from cx-people");
        assertTrue(response.body().contains("Service recovery"), "competencies from cx-training");
        assertTrue(response.body().contains("Own it"), "values from cx-vision");
    }

    @Test
    void healthIsUp() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + PayaraServer.HTTP_PORT + "/health/ready"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void theEarHoldsEveryJarOnce() throws Exception {
        List<String> jars = new ArrayList<>();
        try (var ear = new ZipFile(EAR.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(ear.entries())) {
                if (entry.getName().endsWith(".jar")) {
                    jars.add(entry.getName());
                } else if (entry.getName().endsWith(".war")) {
                    try (var war = new ZipInputStream(ear.getInputStream(entry))) {
                        for (ZipEntry inner = war.getNextEntry(); inner != null; inner = war.getNextEntry()) {
                            if (inner.getName().endsWith(".jar")) {
                                jars.add(entry.getName() + "!" + inner.getName());
                            }
                        }
                    }
                }
            }
        }
        var seen = new HashSet<String>();
        for (String jar : jars) {
            String artifact = jar.substring(jar.lastIndexOf('/') + 1).replaceAll("-\\d[\\w.-]*\\.jar$", ".jar");
            assertTrue(seen.add(artifact), "twice in the EAR: " + artifact + " in " + jars);
        }
        assertTrue(jars.contains("lib/cx-model.jar"), jars.toString());
        for (String module :
                List.of("cx-people.jar", "cx-outcomes.jar", "cx-vision.jar", "cx-training.jar", "cx-rewards.jar")) {
            assertTrue(jars.contains(module), module + " is an EJB module of the EAR: " + jars);
        }
    }

    /** Runs last: restarts the server with the EAR deployed and checks it comes back with its data. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theApplicationComesBackWithItsDataAfterAServerRestart() throws Exception {
        server.stop();
        server.start();
        waitForTheApplication();

        signIn("employee", "demo");
        var response = get("api/v1/company-values");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(5, json(response).getJsonArray("items").size());
    }

    /** start-domain returns before the deployed applications are loaded; wait for the login page. */
    private void waitForTheApplication() throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (true) {
            try {
                if (get("login.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the listener is not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cx did not come back after the restart\n" + tail(server.serverLog()));
            }
            Thread.sleep(500);
        }
    }
}
