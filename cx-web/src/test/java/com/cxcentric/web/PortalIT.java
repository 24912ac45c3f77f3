package com.cxcentric.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.testsupport.Browser;
import com.cxcentric.testsupport.Deployments;
import com.cxcentric.testsupport.PortalClient;
import com.cxcentric.web.pages.ActionPlansPage;
import com.cxcentric.web.pages.ApiTokensPage;
import com.cxcentric.web.pages.ApprovalsPage;
import com.cxcentric.web.pages.AssignmentsPage;
import com.cxcentric.web.pages.AwardsPage;
import com.cxcentric.web.pages.CoachingPage;
import com.cxcentric.web.pages.CompetenciesPage;
import com.cxcentric.web.pages.CorrectionsPage;
import com.cxcentric.web.pages.CourseEditorPage;
import com.cxcentric.web.pages.CoursePage;
import com.cxcentric.web.pages.CoursesPage;
import com.cxcentric.web.pages.DirectoryPage;
import com.cxcentric.web.pages.EmployeeEditPage;
import com.cxcentric.web.pages.FeedbackUploadPage;
import com.cxcentric.web.pages.FollowUpsPage;
import com.cxcentric.web.pages.FulfilmentPage;
import com.cxcentric.web.pages.Header;
import com.cxcentric.web.pages.HomePage;
import com.cxcentric.web.pages.IdeasPage;
import com.cxcentric.web.pages.ImportPage;
import com.cxcentric.web.pages.LoginPage;
import com.cxcentric.web.pages.MyFeedbackPage;
import com.cxcentric.web.pages.MyRewardsPage;
import com.cxcentric.web.pages.MyTeamPage;
import com.cxcentric.web.pages.MyTrainingPage;
import com.cxcentric.web.pages.OrgChartPage;
import com.cxcentric.web.pages.OutcomesPage;
import com.cxcentric.web.pages.ProfilePage;
import com.cxcentric.web.pages.RecognitionPage;
import com.cxcentric.web.pages.RefresherPage;
import com.cxcentric.web.pages.ReportsPage;
import com.cxcentric.web.pages.RewardSchemeEditPage;
import com.cxcentric.web.pages.SegmentEditPage;
import com.cxcentric.web.pages.SegmentPage;
import com.cxcentric.web.pages.ServiceCatalogPage;
import com.cxcentric.web.pages.TrainingImpactPage;
import com.cxcentric.web.pages.TrainingReportsPage;
import com.cxcentric.web.pages.TrainingRulesPage;
import com.cxcentric.web.pages.VisionEditPage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal in headless Chromium, as each demo role uses it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {

    private static final String DEMO_PASSWORD = "demo";
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final List<String> ADMIN_MENU = List.of(
            "Home",
            "My profile",
            "What my customers said",
            "My training",
            "My recognition",
            "My awards",
            "My rewards",
            "Approvals and nominations",
            "Messages",
            "Announcements",
            "Action plans",
            "Assign training",
            "Coaching",
            "Directory",
            "Org chart",
            "Import",
            "Segments",
            "Upload feedback",
            "Touchpoints and standards",
            "Courses",
            "Competencies",
            "Training rules",
            "Training history",
            "Reward schemes",
            "Rewards and fulfilment",
            "Badges",
            "Budgets",
            "Reported recognition",
            "Points corrections",
            "Outcomes",
            "Training reports",
            "Training impact",
            "Recognition equity",
            "CX vision",
            "CX rollout",
            "CX maturity",
            "Customer champions",
            "Front-line ideas",
            "Accounts",
            "API tokens");
    /** The demo employee's menu: every role's pages, and the ideas of the department they champion. */
    private static final List<String> EVERYONE_MENU = List.of(
            "Home",
            "My profile",
            "What my customers said",
            "My training",
            "My recognition",
            "My awards",
            "My rewards",
            "Approvals and nominations",
            "Messages",
            "Announcements",
            "Action plans",
            "Front-line ideas");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** " of 1 person", " of 12 people": the plural the portal writes. */
    private static String ofPeople(int members) {
        return members == 1
                ? " of 1 person"
                : " of " + String.format(java.util.Locale.ENGLISH, "%,d", members) + " people";
    }

    /** An HTTP client signed in as HR, for arranging and checking data beside the browser. */
    private PortalClient hrApi() {
        return apiAs("hr");
    }

    private PortalClient apiAs(String user) {
        try {
            var api = new PortalClient(base.toURI());
            api.login(user, DEMO_PASSWORD);
            return api;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private HomePage signIn(String user, String password) {
        return LoginPage.open(browser.driver(), base).signInAs(user, password, browser.waiting());
    }

    @Test
    void anAdministratorSeesAdministrationAndTheSystem() {
        HomePage home = signIn("admin", ADMIN_PASSWORD);
        browser.screenshot("home-admin");

        assertEquals(ADMIN_MENU, home.menu());
        assertTrue(home.showsSystemStatus());
        assertTrue(home.showsHeadcount());
    }

    @Test
    void hrSeesItselfAndTheHeadcountButNoAdministration() {
        HomePage home = signIn("hr", DEMO_PASSWORD);
        browser.screenshot("home-hr");

        assertEquals(
                List.of(
                        "Home",
                        "My profile",
                        "What my customers said",
                        "My training",
                        "My recognition",
                        "My awards",
                        "My rewards",
                        "Approvals and nominations",
                        "Messages",
                        "Announcements",
                        "Action plans",
                        "Assign training",
                        "Coaching",
                        "Directory",
                        "Org chart",
                        "Import",
                        "Segments",
                        "Upload feedback",
                        "Touchpoints and standards",
                        "Courses",
                        "Competencies",
                        "Training rules",
                        "Training history",
                        "Reward schemes",
                        "Rewards and fulfilment",
                        "Badges",
                        "Budgets",
                        "Reported recognition",
                        "Points corrections",
                        "Outcomes",
                        "Training reports",
                        "Training impact",
                        "Recognition equity",
                        "CX vision",
                        "CX rollout",
                        "CX maturity",
                        "Customer champions",
                        "Front-line ideas"),
                home.menu());
        assertFalse(home.myName().isBlank());
        assertTrue(home.headcount() >= 270, "headcount " + home.headcount());
        long departments = PortalClient.json(hrApi().get("api/v1/org-units?size=500")).getJsonArray("items").stream()
                .filter(u -> "DEPARTMENT".equals(u.asJsonObject().getString("type", "")))
                .count();
        assertTrue(departments >= 6, "the demo's six departments, and any a test added");
        assertEquals(departments, home.motivatorMixRows(), "one row per department");
        assertTrue(
                home.motivatorFirstChoices() > 0, "the demo's people rank motivators: " + home.motivatorFirstChoices());
        assertFalse(home.showsSystemStatus());
    }

    @Test
    void aTeamLeadSeesTheTeamAndThePeopleLed() {
        HomePage home = signIn("lead", DEMO_PASSWORD);
        browser.screenshot("home-lead");

        assertTrue(
                home.unitsILead().stream().anyMatch(u -> u.startsWith("Voice Team A")),
                home.unitsILead().toString());
        assertTrue(home.peopleILead() >= 10, "people led " + home.peopleILead());
        assertFalse(home.showsHeadcount());
        assertEquals(
                List.of(
                        "Home",
                        "My profile",
                        "What my customers said",
                        "My training",
                        "My recognition",
                        "My awards",
                        "My rewards",
                        "Approvals and nominations",
                        "Messages",
                        "Announcements",
                        "Action plans",
                        "Assign training",
                        "Coaching",
                        "Outcomes",
                        "Training reports",
                        "Training impact",
                        "CX rollout",
                        "CX maturity",
                        "Customer champions",
                        "Front-line ideas",
                        "My team",
                        "Follow-ups"),
                home.menu());
    }

    @Test
    void anEmployeeSeesTheirTeamLeadAndWhatTheCompanyStandsFor() {
        HomePage lead = signIn("lead", DEMO_PASSWORD);
        String leadName = lead.myName();
        lead.signOut();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:username")));

        HomePage home = LoginPage.current(browser.driver()).signInAs("employee", DEMO_PASSWORD, browser.waiting());
        browser.screenshot("home-employee");

        assertTrue(home.myLead().startsWith(leadName), home.myLead() + " / " + leadName);
        assertTrue(
                home.competencies() >= 5,
                "the competency framework, customer centricity included, and any HR added: " + home.competencies());
        assertEquals(5, home.values());
        assertTrue(
                home.schemes().stream().anyMatch(s -> s.contains("Contact centre CSAT champions")),
                "the demo's contact-centre scheme covers them: " + home.schemes());
        assertFalse(home.showsHeadcount());
        assertEquals(EVERYONE_MENU, home.menu());
    }

    @Test
    void anExecutiveSeesTheCompanyHeadcountAndLeadsEveryone() {
        HomePage home = signIn("exec", DEMO_PASSWORD);
        browser.screenshot("home-exec");

        assertTrue(home.showsHeadcount());
        assertEquals(
                List.of(
                        "Home",
                        "My profile",
                        "What my customers said",
                        "My training",
                        "My recognition",
                        "My awards",
                        "My rewards",
                        "Approvals and nominations",
                        "Messages",
                        "Announcements",
                        "Action plans",
                        "Outcomes",
                        "Training reports",
                        "Training impact",
                        "Recognition equity",
                        "CX vision",
                        "CX rollout",
                        "CX maturity",
                        "Customer champions",
                        "Front-line ideas"),
                home.menu());
        assertTrue(home.myLead().startsWith("Nobody"), home.myLead());
        assertEquals(3, home.furthestBehind().size(), "the three departments furthest behind");
        assertTrue(home.furthestBehind().contains("People & Technology"), "the demo's lagging department");
        assertEquals(5, home.thisMonth().size(), home.thisMonth().toString());
        assertTrue(
                home.thisMonth().get(0).endsWith("the vision"), home.thisMonth().toString());
        assertTrue(
                home.unitsILead().stream().anyMatch(u -> u.startsWith("Lumen Home & Living")),
                home.unitsILead().toString());
    }

    @Test
    void anEmployeeIsRefusedAnAdministrationPage() {
        signIn("employee", DEMO_PASSWORD);

        browser.driver().get(base + "admin/api-tokens.xhtml");

        assertTrue(browser.driver().findElement(By.id("errorPage")).getText().contains("do not give access"));
        assertEquals("403", browser.driver().findElement(By.id("errorPage")).getAttribute("data-error"));
    }

    @Test
    void aProtectedPageAskedForBeforeLoginOpensAfterIt() {
        browser.driver().get(base + "admin/accounts.xhtml");

        LoginPage.current(browser.driver()).submit("admin", ADMIN_PASSWORD, browser.waiting());

        browser.waiting().until(ExpectedConditions.urlContains("/admin/accounts.xhtml"));
        assertTrue(browser.driver().findElement(By.id("accountsForm")).getText().contains("employee"));
    }

    @Test
    void aWrongPasswordIsExplainedOnTheLoginPage() {
        LoginPage login = LoginPage.open(browser.driver(), base);

        login.submit("exec", "wrong-password", browser.waiting());

        assertTrue(login.messages().contains("Sign-in failed"), login.messages());
    }

    @Test
    void theLanguageSwitchesToDutchAndIsRememberedAtTheNextSignIn() {
        signIn("exec", DEMO_PASSWORD);
        try {
            Header.of(browser.driver()).chooseLanguage("nl", browser.waiting());
            browser.screenshot("home-exec-nl");

            assertTrue(HomePage.current(browser.driver()).greeting().startsWith("Welkom"));
            assertEquals("Start", HomePage.current(browser.driver()).menu().get(0));

            browser.driver().manage().deleteAllCookies();
            HomePage again = signIn("exec", DEMO_PASSWORD);
            assertEquals("nl", Header.of(browser.driver()).pageLanguage());
            assertTrue(again.greeting().startsWith("Welkom"), again.greeting());
        } finally {
            // The choice is stored with the account; give the other tests their English back.
            Header.of(browser.driver()).chooseLanguage("en", browser.waiting());
        }
    }

    @Test
    void hrSearchesTheDirectoryAndOpensAnEmployee() {
        signIn("hr", DEMO_PASSWORD);
        DirectoryPage directory = DirectoryPage.open(browser.driver(), base, browser.waiting());
        assertEquals(25, directory.rowsShown(), "a page of 25");
        assertTrue(directory.pageReport().matches("1–25 / \\d{3}"), directory.pageReport());

        directory.search("E00001");
        browser.screenshot("directory");

        assertEquals(List.of("E00001"), directory.numbersShown());
        directory.openFirst();
        assertEquals(
                "E00001", browser.driver().findElement(By.id("employeeNumber")).getText());
        assertTrue(
                browser.driver().findElement(By.id("employeeData")).getText().contains("exec"),
                "shows the linked login");
    }

    @Test
    void aTeamLeadSeesTheTeamWithMotivatorsAndOpensAMember() {
        signIn("lead", DEMO_PASSWORD);

        MyTeamPage team = MyTeamPage.open(browser.driver(), base);
        browser.screenshot("my-team");
        assertTrue(team.rowsShown() >= 10, "rows " + team.rowsShown());
        String name = team.firstMemberName();
        team.openFirstMember();

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("memberNumber")));
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains(name));
    }

    @Test
    void aTeamLeadWhoEditsTheUrlToSomeoneOutsideTheTeamIsRefused() {
        signIn("lead", DEMO_PASSWORD);

        browser.driver().get(base + "lead/team-member.xhtml?number=E00001");

        assertEquals("403", browser.driver().findElement(By.id("errorPage")).getAttribute("data-error"));
    }

    @Test
    void anEmployeeRanksMotivatorsAndFindsTheRankingAgain() {
        signIn("employee", DEMO_PASSWORD);
        ProfilePage profile = ProfilePage.open(browser.driver(), base, browser.waiting());
        assertTrue(profile.data().contains("Voice Team A"), profile.data());

        profile.clearRanking();
        profile.add("TIME_OFF");
        profile.add("LEARNING_BUDGET");
        profile.add("PUBLIC_RECOGNITION");
        profile.moveUp("LEARNING_BUDGET");
        profile.save();
        browser.screenshot("my-profile");

        ProfilePage again = ProfilePage.open(browser.driver(), base, browser.waiting());
        assertEquals(List.of("LEARNING_BUDGET", "TIME_OFF", "PUBLIC_RECOGNITION"), again.ranking());
    }

    @Test
    void anAdministratorIssuesATokenThatOnlyReachesItsScopeUntilRevoked() throws Exception {
        signIn("admin", ADMIN_PASSWORD);
        ApiTokensPage tokens = ApiTokensPage.open(browser.driver(), base, browser.waiting());
        String name = "Browser test " + System.nanoTime();

        String secret = tokens.issue(name, "hr", "reference:read");
        browser.screenshot("api-tokens");

        var api = new PortalClient(base.toURI());
        assertEquals(200, api.get("api/v1/competencies", secret).statusCode());
        var wrongScope = api.get("api/v1/employees", secret);
        assertEquals(403, wrongScope.statusCode());
        assertTrue(PortalClient.json(wrongScope).getString("detail").contains("directory:read"));

        tokens.revoke(name);

        assertEquals(401, api.get("api/v1/competencies", secret).statusCode());
    }

    @Test
    void hrImportsAFileWithErrorsSeesEachRefusedRowFixesItAndImports() throws Exception {
        String p = "B" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String header = "Employee No;Given name;Surname;Unit;Reports to;Contact level;Hire date\n";
        Path broken = Files.createTempFile("people-", ".csv");
        Files.writeString(
                broken,
                header
                        + p + "-2;Budi;Santoso;CC-VOICE-A;" + p + "-1;FRONT_LINE;2025-03-01\n"
                        + p + "-1;Ana;Wijaya;CC;;SOMETIMES;2020-01-01\n"
                        + p + "-3;Cita;Lim;CC-VOICE-A;;FRONT_LINE;01/02/2025\n",
                StandardCharsets.UTF_8);
        Path fixed = Files.createTempFile("people-fixed-", ".csv");
        Files.writeString(
                fixed,
                header
                        + p + "-2;Budi;Santoso;CC-VOICE-A;" + p + "-1;FRONT_LINE;2025-03-01\n"
                        + p + "-1;Ana;Wijaya;CC;;LEADERSHIP;2020-01-01\n"
                        + p + "-3;Cita;Lim;CC-VOICE-A;;FRONT_LINE;2025-02-01\n",
                StandardCharsets.UTF_8);
        signIn("hr", DEMO_PASSWORD);

        ImportPage withErrors =
                ImportPage.open(browser.driver(), base, browser.waiting()).preview(broken);
        browser.screenshot("import-preview-errors");

        assertEquals(3, withErrors.summary("summaryRows"));
        assertEquals(3, withErrors.summary("summaryRejected"));
        assertEquals(0, withErrors.summary("summaryNew"));
        List<String> refused = withErrors.rejections();
        assertEquals(3, refused.size(), refused::toString);
        assertTrue(refused.get(0).startsWith("2 | " + p + "-2 | Manager (employee number) | "), refused.get(0));
        assertTrue(refused.get(0).contains("row 3"), refused.get(0));
        assertTrue(refused.get(1).startsWith("3 | " + p + "-1 | Customer contact | "), refused.get(1));
        assertTrue(refused.get(1).contains("SOMETIMES"), refused.get(1));
        assertTrue(refused.get(2).startsWith("4 | " + p + "-3 | Hire date | "), refused.get(2));

        ImportPage clean = withErrors.startOver().preview(fixed);
        assertEquals(0, clean.summary("summaryRejected"));
        assertEquals(3, clean.summary("summaryNew"));
        ImportPage done = clean.commit();
        browser.screenshot("import-receipt");

        assertEquals(3, done.receipt("receiptCreated"));
        assertEquals(0, done.receipt("receiptRejected"));
        assertTrue(done.newestImport().contains("people-fixed-"), done.newestImport());
    }

    @Test
    void hrUploadsASurveyExportSkipsItsDescriptiveRowsAndSeesEachRefusedLine() throws Exception {
        String p = "U" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String day = java.time.LocalDate.now().minusDays(3).toString();
        Path export = Files.createTempFile("survey-", ".csv");
        Files.writeString(
                export,
                "ResponseId,RecordedDate,Channel,Agent,Likelihood to recommend,Comments\n"
                        + "Response ID,Recorded Date,Channel,Agent,How likely are you to recommend us?,Anything else?\n"
                        + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\",ch,ag,q1,q2\n"
                        + p + "-1," + day + " 10:15:00,PHONE,E00010,9,Very helpful\n"
                        + p + "-2," + day + " 11:00:00,FAX,E00010,8,\n"
                        + p + "-3," + day + " 12:00:00,STORE,E00011;E00012,11,Too slow\n"
                        + p + "-4," + day + " 13:30:00,CHAT,,7,\n",
                StandardCharsets.UTF_8);
        signIn("hr", DEMO_PASSWORD);

        FeedbackUploadPage upload = FeedbackUploadPage.open(browser.driver(), base, browser.waiting())
                .read(p, export);
        String firstBefore = upload.sample().get(0);
        String skipped = upload.descriptiveRowsNotice();
        browser.screenshot("feedback-upload-mapping");
        List<String> sample = upload.sample();
        upload.importFile();
        browser.screenshot("feedback-upload-receipt");
        int accepted = upload.receipt("receiptAccepted");
        List<String> refused = upload.refused();
        FeedbackUploadPage again = FeedbackUploadPage.open(browser.driver(), base, browser.waiting())
                .read(p, export)
                .importFile();

        assertTrue(
                firstBefore.startsWith("4 | " + p + "-1 | "), "question texts and import ids skipped: " + firstBefore);
        assertTrue(skipped.contains("The 2 rows under the header describe the columns"), skipped);
        assertTrue(sample.get(0).startsWith("4 | " + p + "-1 | "), sample.get(0));
        assertTrue(sample.get(0).contains(day + "T10:15+07:00"), "read in the company time zone: " + sample.get(0));
        assertTrue(sample.get(2).contains("E00011, E00012"), sample.get(2));
        assertEquals(2, accepted);
        assertEquals(2, refused.size(), refused::toString);
        assertTrue(refused.get(0).startsWith("5 | " + p + "-2 | touchpoint | "), refused.get(0));
        assertTrue(refused.get(1).startsWith("6 | " + p + "-3 | nps | "), refused.get(1));
        assertEquals(2, again.receipt("receiptDuplicates"), "the saved mapping skips the rows again; nothing twice");
        assertEquals(0, again.receipt("receiptAccepted"));
    }

    @Test
    void hrAddsAServiceStandardAtAStepAndADuplicateCodeIsRefused() {
        String code = "CB_" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        signIn("hr", DEMO_PASSWORD);

        ServiceCatalogPage catalog = ServiceCatalogPage.open(browser.driver(), base, browser.waiting())
                .addStandard(code, "Call back within 15 minutes", 2, "15");
        browser.screenshot("service-catalog");
        List<String> standards = catalog.standards();
        List<String> refused = ServiceCatalogPage.open(browser.driver(), base, browser.waiting())
                .addStandard(code, "Same code again", 2, "10")
                .errors();

        assertTrue(
                standards.stream()
                        .anyMatch(r -> r.equals("PHONE | Call the customer back when promised | " + code
                                + " | Call back within 15 minutes | ≤ 15.00 minutes | Yes")),
                standards::toString);
        assertTrue(refused.stream().anyMatch(e -> e.contains(code) && e.contains("in use")), refused::toString);
    }

    @Test
    void hrBuildsASegmentWatchingThePreviewAndSavesIt() {
        String name = "Experienced technicians " + System.nanoTime();
        signIn("hr", DEMO_PASSWORD);

        SegmentEditPage editor = SegmentEditPage.openNew(browser.driver(), base, browser.waiting())
                .name(name)
                .textCondition(0, "JOB_TITLE_CONTAINS", "technician");
        int technicians = editor.previewCount();
        List<String> firstTechnicians = editor.previewMembers();
        editor.addCondition().tenureAtLeast(1, 12);
        int experienced = editor.previewCount();
        browser.screenshot("segment-editor");

        assertTrue(technicians > 0, "the demo company has technicians");
        assertFalse(firstTechnicians.isEmpty());
        assertTrue(
                firstTechnicians.stream().allMatch(line -> line.toLowerCase(java.util.Locale.ROOT)
                        .contains("technician")),
                firstTechnicians::toString);
        assertTrue(experienced > 0 && experienced <= technicians, experienced + " of " + technicians);

        SegmentPage saved = editor.save();
        browser.screenshot("segment-page");

        assertEquals(name, saved.title());
        assertEquals(experienced, saved.memberCount(), "the stored members are the previewed ones");
        assertTrue(
                saved.jobTitles().stream()
                        .allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("technician")),
                saved.jobTitles()::toString);
        assertEquals(4, saved.charts(), "size over time and three mixes");
    }

    @Test
    void hrEditsAPersonAndARefusedFieldIsExplainedWithNothingWritten() throws Exception {
        String p = "ED" + java.util.UUID.randomUUID().toString().substring(0, 6);
        var api = new PortalClient(base.toURI());
        api.login("hr", DEMO_PASSWORD);
        var imported =
                api.send(java.net.http.HttpRequest.newBuilder(api.resolve("api/v1/employee-imports?source=edit-it"))
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "Employee No;Given name;Surname;Unit;Reports to;Contact level;Job title\n"
                                        + p + "-1;Ana;Wijaya;CC;;LEADERSHIP;Lead\n"
                                        + p + "-2;Budi;Santoso;CC-VOICE-A;" + p + "-1;CUSTOMER_SUPPORT;Agent\n"))
                        .build());
        assertEquals(201, imported.statusCode(), imported.body());
        signIn("hr", DEMO_PASSWORD);

        List<String> refused = EmployeeEditPage.open(browser.driver(), base, browser.waiting(), p + "-1")
                .jobTitle("Head of complaints")
                .manager(p + "-2")
                .saveRefused();
        browser.screenshot("employee-edit-refused");

        assertEquals(1, refused.size(), refused::toString);
        assertTrue(refused.get(0).contains(p + "-1") && refused.get(0).contains(p + "-2"), refused.get(0));
        assertEquals(
                "Lead",
                PortalClient.json(api.get("api/v1/employees/" + p + "-1")).getString("jobTitle"));

        String shown = EmployeeEditPage.open(browser.driver(), base, browser.waiting(), p + "-2")
                .jobTitle("Senior Agent")
                .saveAndReadJobTitle();

        assertEquals("Senior Agent", shown);
        assertEquals(
                "Senior Agent",
                PortalClient.json(api.get("api/v1/employees/" + p + "-2")).getString("jobTitle"));
    }

    @Test
    void hrSeesTheOrgChartWithLeadsAndTheWholeCompanyCountedAtTheTop() {
        HomePage home = signIn("hr", DEMO_PASSWORD);
        int headcount = home.headcount();

        OrgChartPage chart = OrgChartPage.open(browser.driver(), base, browser.waiting());
        List<List<String>> rows = chart.rows();
        browser.screenshot("org-chart");

        assertTrue(rows.stream()
                .anyMatch(r -> r.get(0).contains("Lumen Home") && r.get(1).equals("Company")));
        assertEquals(
                headcount,
                chart.topLevelTotal() + chart.unplaced(),
                "each top-level unit counts everyone below it; people in no unit are stated apart");
        assertTrue(rows.stream()
                .anyMatch(r ->
                        r.get(0).contains("Customer Operations") && r.get(1).equals("Division")));
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r -> r.get(1).equals("Department") && !r.get(2).isEmpty()),
                "departments and their leads");
    }

    @Test
    void leadershipNarrowsTheOutcomesDashboardToAUnitAndSeesEveryFigureWithItsSample() throws Exception {
        // Feedback of this week for an agent and a store employee, whatever the database already holds.
        var api = new PortalClient(base.toURI());
        api.login("hr", DEMO_PASSWORD);
        String agent = PortalClient.json(api.get("api/v1/employees?q=Voice%20Team%20A&size=1"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("employeeNumber");
        String clerk = PortalClient.json(api.get("api/v1/employees?q=Store%20Bandung&size=1"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("employeeNumber");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")) + "T08:00:00+07:00";
        String p = "DB" + java.util.UUID.randomUUID().toString().substring(0, 6);
        var sent = api.postJson(
                "api/v1/feedback-batches?source=" + p,
                "[{\"externalId\":\"1\",\"occurredAt\":\"" + today
                        + "\",\"touchpoint\":\"PHONE\",\"employees\":[\"" + agent + "\"],\"nps\":10},"
                        + "{\"externalId\":\"2\",\"occurredAt\":\"" + today
                        + "\",\"touchpoint\":\"STORE\",\"employees\":[\"" + clerk + "\"],\"nps\":3}]");
        assertEquals(201, sent.statusCode(), sent.body());
        signIn("exec", DEMO_PASSWORD);
        OutcomesPage dashboard = OutcomesPage.open(browser.driver(), base, browser.waiting());
        int companyResponses = dashboard.responses();
        int companySample = dashboard.sample("nps");

        OutcomesPage contactCentre = dashboard.unit("CC");
        browser.screenshot("outcomes-dashboard");

        assertTrue(companyResponses >= 2 && companySample >= 2, companyResponses + " responses");
        assertTrue(contactCentre.responses() < companyResponses, contactCentre.responses() + " of " + companyResponses);
        assertFalse(contactCentre.kpi("nps").isBlank());
        assertTrue(contactCentre.unitRows().contains("Voice Team A"), contactCentre.unitRows()::toString);
        assertTrue(contactCentre.shownResponses() > 0, "the responses behind the figures");
        assertEquals(
                contactCentre.responses(), contactCentre.listedResponses(), "the list holds exactly those responses");
    }

    @Test
    void anEmployeeSeesTheirOwnCustomersWordsBesideTheirTeamsFiguresButNotTheDashboard() {
        signIn("employee", DEMO_PASSWORD);
        MyFeedbackPage mine = MyFeedbackPage.open(browser.driver(), base, browser.waiting());
        browser.screenshot("my-feedback");

        assertTrue(mine.teamSample() >= mine.mySample(), mine.teamSample() + " >= " + mine.mySample());
        assertTrue(mine.responses() >= mine.mySample(), "every response I have is mine");
        assertFalse(mine.showsWhoServed(), "no column naming other people");
        browser.driver().get(base + "outcomes/dashboard.xhtml");
        assertEquals("403", browser.driver().findElement(By.id("errorPage")).getAttribute("data-error"));
    }

    @Test
    void aTeamLeadContactsAnUnhappyCustomerAndRecordsTheRecovery() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("hr", DEMO_PASSWORD);
        String agent =
                PortalClient.json(api.get("api/v1/employees?q=Voice%20Team%20A&size=50")).getJsonArray("items").stream()
                        .map(v -> v.asJsonObject())
                        .filter(p -> "CUSTOMER_SUPPORT".equals(p.getString("contactLevel")))
                        .findFirst()
                        .orElseThrow()
                        .getString("employeeNumber");
        String comment =
                "Waited an hour " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7))
                .minusMinutes(30)
                .withNano(0)
                .toString();
        var sent = api.postJson(
                "api/v1/feedback-batches?source=follow-up-it",
                "[{\"externalId\":\"" + comment
                        + "\",\"occurredAt\":\""
                        + now + "\",\"touchpoint\":\"PHONE\",\"employees\":[\"" + agent + "\"],\"nps\":2,\"comment\":\""
                        + comment + "\"}]");
        assertEquals(201, sent.statusCode(), sent.body());
        signIn("lead", DEMO_PASSWORD);

        FollowUpsPage queue = FollowUpsPage.open(browser.driver(), base, browser.waiting());
        int before = queue.count();
        assertTrue(queue.quotes(comment), "the detractor waits for the agent's team lead");
        browser.screenshot("follow-ups");

        queue.recordRecovered(comment, "Called back, apologised, fixed the booking");

        assertEquals(before - 1, queue.count());
        assertFalse(queue.quotes(comment), "recorded: the loop is closed");
    }

    @Test
    void hrAssignsACourseToASegmentAndFollowsItUp() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("hr", DEMO_PASSWORD);
        var segment = PortalClient.json(api.get("api/v1/segments?size=50")).getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getInt("members") > 0)
                .findFirst()
                .orElseThrow();
        signIn("hr", DEMO_PASSWORD);

        AssignmentsPage page = AssignmentsPage.open(browser.driver(), base, browser.waiting(), "");
        String message =
                page.assignToSegment("CX-VISION", segment.getJsonNumber("id").longValue());
        browser.screenshot("assignments-hr");

        assertTrue(message.startsWith("Assigned to "), message);
        assertTrue(message.contains(ofPeople(segment.getInt("members"))), message);
        AssignmentsPage following = AssignmentsPage.open(browser.driver(), base, browser.waiting(), "");
        assertTrue(
                following.rows().stream()
                        .anyMatch(r -> r.contains(com.cxcentric.training.control.StarterCurriculum.json("CX-VISION")
                                .getString("title"))),
                following.rows()::toString);
        String again = AssignmentsPage.open(browser.driver(), base, browser.waiting(), "")
                .assignToSegment("CX-VISION", segment.getJsonNumber("id").longValue());
        assertTrue(again.startsWith("Assigned to 0 of "), "nobody gets it twice: " + again);
    }

    @Test
    void hrCreatesASegmentRuleThatReachesTheCurrentMembersAndRefusesTheSameRuleTwice() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("hr", DEMO_PASSWORD);
        var segment = PortalClient.json(api.get("api/v1/segments?size=50")).getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getInt("members") > 0)
                .reduce((first, second) -> second)
                .orElseThrow();
        long segmentId = segment.getJsonNumber("id").longValue();
        signIn("hr", DEMO_PASSWORD);

        TrainingRulesPage page = TrainingRulesPage.open(browser.driver(), base, browser.waiting());
        String created = page.create(segmentId, "CX-RECOVERY");
        browser.screenshot("training-rules");
        String twice = page.create(segmentId, "CX-RECOVERY");

        assertTrue(created.startsWith("Rule created and applied to the current members"), created);
        assertTrue(created.contains(ofPeople(segment.getInt("members"))), created);
        assertTrue(
                page.rows().stream()
                        .anyMatch(row -> row.contains(segment.getString("name"))
                                && row.contains(com.cxcentric.training.control.StarterCurriculum.json("CX-RECOVERY")
                                        .getString("title"))),
                page.rows()::toString);
        assertTrue(twice.contains("already has an active rule for CX-RECOVERY"), twice);
    }

    @Test
    void anEmployeeAnswersARefresherAndSeesEveryAnswerExplained() {
        var questions = com.cxcentric.training.control.StarterCurriculum.CODES.stream()
                .flatMap(code ->
                        com.cxcentric.training.control.StarterCurriculum.json(code).getJsonArray("questions").stream())
                .map(v -> v.asJsonObject())
                .toList();
        signIn("employee", DEMO_PASSWORD);
        MyTrainingPage.open(browser.driver(), base, browser.waiting());

        RefresherPage refresher = RefresherPage.openFirst(browser.driver(), browser.waiting());
        int asked = refresher.questions();
        refresher.answerAndSubmit(prompt -> questions.stream()
                .filter(q -> q.getString("prompt").equals(prompt))
                .flatMap(q -> q.getJsonArray("options").stream().map(o -> o.asJsonObject()))
                .filter(o -> o.getBoolean("correct"))
                .map(o -> o.getString("text"))
                .toList());
        browser.screenshot("refresher-result");

        assertEquals(3, asked, "three questions from the bank");
        assertEquals("3 of 3 right", refresher.score());
        assertEquals(3, refresher.explainedAnswers());
    }

    @Test
    void anEmployeeTakesTheLessonsPassesTheQuizAndDownloadsTheCertificate() throws Exception {
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        String number =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String name =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("name");
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        var assigned = hr.postJson(
                "api/v1/training/assignments",
                "{\"courseCode\":\"CX-QUESTIONS\","
                        + "\"target\":\"PEOPLE\",\"employeeNumbers\":[\"" + number + "\"],\"dueInDays\":14,"
                        + "\"mandatory\":true,\"message\":\"Before the new service desk opens\"}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(1, PortalClient.json(assigned).getInt("targeted"), "new, or already open from the demo data");
        var course = com.cxcentric.training.control.StarterCurriculum.json("CX-QUESTIONS");
        signIn("employee", DEMO_PASSWORD);

        CoursePage page =
                MyTrainingPage.open(browser.driver(), base, browser.waiting()).start(course.getString("title"));
        browser.screenshot("course-lesson");
        int lessons = course.getJsonArray("lessons").size();
        for (int i = 1; i <= lessons; i++) {
            assertTrue(page.lessonTitle().startsWith(i + ". "), page.lessonTitle());
            page = page.completeLesson();
        }
        assertTrue(page.showsQuiz(), "the quiz follows the last lesson");
        browser.screenshot("course-quiz");
        page = page.answerAndSubmit(prompt -> course.getJsonArray("questions").stream()
                .map(v -> v.asJsonObject())
                .filter(q -> q.getString("prompt").equals(prompt))
                .flatMap(q -> q.getJsonArray("options").stream().map(o -> o.asJsonObject()))
                .filter(o -> o.getBoolean("correct"))
                .map(o -> o.getString("text"))
                .toList());
        browser.screenshot("course-result");

        assertTrue(page.score().startsWith("You passed with 100%"), page.score());
        assertEquals(course.getInt("questionsPerAttempt"), page.explainedAnswers());
        var cookie = browser.driver().manage().getCookieNamed("CXSESSION");
        var pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(page.certificateLink()))
                                .header("Cookie", "CXSESSION=" + cookie.getValue())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertTrue(text.contains(name), text);
            assertTrue(text.contains("Asking the right questions"), text);
        }
        assertTrue(MyTrainingPage.open(browser.driver(), base, browser.waiting())
                .completed()
                .contains(course.getString("title")));
    }

    @Test
    void aTeamLeadSeesTheOverdueTrainingOfTheirOwnTeamOnly() throws Exception {
        var lead = new PortalClient(base.toURI());
        lead.login("lead", DEMO_PASSWORD);
        List<String> ledUnits = PortalClient.json(lead.get("api/v1/me")).getJsonArray("unitsILead").stream()
                .map(v -> v.asJsonObject().getString("name"))
                .toList();
        signIn("lead", DEMO_PASSWORD);

        AssignmentsPage overdue = AssignmentsPage.open(browser.driver(), base, browser.waiting(), "?state=OVERDUE");
        browser.screenshot("assignments-lead-overdue");

        assertFalse(overdue.rows().isEmpty(), "the demo team has overdue training");
        assertTrue(overdue.states().stream().allMatch("Overdue"::equals), overdue.states()::toString);
        assertTrue(overdue.units().stream().allMatch(ledUnits::contains), overdue.units() + " within " + ledUnits);
    }

    @Test
    void hrChangesACourseInItsNextRevisionAndPublishesIt() {
        signIn("hr", DEMO_PASSWORD);
        CoursesPage catalog = CoursesPage.open(browser.driver(), base, browser.waiting());
        assertTrue(catalog.row("CX-EVERYONE").contains("Published"), catalog.row("CX-EVERYONE"));
        // Other tests may have published revisions of the same course before this one.
        int revision = Integer.parseInt(catalog.row("CX-EVERYONE").replaceAll("(?s).*revision (\\d+).*", "$1"));

        var draft = catalog.edit("CX-EVERYONE").renameFirstLesson("Every job touches a customer, including yours");
        browser.screenshot("courses-draft");

        assertEquals("Every job touches a customer, including yours", draft.firstLessonTitle());
        catalog = CoursesPage.open(browser.driver(), base, browser.waiting());
        assertTrue(catalog.row("CX-EVERYONE").contains("Draft"), catalog.row("CX-EVERYONE"));
        catalog.publish("CX-EVERYONE");
        String row = CoursesPage.open(browser.driver(), base, browser.waiting()).row("CX-EVERYONE");
        assertTrue(row.contains("Published") && row.contains("revision " + (revision + 1)), revision + ": " + row);
    }

    @Test
    void anEmployeeRecognisesTheirLeadWhoSeesItWithThePoints() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("lead", DEMO_PASSWORD);
        var leadMe = PortalClient.json(api.get("api/v1/me")).getJsonObject("me");
        String leadName = leadMe.getString("name");
        // By number: the demo company's names repeat, its employee numbers do not.
        String leadNumber = leadMe.getString("employeeNumber");
        long leadReceived = PortalClient.json(api.get("api/v1/recognitions/points"))
                .getJsonNumber("received")
                .longValue();
        String what = "Took over my angry caller and kept the customer " + System.nanoTime();
        signIn("employee", DEMO_PASSWORD);
        RecognitionPage page = RecognitionPage.open(browser.driver(), base, browser.waiting());
        long before = page.givingLeft();

        String message = page.choose(leadNumber, "(" + leadNumber + ")").recognise("OWN_IT", what, 3);
        browser.screenshot("recognition-given");
        long after = page.givingLeft();
        List<String> given = page.tab("Given").cards();
        signIn("lead", DEMO_PASSWORD);
        RecognitionPage theirs = RecognitionPage.open(browser.driver(), base, browser.waiting());
        browser.screenshot("recognition-received");
        List<String> cards = theirs.cards();
        List<String> team = theirs.tab("My team").teamRows();
        browser.screenshot("recognition-team");

        assertTrue(message.contains(leadName + " recognised"), message);
        assertEquals(before - 3, after, "three points left the allowance");
        assertTrue(given.stream().anyMatch(c -> c.contains(what) && c.contains("+3")), given.toString());
        assertEquals(leadReceived + 3, theirs.received());
        assertTrue(cards.stream().anyMatch(c -> c.contains(what)), cards.toString());
        String employeeName = PortalClient.json(apiAs("employee").get("api/v1/me"))
                .getJsonObject("me")
                .getString("name");
        assertTrue(team.stream().anyMatch(r -> r.contains(employeeName)), "the lead's team tab lists them: " + team);
    }

    @Test
    void aTeamLeadRecordsACoachingObservationAndSeesItInThePersonsTrend() throws Exception {
        var client = new PortalClient(base.toURI());
        client.login("employee", DEMO_PASSWORD);
        var me = PortalClient.json(client.get("api/v1/me")).getJsonObject("me");
        String name = me.getString("name");
        signIn("lead", DEMO_PASSWORD);
        CoachingPage coaching = CoachingPage.open(browser.driver(), base, browser.waiting());
        String interaction = "Browser test call " + System.nanoTime();

        coaching.choosePerson(me.getString("employeeNumber"), name);
        coaching.describe(interaction);
        coaching.tick("GAP_QUESTION", "Shown");
        coaching.tick("APOLOGISED_OWNED", "Not shown");
        String message = coaching.save();
        browser.screenshot("coaching-lead");

        assertTrue(message.contains("1 of 2 behaviours shown (50%)"), message);
        assertTrue(coaching.personTrendHeading().startsWith(name), coaching.personTrendHeading());
        assertTrue(
                coaching.observations().get(0).contains(interaction),
                coaching.observations().toString());
        assertTrue(coaching.peopleObserved().stream().anyMatch(r -> r.contains(name)), "the team table lists them");
    }

    @Test
    void aTeamLeadSavingAnObservationWithoutAPersonIsToldWhatIsMissingAndNothingIsSaved() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("lead", DEMO_PASSWORD);
        int before = PortalClient.json(api.get("api/v1/coaching/observations?size=1"))
                .getInt("total");
        signIn("lead", DEMO_PASSWORD);
        CoachingPage coaching = CoachingPage.open(browser.driver(), base, browser.waiting());

        coaching.describe("A call where nobody was chosen");
        coaching.tick("GAP_QUESTION", "Shown");
        String message = coaching.save();

        assertTrue(message.contains("Choose the person you observed"), message);
        assertEquals(
                before,
                PortalClient.json(api.get("api/v1/coaching/observations?size=1"))
                        .getInt("total"));
    }

    @Test
    void leadershipReadsTheTrainingReportsAndNarrowsThemToAUnit() {
        signIn("exec", DEMO_PASSWORD);
        TrainingReportsPage reports = TrainingReportsPage.open(browser.driver(), base, browser.waiting());
        List<String> departments = reports.completionGroups();

        reports.narrowToUnit("CC");
        List<String> contactCentre = reports.completionGroups();
        reports.groupBy("TEAM");
        List<String> teams = reports.completionGroups();
        reports.openTab("Certification coverage");
        browser.screenshot("training-reports-coverage");
        List<String> coverage = reports.coverageRows();
        reports.openTab("Quiz results");

        assertTrue(departments.contains("Contact Centre") && departments.size() >= 5, departments.toString());
        assertEquals(List.of("Contact Centre"), contactCentre);
        assertTrue(teams.contains("Voice Team A") && teams.size() > 1, teams.toString());
        assertFalse(coverage.isEmpty(), "the demo segments require competencies");
        assertTrue(reports.attempts() > 0, "the demo company took quizzes");
        assertTrue(reports.exportLink("completionCsv").contains("unit=CC"), reports.exportLink("completionCsv"));
        assertTrue(reports.exportLink("completionCsv").contains("groupBy=TEAM"));
    }

    /** The company's share of people who confirmed the current vision, as the heatmap's total row has it. */
    private double visionConfirmed() {
        var total =
                PortalClient.json(apiAs("exec").get("api/v1/vision/rollout")).getJsonObject("total");
        return total.getJsonArray("cells").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("dimension").equals("VISION_ACKNOWLEDGED"))
                .findFirst()
                .map(c -> c.isNull("value") ? 0.0 : c.getJsonNumber("value").doubleValue())
                .orElseThrow();
    }

    @Test
    void leadershipPublishesTheVisionAnEmployeeConfirmsItAndTheHeatmapMoves() {
        signIn("exec", DEMO_PASSWORD);
        String published =
                VisionEditPage.open(browser.driver(), base, browser.waiting()).publish();
        double afterPublishing = visionConfirmed();
        HomePage.current(browser.driver()).signOut();

        HomePage home = signIn("employee", DEMO_PASSWORD);
        home.acknowledgeVision(browser.waiting());
        browser.screenshot("home-vision-confirmed");
        double afterConfirming = visionConfirmed();

        assertTrue(published.contains("published"), published);
        assertTrue(afterPublishing < 5, "a new version asks everyone again: " + afterPublishing);
        assertTrue(afterConfirming > afterPublishing, afterPublishing + " -> " + afterConfirming);
    }

    @Test
    void aLeadReopensTheirTeamsPlanAndTheCountsMove() {
        signIn("lead", DEMO_PASSWORD);
        ActionPlansPage before = ActionPlansPage.open(browser.driver(), base, browser.waiting());
        int open = before.open();
        int complete = before.complete();
        // The demo's plan is complete on a fresh database; a database kept from an earlier run has it reopened.
        int reopened = "Complete".equals(before.status("No call-back forgotten")) ? 1 : 0;
        String saved = before.progress("No call-back forgotten", "IN_PROGRESS", 90);
        ActionPlansPage after = ActionPlansPage.open(browser.driver(), base, browser.waiting());
        browser.screenshot("action-plans-lead");

        assertTrue(saved.contains("is saved"), saved);
        assertEquals("In progress", after.status("No call-back forgotten"));
        assertEquals("90 % done", after.percent("No call-back forgotten"));
        assertEquals(open + reopened, after.open());
        assertEquals(complete - reopened, after.complete());
    }

    @Test
    void aChampionRaisesWhatStandsInTheCustomersWayAndHrAnswersIt() {
        String line = "Customers cannot reach us after 18:00 " + System.nanoTime();
        signIn("employee", DEMO_PASSWORD);
        IdeasPage mine = IdeasPage.open(browser.driver(), base, browser.waiting(), "");
        String brief = mine.briefTitle();
        int themes = mine.themes();
        String raised = mine.raise(line, "Three callers a day hang up at 18:05 because the line closes at 18:00.");
        String waiting =
                IdeasPage.open(browser.driver(), base, browser.waiting(), "").status(line);
        HomePage.current(browser.driver()).signOut();

        signIn("hr", DEMO_PASSWORD);
        IdeasPage hr = IdeasPage.open(browser.driver(), base, browser.waiting(), "department=CC&status=RAISED");
        String answered = hr.answer(line, "IN_PROGRESS", "We try opening until 20:00 for a month.");
        browser.screenshot("ideas-hr");
        HomePage.current(browser.driver()).signOut();

        signIn("employee", DEMO_PASSWORD);
        IdeasPage after = IdeasPage.open(browser.driver(), base, browser.waiting(), "");
        browser.screenshot("ideas-champion");

        assertTrue(brief.startsWith("Customers of Contact Centre"), "the champion's own department: " + brief);
        assertTrue(themes > 0, "the demo's contact centre has complaints that keep coming back");
        assertTrue(raised.contains("is raised for Contact Centre"), raised);
        assertEquals("Waiting for an answer", waiting);
        assertTrue(answered.contains("is answered: In progress"), answered);
        assertEquals("In progress", after.status(line));
        assertTrue(after.answer(line).contains("We try opening until 20:00 for a month."), after.answer(line));
    }

    @Test
    void anExecutiveSeesTheEffectOfServiceRecoveryWithItsIntervalAsTheApiComputesIt() {
        signIn("exec", DEMO_PASSWORD);
        var effect = PortalClient.json(apiAs("exec").get("api/v1/training-impact/CX-RECOVERY"))
                .getJsonObject("effect");

        TrainingImpactPage impact = TrainingImpactPage.open(browser.driver(), base, browser.waiting(), "CX-RECOVERY");
        browser.screenshot("training-impact");
        String verdict = impact.verdict();
        List<String> cohorts = impact.cohorts();
        impact.outcome("NPS");
        String nps = impact.verdict();

        assertTrue(verdict.contains("CSAT % of the trained people"), verdict);
        var interval = java.util.regex.Pattern.compile("95 % interval (-?\\d+\\.\\d) to (-?\\d+\\.\\d)")
                .matcher(verdict);
        assertTrue(interval.find(), verdict);
        assertEquals(effect.getJsonNumber("low").doubleValue(), Double.parseDouble(interval.group(1)), 0.06, verdict);
        assertEquals(effect.getJsonNumber("high").doubleValue(), Double.parseDouble(interval.group(2)), 0.06, verdict);
        assertTrue(impact.hasEventChart());
        assertFalse(cohorts.isEmpty(), "the demo trained team by team");
        assertTrue(nps.contains("NPS"), nps);
    }

    @Test
    void hrWritesANewCourseFromScratchWithAFileAndPublishesIt() throws Exception {
        signIn("hr", DEMO_PASSWORD);
        String code = "CX-B" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        CourseEditorPage courses = CoursesPage.open(browser.driver(), base, browser.waiting())
                .create(code, "Phone manner customers remember", "Greeting, listening and closing a call.")
                .drawQuestionsPerAttempt(1)
                .addLesson("Closing the call", "Summarise what happens next and when.");
        Path script = Files.createTempFile("closing-script", ".txt");
        Files.writeString(script, "Thank you for calling. Here is what happens next.");
        String attached = courses.attach(1, script);
        String downloaded = courses.downloadFirstFile();
        String refused = courses.writeQuestion(
                        "Which reply shows you listened?",
                        "So it arrived damaged and you need it by Friday.",
                        "It repeats the facts and the need.",
                        "Please hold.",
                        "It says nothing about what you heard.",
                        "That is not our fault.",
                        "Blame is never listening.")
                .toggleFirstOptionRight()
                .saveQuestion();
        String saved = courses.toggleFirstOptionRight().saveQuestion();
        List<String> bank = courses.questionPrompts();
        browser.screenshot("course-editor");
        CoursesPage catalog = courses.publish();
        browser.screenshot("courses-new-course");
        String learnerGets = learnerDownloadsTheFirstFile(code);

        assertTrue(attached.contains(script.getFileName() + " is added to lesson 1"), attached);
        assertEquals("Thank you for calling. Here is what happens next.", downloaded);
        assertEquals(
                "Thank you for calling. Here is what happens next.", learnerGets, "the learner gets the same file");
        assertTrue(refused.contains("Mark the right option"), refused);
        assertTrue(saved.contains("Question 1 is saved"), saved);
        assertEquals(List.of("Which reply shows you listened?"), bank);
        assertTrue(catalog.messages().contains(code + " revision 1 is published"), catalog.messages());
        String row = catalog.row(code);
        assertTrue(row.contains("Published"), row);
        assertTrue(row.contains("1 lesson, 1 question (1 per attempt)"), row);
    }

    @Test
    void hrAddsACompetencyOfTheirOwnAndTheSameCodeTwiceIsRefused() {
        signIn("hr", DEMO_PASSWORD);
        String code =
                "PHONE_" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        CompetenciesPage competencies = CompetenciesPage.open(browser.driver(), base, browser.waiting());

        String added = competencies.add(code, "Phone manner", "How a call sounds to the customer");
        String again = competencies.add(code, "Phone manner again", "");
        browser.screenshot("competencies");

        assertTrue(added.contains("Phone manner (" + code + ") is added"), added);
        assertTrue(again.contains("There is already a competency " + code), again);
        assertTrue(
                competencies.names().contains("Phone manner"),
                competencies.names().toString());
        assertTrue(competencies.names().contains("Service recovery"), "the framework's own are listed too");
        assertFalse(competencies.taughtBy("Service recovery").isEmpty(), "the starter curriculum teaches it");
        assertEquals(List.of(), competencies.taughtBy("Phone manner"), "a new competency is taught by no course yet");
    }

    /**
     * Assigns the course to the demo employee (as HR, through the API), then, as the employee,
     * opens the course's first lesson and follows its first file link; returns what was downloaded.
     */
    private String learnerDownloadsTheFirstFile(String courseCode) throws Exception {
        var hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        var employee = new PortalClient(base.toURI());
        employee.login("employee", DEMO_PASSWORD);
        String number =
                PortalClient.json(employee.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        var assigned = hr.postJson(
                "api/v1/training/assignments",
                "{\"courseCode\":\"" + courseCode
                        + "\",\"target\":\"PEOPLE\",\"employeeNumbers\":[\"" + number
                        + "\"],\"dueInDays\":10,\"mandatory\":false}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        long assignment = PortalClient.jsonArray(employee.get("api/v1/me/training")).stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getString("courseCode").equals(courseCode))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String page = employee.get("me/course.xhtml?assignment=" + assignment).body();
        var link = java.util.regex.Pattern.compile("api/v1/me/training/" + assignment + "/files/(\\d+)")
                .matcher(page);
        assertTrue(link.find(), "the lesson offers its file");
        var file = employee.get(link.group());
        assertEquals(200, file.statusCode());
        assertEquals(
                "nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        return file.body();
    }

    // The Content-Security-Policy and what people typed reaching the charts.

    private static final String SCRIPT_NAME = "</script><script>alert(1)</script>";

    /** The console lines the policy wrote: a refused script, handler or style. */
    private static List<String> violations(List<String> console) {
        return console.stream()
                .filter(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
                .toList();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }

    @Test
    void everyRolesPagesRunUnderTheContentSecurityPolicyWithoutAViolation() {
        Set<String> visited = new LinkedHashSet<>();
        List<String> refused = new ArrayList<>();
        for (String[] login : List.of(
                new String[] {"admin", ADMIN_PASSWORD},
                new String[] {"hr", DEMO_PASSWORD},
                new String[] {"lead", DEMO_PASSWORD},
                new String[] {"exec", DEMO_PASSWORD},
                new String[] {"employee", DEMO_PASSWORD})) {
            HomePage home = signIn(login[0], login[1]);
            for (String target : home.menuTargets()) {
                if (visited.add(target) || target.endsWith("home.xhtml")) {
                    browser.driver().get(target);
                    browser.waiting().until(d -> "complete".equals(script("return document.readyState")));
                    violations(browser.console()).forEach(v -> refused.add(login[0] + " " + target + ": " + v));
                }
            }
            home = HomePage.current(browser.driver());
            home.signOut();
        }
        assertTrue(visited.size() >= 18, "pages visited: " + visited);
        assertEquals(List.of(), refused);

        signIn("employee", DEMO_PASSWORD);
        Object ran = script("var s = document.createElement('script'); s.textContent = 'window.cxProbe = 1;';"
                + " document.body.appendChild(s); return window.cxProbe === 1;");
        assertEquals(Boolean.FALSE, ran, "an unsigned inline script must not run");
        assertFalse(violations(browser.console()).isEmpty(), "the browser reported the refused probe");
    }

    @Test
    void namesWithScriptTagsStayTextInEveryChart() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("hr", DEMO_PASSWORD);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        String unit = "XSS" + tag;
        var imported = api.postJson(
                "api/v1/employee-imports?source=xss-" + tag + "&createUnits=true",
                "[{\"employeeNumber\":\"" + unit
                        + "-1\",\"firstName\":\"Ada\",\"lastName\":\"Script\",\"orgUnit\":\"" + unit
                        + "\",\"orgUnitName\":\"" + SCRIPT_NAME + " team " + tag + "\",\"parentUnit\":\"CC\","
                        + "\"contactLevel\":\"FRONT_LINE\",\"location\":\"" + unit
                        + "\",\"hireDate\":\"2024-01-15\"}]");
        assertEquals(201, imported.statusCode(), imported.body());
        var segment = api.postJson(
                "api/v1/segments",
                "{\"name\":\"" + SCRIPT_NAME + " " + tag
                        + "\",\"rule\":{\"conditions\":[{\"type\":\"LOCATION\",\"values\":[\"" + unit
                        + "\"]}]},\"competencies\":[\"CUSTOMER_CENTRICITY\"]}");
        assertEquals(201, segment.statusCode(), segment.body());
        long segmentId = PortalClient.json(segment).getJsonNumber("id").longValue();
        var assigned = api.postJson(
                "api/v1/training/assignments",
                "{\"courseCode\":\"CX-VISION\","
                        + "\"target\":\"PEOPLE\",\"employeeNumbers\":[\"" + unit + "-1\"],\"dueInDays\":10,"
                        + "\"mandatory\":true}");
        assertEquals(200, assigned.statusCode(), assigned.body());

        signIn("hr", DEMO_PASSWORD);
        List<String> labels = new ArrayList<>();
        for (String page : List.of(
                "hr/segment.xhtml?id=" + segmentId,
                "training/reports.xhtml",
                "outcomes/dashboard.xhtml",
                "training/coaching.xhtml")) {
            browser.driver().get(base + page);
            browser.waiting().until(d -> "complete".equals(script("return document.readyState")));
            labels.addAll(chartLabels(page));
        }
        // Narrowed to the new unit, so that its team and its segment are among the bars whatever else exists.
        TrainingReportsPage reports = TrainingReportsPage.open(browser.driver(), base, browser.waiting());
        reports.narrowToUnit(unit);
        reports.groupBy("SEGMENT");
        labels.addAll(chartLabels("reports of the unit by segment"));
        reports.groupBy("TEAM");
        labels.addAll(chartLabels("reports of the unit by team"));
        browser.screenshot("xss-names-in-charts");

        assertTrue(
                labels.stream().anyMatch(l -> l.contains(SCRIPT_NAME + " " + tag)), "segment name as text: " + labels);
        assertTrue(
                labels.stream().anyMatch(l -> l.equals(SCRIPT_NAME + " team " + tag)), "unit name as text: " + labels);
    }

    /** The labels of every chart on the page; fails when a chart did not draw or the name broke out. */
    @SuppressWarnings("unchecked")
    private List<String> chartLabels(String page) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError(page + ": a dialog opened");
        } catch (NoAlertPresentException expected) {
            // no dialog: the names stayed data
        }
        assertEquals(
                0L,
                script("return Array.from(document.scripts).filter(s => s.textContent.trim() === 'alert(1)').length"),
                page + ": a script element was injected");
        // The charts on screen (a chart in a tab not open is drawn when the tab opens).
        var charts = (List<Object>) script("return Array.from(document.querySelectorAll('.ui-chart canvas'))"
                + ".filter(c => c.offsetParent !== null)"
                + ".map(c => window.Chart && Chart.getChart(c) ? Chart.getChart(c).data.labels.map(String) : null)");
        assertFalse(charts.isEmpty(), page + " shows charts");
        assertFalse(charts.contains(null), page + ": every chart drew " + charts);
        List<String> labels = new ArrayList<>();
        charts.forEach(c -> labels.addAll((List<String>) c));
        return labels;
    }

    @Test
    void hrReadsAPublishedCourseWithoutStartingADraft() {
        signIn("hr", DEMO_PASSWORD);
        var course = com.cxcentric.training.control.StarterCurriculum.json("CX-RECOVERY");
        CoursesPage catalog = CoursesPage.open(browser.driver(), base, browser.waiting());
        String before = catalog.row("CX-RECOVERY");

        var view = com.cxcentric.web.pages.CourseViewPage.openFrom(
                catalog, browser.driver(), browser.waiting(), course.getString("title"));
        browser.screenshot("course-view");

        assertTrue(
                view.rules().contains("Service recovery") || view.rules().contains("Questions per attempt"),
                view.rules());
        assertFalse(view.rules().contains("SERVICE_RECOVERY"), "competencies by name: " + view.rules());
        assertEquals(course.getJsonArray("lessons").size(), view.lessonTitles().size());
        assertTrue(
                view.lessonTitles().get(0).startsWith("1. "),
                view.lessonTitles().toString());
        assertTrue(view.questions() >= course.getJsonArray("questions").size(), "the bank, every question");
        assertTrue(view.rightOptions() >= view.questions(), "every question has its right option marked");
        assertFalse(view.hasInputs(), "read only");
        String after =
                CoursesPage.open(browser.driver(), base, browser.waiting()).row("CX-RECOVERY");
        assertEquals(before, after, "no draft was started");
    }

    @Test
    void aLeadIsOfferedOnlySegmentsWithMembersInTheirUnitsAndTodayInTheCompanysZone() {
        signIn("lead", DEMO_PASSWORD);

        List<String> segments = AssignmentsPage.open(browser.driver(), base, browser.waiting(), "")
                .offeredSegments();
        String proposed =
                CoachingPage.open(browser.driver(), base, browser.waiting()).proposedDay();

        assertFalse(segments.isEmpty(), "the contact centre's segment at least");
        assertTrue(segments.stream().noneMatch(s -> s.startsWith("Field service")), "no member there: " + segments);
        assertTrue(
                segments.stream().allMatch(s -> s.matches(".* \\((?!0\\))\\d+\\)")),
                "each with its reach: " + segments);
        assertEquals(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString(), proposed);
    }

    @Test
    void hrMapsASourcesOwnTouchpointValueAndTheSourceKeepsIt() throws Exception {
        String p = "TV" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String day = java.time.LocalDate.now().minusDays(2).toString();
        Path export = Files.createTempFile("survey-", ".csv");
        Files.writeString(
                export,
                "Response ID,Date submitted,Channel,Likelihood to recommend\n"
                        + p + "-1," + day + " 10:00,Showroom,10\n"
                        + p + "-2," + day + " 11:00,store,9\n"
                        + p + "-3," + day + " 12:00,Showroom,8\n",
                StandardCharsets.UTF_8);
        signIn("hr", DEMO_PASSWORD);

        FeedbackUploadPage upload = FeedbackUploadPage.open(browser.driver(), base, browser.waiting())
                .read(p, export);
        List<String> values = upload.touchpointValues();
        int accepted = upload.mapTouchpoint(0, "STORE").importFile().receipt("receiptAccepted");
        FeedbackUploadPage again = FeedbackUploadPage.open(browser.driver(), base, browser.waiting())
                .read(p, export);

        assertEquals(List.of("Showroom"), values, "'store' is a touchpoint code in another case");
        assertEquals(3, accepted, "every row, the showroom's as the store's");
        assertEquals("STORE", again.chosenTouchpoint(0), "the source keeps its mapping");
    }

    @Test
    void hrBuildsASchemePreviewsAndGrantsItAndTheEmployeeSeesTheAwardWithItsEvidence() throws Exception {
        String code = "UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String name = "Satisfied customers " + code;
        String lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta"))
                .minusMonths(1)
                .toString();
        signIn("hr", DEMO_PASSWORD);
        RewardSchemeEditPage editor = RewardSchemeEditPage.openNew(browser.driver(), base, browser.waiting())
                // Target 0 with one response: everyone of the contact centre who was rated last month.
                .define(code, name, 0, 1, "CC", lastMonth)
                .preview(lastMonth);
        browser.screenshot("scheme-preview");
        int previewed = editor.previewAwards();
        int covered = editor.previewPeople();
        int rows = editor.resultRows();
        RewardSchemeEditPage saved = editor.save();
        String title = saved.title();
        String granted = saved.grant(lastMonth);
        browser.screenshot("scheme-granted");
        int periods = saved.grantedPeriods();
        signIn("employee", DEMO_PASSWORD);
        AwardsPage awards = AwardsPage.open(browser.driver(), base, browser.waiting());
        List<String> progress = awards.progress();
        List<String> earned = awards.awards();
        List<String> evidence = awards.evidenceOf(name);
        browser.screenshot("awards-evidence");

        assertTrue(covered > 0, "the contact centre is covered");
        assertTrue(previewed > 0 && rows > 0, previewed + " awards previewed in " + rows + " rows");
        assertEquals(name, title);
        assertTrue(granted.contains("granted: " + previewed + " awards"), granted);
        assertEquals(1, periods);
        assertTrue(progress.stream().anyMatch(p -> p.contains(name)), progress.toString());
        assertTrue(earned.stream().anyMatch(a -> a.contains(name) && a.contains(lastMonth)), earned.toString());
        assertFalse(evidence.isEmpty(), "the responses behind the award are listed");
    }

    @Test
    void anEmployeeRedeemsARewardOfTheKindTheyValueAndHrHandsItOver() throws Exception {
        String name = signIn("employee", DEMO_PASSWORD).myName();
        MyRewardsPage mine = MyRewardsPage.open(browser.driver(), base, browser.waiting());
        long before = mine.receivedPoints();
        List<String> offers = mine.offers();
        String redeemed = mine.redeem("SHOUT-OUT");
        long after = mine.receivedPoints();
        List<String> waitingForHr = mine.history();
        browser.screenshot("my-rewards");
        signIn("hr", DEMO_PASSWORD);
        FulfilmentPage fulfilment = FulfilmentPage.open(browser.driver(), base, browser.waiting());
        List<String> queue = fulfilment.waiting();
        String handedOver = fulfilment.settle(name, "Shout-out at the town hall");
        browser.screenshot("fulfilment");
        signIn("employee", DEMO_PASSWORD);
        List<String> history =
                MyRewardsPage.open(browser.driver(), base, browser.waiting()).history();

        assertTrue(before >= 50, "the demo employee has points to spend: " + before);
        assertTrue(offers.size() >= 8, "the demo catalog is offered to everyone: " + offers);
        assertTrue(redeemed.contains("Shout-out at the town hall"), redeemed);
        assertEquals(before - 50, after, "the points are set aside at once");
        assertTrue(waitingForHr.get(0).contains("Waiting for HR"), waitingForHr.toString());
        assertTrue(queue.stream().anyMatch(r -> r.contains("Shout-out at the town hall")), queue.toString());
        assertTrue(handedOver.contains("handed over"), handedOver);
        assertTrue(history.get(0).contains("Handed over"), history.toString());
    }

    @Test
    void anEmployeeSeesTheBadgesTheyEarnedOnMyRecognition() {
        signIn("employee", DEMO_PASSWORD);
        List<String> badges =
                RecognitionPage.open(browser.driver(), base, browser.waiting()).badges();
        browser.screenshot("my-badges");

        assertTrue(badges.contains("Above and beyond"), "granted by hand in the demo: " + badges);
    }

    @Test
    void anEmployeeNominatesAColleagueAndTheirLeadApprovesItWithAComment() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("lead", DEMO_PASSWORD);
        var mine = new PortalClient(base.toURI());
        mine.login("employee", DEMO_PASSWORD);
        String me = PortalClient.json(mine.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        var colleague = PortalClient.json(api.get("api/v1/me")).getJsonArray("peopleILead").stream()
                .map(p -> p.asJsonObject())
                .filter(p -> !p.getString("employeeNumber").equals(me))
                .findFirst()
                .orElseThrow();
        String number = colleague.getString("employeeNumber");
        String reason = "Rebooked the stranded delivery of a customer " + System.nanoTime();
        signIn("employee", DEMO_PASSWORD);
        ApprovalsPage page = ApprovalsPage.open(browser.driver(), base, browser.waiting());

        String nominated = page.choose(number, "(" + number + ")").nominate("OWN_IT", 120, reason);
        List<String> asked = page.mine();
        browser.screenshot("approvals-nominated");
        signIn("lead", DEMO_PASSWORD);
        ApprovalsPage leads = ApprovalsPage.open(browser.driver(), base, browser.waiting());
        List<String> waiting = leads.waiting();
        browser.screenshot("approvals-waiting");
        String approved = leads.approve(reason, "Saw it happen, well done");
        List<String> after = leads.waiting();
        var decided = PortalClient.jsonArray(mine.get("api/v1/approvals/mine")).getJsonObject(0);

        assertTrue(nominated.contains("Nominated " + colleague.getString("name")), nominated);
        assertTrue(asked.get(0).contains(reason) && asked.get(0).contains("Waiting"), asked.toString());
        assertTrue(
                waiting.stream().anyMatch(c -> c.contains(reason) && c.contains("stage 1 of 1")), waiting.toString());
        assertTrue(approved.contains("Approved: 120 points"), approved);
        assertTrue(after.stream().noneMatch(c -> c.contains(reason)), after.toString());
        assertEquals(reason, decided.getString("reason"));
        assertEquals("APPROVED", decided.getString("status"));
        assertEquals(
                "Saw it happen, well done",
                decided.getJsonArray("steps").getJsonObject(0).getString("comment"));
    }

    @Test
    void anEmployeeAsksForARewardOutsideTheCatalogTheirLeadApprovesItAndHrHasItToHandOver() {
        String title = "Ticket to the service-recovery meetup " + System.nanoTime();
        signIn("employee", DEMO_PASSWORD);
        MyRewardsPage rewards = MyRewardsPage.open(browser.driver(), base, browser.waiting());
        long before = rewards.receivedPoints();

        String asked = rewards.askFor(title, "LEARNING_BUDGET", 10, "To hear how other teams win customers back");
        long held = rewards.receivedPoints();
        browser.screenshot("reward-asked");
        signIn("lead", DEMO_PASSWORD);
        String approved = ApprovalsPage.open(browser.driver(), base, browser.waiting())
                .approve(title, "Tell the team what you learnt");
        signIn("hr", DEMO_PASSWORD);
        List<String> queue =
                FulfilmentPage.open(browser.driver(), base, browser.waiting()).waiting();

        assertTrue(asked.contains("Asked for \u201c" + title + "\u201d: 10 points are set aside"), asked);
        assertEquals(before - 10, held, "the price is set aside at once");
        assertTrue(approved.contains("Approved: 10 points"), approved);
        assertTrue(queue.stream().anyMatch(row -> row.contains(title)), queue.toString());
    }

    @Test
    void aColleagueReactsCommentsAndReportsARecognitionAndHrHidesItFromTheFeed() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("employee", DEMO_PASSWORD);
        var hrApi = new PortalClient(base.toURI());
        hrApi.login("hr", DEMO_PASSWORD);
        String hrNumber =
                PortalClient.json(hrApi.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String what = "Answered the night shift calls " + System.nanoTime();
        var made = recognise(api, hrNumber, what, 0);
        assertEquals(201, made.statusCode(), made.body());
        signIn("lead", DEMO_PASSWORD);
        RecognitionPage page =
                RecognitionPage.open(browser.driver(), base, browser.waiting()).tab("Company feed");

        String applause = page.react(what, "Applause");
        List<String> comments = page.comment(what, "Saw it, the queue was empty by midnight");
        browser.screenshot("feed-thread");
        String reported = page.report("Recognised for the shift they were paid extra for");
        signIn("hr", DEMO_PASSWORD);
        ReportsPage reports = ReportsPage.open(browser.driver(), base, browser.waiting());
        List<String> waiting = reports.waiting();
        browser.screenshot("recognition-reports");
        String hidden = reports.hide(what, "Part of the overtime already");
        signIn("lead", DEMO_PASSWORD);
        List<String> feed = RecognitionPage.open(browser.driver(), base, browser.waiting())
                .tab("Company feed")
                .cards();

        assertEquals("1", applause, "the lead's applause counted");
        assertTrue(comments.stream().anyMatch(c -> c.contains("the queue was empty by midnight")), comments.toString());
        assertTrue(reported.contains("HR will look at it"), reported);
        assertTrue(waiting.stream().anyMatch(w -> w.contains(what) && w.contains("paid extra")), waiting.toString());
        assertTrue(hidden.contains("Hidden from the feed"), hidden);
        assertTrue(feed.stream().noneMatch(c -> c.contains(what)), feed.toString());
    }

    @Test
    void hrReversesAGiftMadeByMistakeAndTheStatementShowsTheCorrection() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("employee", DEMO_PASSWORD);
        var leadApi = new PortalClient(base.toURI());
        leadApi.login("lead", DEMO_PASSWORD);
        String leadNumber =
                PortalClient.json(leadApi.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String what = "Sent to the wrong colleague " + System.nanoTime();
        var made = recognise(api, leadNumber, what, 2);
        assertEquals(201, made.statusCode(), made.body());
        signIn("hr", DEMO_PASSWORD);
        CorrectionsPage page =
                CorrectionsPage.open(browser.driver(), base, browser.waiting()).choose(leadNumber);

        String reversed = page.reverse(what, "Meant for another team");
        browser.screenshot("points-corrections");
        List<String> rows = CorrectionsPage.open(browser.driver(), base, browser.waiting())
                .choose(leadNumber)
                .rows();

        assertTrue(reversed.contains("Reversed: 2 points"), reversed);
        assertTrue(rows.get(0).contains("Correction") && rows.get(0).contains("-2"), rows.toString());
    }

    @Test
    void aTeamLeadBoostsTheRecognitionOneOfTheirPeopleReceivedFromTheBudget() throws Exception {
        var api = new PortalClient(base.toURI());
        api.login("employee", DEMO_PASSWORD);
        var leadApi = new PortalClient(base.toURI());
        leadApi.login("lead", DEMO_PASSWORD);
        String me = PortalClient.json(api.get("api/v1/me")).getJsonObject("me").getString("employeeNumber");
        String colleague = PortalClient.json(leadApi.get("api/v1/me")).getJsonArray("peopleILead").stream()
                .map(p -> p.asJsonObject().getString("employeeNumber"))
                .filter(n -> !n.equals(me))
                .findFirst()
                .orElseThrow();
        String what = "Calmed a customer whose parcel went missing " + System.nanoTime();
        var made = recognise(api, colleague, what, 1);
        assertEquals(201, made.statusCode(), made.body());
        signIn("lead", DEMO_PASSWORD);

        List<String> boosted = RecognitionPage.open(browser.driver(), base, browser.waiting())
                .tab("Company feed")
                .boost(what, 15);
        browser.screenshot("recognition-boosted");

        assertTrue(boosted.get(0).contains("Boosted by 15 points"), boosted.get(0));
        assertTrue(boosted.get(1).contains("Boosted +15"), boosted.get(1));
    }

    /** A recognition sent through the API by the signed-in client, for a browser test to act on. */
    private static java.net.http.HttpResponse<String> recognise(
            PortalClient as, String recipient, String message, int points) {
        return as.send(java.net.http.HttpRequest.newBuilder(as.resolve("api/v1/recognitions"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"recipients\":[\"" + recipient
                        + "\"],\"value\":\"OWN_IT\",\"message\":\"" + message + "\",\"pointsEach\":" + points + "}"))
                .build());
    }
}
