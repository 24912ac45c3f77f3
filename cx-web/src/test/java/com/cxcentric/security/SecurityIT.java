package com.cxcentric.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.testsupport.ApiEndpoints;
import com.cxcentric.testsupport.Deployments;
import com.cxcentric.testsupport.PortalClient;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void pagesNoConstraintNamesAreDeniedToo() {
        assertEquals(302, client.get("secret-report.xhtml").statusCode(), "anonymous: to the login page");
        client.login("employee", DEMO_PASSWORD);

        assertEquals(403, client.get("secret-report.xhtml").statusCode());
        assertEquals(403, client.get("WEB-INF/web.xml").statusCode());
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

        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
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
}
