package com.cxcentric.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.notification.boundary.Outbox;
import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.MailStatus;
import com.cxcentric.notification.entity.Notification;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.segmentation.control.SegmentMembershipStore;
import com.cxcentric.segmentation.entity.LocationCriterion;
import com.cxcentric.segmentation.entity.RuleGroup;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.testsupport.InContainerTest;
import com.cxcentric.training.boundary.TrainingSchedule;
import com.cxcentric.training.control.RuleApplication;
import com.cxcentric.training.control.TrainingDay;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.Certification;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.Refresher;
import com.cxcentric.training.entity.TrainingRule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Training (the catalog's revisions, set-based assignment, lesson files, segment rules, the training day, mail, reports), in the container against the real database. Run by {@code platform.InContainerIT}, which deploys once for every area. */
public interface TrainingInContainerTests extends InContainerTest {

    private com.cxcentric.training.control.AssignmentStore assignmentStore() {
        return bean(com.cxcentric.training.control.AssignmentStore.class);
    }

    private BusinessDay businessDay() {
        return bean(BusinessDay.class);
    }

    private com.cxcentric.training.control.LessonFiles lessonFiles() {
        return bean(com.cxcentric.training.control.LessonFiles.class);
    }

    private SegmentMembershipStore membership() {
        return bean(SegmentMembershipStore.class);
    }

    private NotificationWriter notificationWriter() {
        return bean(NotificationWriter.class);
    }

    private OrgTree orgTree() {
        return bean(OrgTree.class);
    }

    private Outbox outbox() {
        return bean(Outbox.class);
    }

    private com.cxcentric.training.control.TrainingReportQueries reportQueries() {
        return bean(com.cxcentric.training.control.TrainingReportQueries.class);
    }

    private RuleApplication ruleApplication() {
        return bean(RuleApplication.class);
    }

    private TrainingDay trainingDay() {
        return bean(TrainingDay.class);
    }

    private TrainingSchedule trainingSchedule() {
        return bean(TrainingSchedule.class);
    }

    private com.cxcentric.training.entity.Course testCourse(String code, int months) {
        var course = new com.cxcentric.training.entity.Course(code, "Test course " + code, "For a test");
        course.setRules(10, months, 80, 2, 1);
        course.addLesson("Only lesson", "<p>text</p>", null, null);
        course.addQuestion(com.cxcentric.training.entity.QuestionKind.SINGLE, null, "Q?")
                .option("yes", true, "right")
                .option("no", false, "wrong");
        course.publish(Instant.now());
        em().persist(course);
        return course;
    }

    private com.cxcentric.training.entity.Assignment testAssignment(
            Employee person, com.cxcentric.training.entity.Course course) {
        var assignment = new com.cxcentric.training.entity.Assignment(
                em().merge(person),
                course,
                com.cxcentric.training.entity.AssignmentSource.MANUAL,
                "it",
                Instant.now(),
                LocalDate.now().plusDays(7),
                true,
                null);
        em().persist(assignment);
        return assignment;
    }

    @Test
    default void theStarterCurriculumIsPublishedOnFirstStart() {
        var current = em().createNamedQuery(
                        com.cxcentric.training.entity.Course.FIND_CURRENT, com.cxcentric.training.entity.Course.class)
                .getResultList();

        for (String code : com.cxcentric.training.control.StarterCurriculum.CODES) {
            var course = current.stream()
                    .filter(c -> c.getCode().equals(code))
                    .findFirst()
                    .orElseThrow();
            assertEquals(com.cxcentric.training.entity.CourseStatus.PUBLISHED, course.getStatus(), code);
            assertTrue(course.getQuestions().size() >= 8, code);
        }
    }

    @Test
    default void assigningToAUnitSubtreeIsOneWriteAndNobodyGetsACourseTwiceOrWhileCertified() throws Exception {
        String code = unique("TA").toUpperCase(java.util.Locale.ROOT);
        var department = em().createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", "CC-VOICE-A")
                .getSingleResult();
        tx().begin();
        try {
            var course = testCourse(code, 12);
            Set<Long> units = orgTree().subtreeOf(List.of(department.getId()));
            long people = em().createQuery(
                            "SELECT COUNT(e) FROM Employee e WHERE e.orgUnit.id IN :units AND e.status <>"
                                    + " com.cxcentric.organization.entity.EmploymentStatus.LEFT",
                            Long.class)
                    .setParameter("units", units)
                    .getSingleResult();
            var order = new com.cxcentric.training.control.AssignmentStore.Order(
                    course,
                    com.cxcentric.training.entity.AssignmentSource.MANUAL,
                    "it",
                    Instant.now(),
                    LocalDate.now().plusDays(14),
                    true,
                    null,
                    null,
                    false);
            var target = new com.cxcentric.training.control.AssignmentStore.Units(units);

            var first = assignmentStore()
                    .assign(order, target, null, LocalDate.now().plusDays(30));
            var stored = em().createQuery(
                            "SELECT a FROM com.cxcentric.training.entity.Assignment a WHERE a.courseCode = :code",
                            com.cxcentric.training.entity.Assignment.class)
                    .setParameter("code", code)
                    .getResultList();
            var passed = stored.get(0);
            passed.completeLesson(course.getLessons().get(0).getId(), Instant.now());
            passed.recordAttempt(100, Instant.now());
            em().persist(new com.cxcentric.training.entity.Certification(passed, code + "-1", LocalDate.now()));
            em().flush();
            var second = assignmentStore()
                    .assign(order, target, null, LocalDate.now().plusDays(30));

            assertTrue(people > 1, "the team has people");
            assertEquals(people, first.assigned());
            assertEquals(people, stored.size());
            assertEquals(0, second.assigned());
            assertEquals(people - 1, second.alreadyAssigned());
            assertEquals(1, second.alreadyCertified());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void aPublishedCourseChangesOnlyInItsNextRevisionAndAssignmentsKeepTheirs() throws Exception {
        String code = unique("TV").toUpperCase(java.util.Locale.ROOT);
        var person = em().createQuery("SELECT e FROM Employee e ORDER BY e.employeeNumber", Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        tx().begin();
        try {
            var first = testCourse(code, 12);
            var assignment = testAssignment(person, first);
            var second = first.nextRevision();
            em().persist(second);
            second.reviseLesson(
                    1,
                    "Only lesson, better",
                    com.cxcentric.training.control.LessonContent.sanitise(
                            "<p onclick=\"steal()\">New text</p><script>steal()</script><img src=x onerror=steal()>"),
                    null,
                    null);
            first.retire(Instant.now());
            second.publish(Instant.now());
            em().flush();
            em().clear();

            var reloaded = em().find(com.cxcentric.training.entity.Assignment.class, assignment.getId());
            var published = em().createNamedQuery(
                            com.cxcentric.training.entity.Course.FIND_PUBLISHED_BY_CODE,
                            com.cxcentric.training.entity.Course.class)
                    .setParameter("code", code)
                    .getResultList();
            String body = published.get(0).getLessons().get(0).getBodyHtml();

            assertEquals(1, reloaded.getCourse().getRevision());
            assertEquals("<p>text</p>", reloaded.getCourse().getLessons().get(0).getBodyHtml());
            assertEquals(1, published.size());
            assertEquals(2, published.get(0).getRevision());
            assertEquals("<p>New text</p>", body);
            assertThrows(
                    com.cxcentric.platform.RuleViolationException.class,
                    () -> published.get(0).reviseLesson(1, "x", "<p>x</p>", null, null));
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void aDraftLosesALessonAndAQuestionAndRewritesOneWithoutBreakingItsNumbering() throws Exception {
        String code = unique("TW").toUpperCase(java.util.Locale.ROOT);
        tx().begin();
        try {
            var draft = new Course(code, "Authoring", "Lessons and questions change");
            draft.setRules(10, 12, 80, 2, 1);
            for (String title : List.of("One", "Two", "Three")) {
                draft.addLesson(title, "<p>" + title + "</p>", null, null);
                draft.addQuestion(new com.cxcentric.training.entity.QuestionText(
                        com.cxcentric.training.entity.QuestionKind.SINGLE,
                        null,
                        "Q " + title + "?",
                        List.of(
                                new com.cxcentric.training.entity.QuestionText.OptionText("yes", true, "right"),
                                new com.cxcentric.training.entity.QuestionText.OptionText("no", false, "wrong"),
                                new com.cxcentric.training.entity.QuestionText.OptionText("maybe", false, "vague"))));
            }
            em().persist(draft);
            em().flush();

            draft.removeLesson(2);
            draft.removeQuestion(1);
            draft.reviseQuestion(
                    1,
                    new com.cxcentric.training.entity.QuestionText(
                            com.cxcentric.training.entity.QuestionKind.MULTIPLE,
                            "A customer asks twice",
                            "Which two?",
                            List.of(
                                    new com.cxcentric.training.entity.QuestionText.OptionText("a", true, "one"),
                                    new com.cxcentric.training.entity.QuestionText.OptionText("b", true, "two"))));
            em().flush();
            em().clear();
            var reloaded = em().createNamedQuery(Course.FIND_BY_CODE, Course.class)
                    .setParameter("code", code)
                    .getSingleResult();

            assertEquals(
                    List.of("One", "Three"),
                    reloaded.getLessons().stream().map(l -> l.getTitle()).toList());
            assertEquals(
                    List.of("Which two?", "Q Three?"),
                    reloaded.getQuestions().stream().map(q -> q.getPrompt()).toList());
            assertEquals(2, reloaded.getQuestions().get(0).getOptions().size(), "the third option is gone");
            assertEquals("A customer asks twice", reloaded.getQuestions().get(0).getScenario());
            assertEquals(3, reloaded.getQuestions().get(1).getOptions().size());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void lessonFilesFollowTheirLessonIntoTheNextRevisionAndWhenAnEarlierLessonIsRemoved() throws Exception {
        String code = unique("TF").toUpperCase(java.util.Locale.ROOT);
        tx().begin();
        try {
            var first = new Course(code, "Files", "Lessons with files");
            first.setRules(10, 12, 80, 2, 1);
            first.addLesson("One", "<p>One</p>", null, null);
            first.addLesson("Two", "<p>Two</p>", null, null);
            first.addQuestion(com.cxcentric.training.entity.QuestionKind.SINGLE, null, "Q?")
                    .option("yes", true, "right")
                    .option("no", false, "wrong");
            em().persist(first);
            em().flush();
            for (var lesson : first.getLessons()) {
                em().persist(new com.cxcentric.training.entity.LessonAttachment(
                        lesson,
                        lesson.getTitle() + ".pdf",
                        ("%PDF " + lesson.getTitle()).getBytes(StandardCharsets.UTF_8),
                        1024,
                        Instant.now()));
            }
            first.publish(Instant.now());
            var next = first.nextRevision();
            em().persist(next);

            lessonFiles().copy(first, next);
            em().flush();
            var copied = lessonFiles()
                    .of(next.getLessons().stream().map(l -> l.getId()).toList());
            lessonFiles().beforeRemoving(next, 1);
            next.removeLesson(1);
            em().flush();
            em().clear();
            var draft = em().createNamedQuery(Course.FIND_BY_CODE, Course.class)
                    .setParameter("code", code)
                    .getResultList()
                    .get(0);
            var left = lessonFiles()
                    .of(draft.getLessons().stream().map(l -> l.getId()).toList());
            var original = lessonFiles()
                    .of(em().find(Course.class, first.getId()).getLessons().stream()
                            .map(l -> l.getId())
                            .toList());

            assertEquals(2, copied.size(), "each lesson of the next revision has its file");
            assertEquals(
                    List.of("Two"),
                    draft.getLessons().stream().map(l -> l.getTitle()).toList());
            assertEquals(
                    List.of("Two.pdf"),
                    left.get(draft.getLessons().get(0).getId()).stream()
                            .map(f -> f.fileName())
                            .toList(),
                    "the file moved up with its lesson; lesson one's went with it");
            assertEquals(
                    "%PDF Two",
                    new String(
                            lessonFiles()
                                    .file(left.get(draft.getLessons().get(0).getId())
                                            .get(0)
                                            .id())
                                    .getContent(),
                            StandardCharsets.UTF_8));
            assertEquals(2, original.size(), "the published revision keeps its files");
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void openAssignmentsOfSomeoneWhoLeftAreCancelledAndKept() throws Exception {
        String code = unique("TL").toUpperCase(java.util.Locale.ROOT);
        var person = em().createQuery("SELECT e FROM Employee e ORDER BY e.employeeNumber DESC", Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        tx().begin();
        try {
            var course = testCourse(code, 12);
            var assignment = testAssignment(person, course);
            em().flush();
            em().createNativeQuery("UPDATE employee SET status = 'LEFT' WHERE id = ?1")
                    .setParameter(1, person.getId())
                    .executeUpdate();

            int cancelled = assignmentStore().cancelForLeavers(Instant.now());
            em().clear();
            var reloaded = em().find(com.cxcentric.training.entity.Assignment.class, assignment.getId());

            assertTrue(cancelled >= 1, "cancelled " + cancelled);
            assertEquals(com.cxcentric.training.entity.AssignmentStatus.CANCELLED, reloaded.getStatus());
            assertEquals(0, assignmentStore().cancelForLeavers(Instant.now()), "a second run finds nothing open");
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void aSegmentRuleReachesCurrentMembersAtOnceAndEveryoneWhoJoinsLater() throws Exception {
        String p = unique("rule");
        LocalDate day = businessDay().today();
        tx().begin();
        try {
            var course = testCourse(p.toUpperCase(java.util.Locale.ROOT), 12);
            Employee ana = new Employee(p + "-1", "Ana", "Wijaya", ContactLevel.FRONT_LINE);
            ana.setLocation(p + "-town");
            Employee budi = new Employee(p + "-2", "Budi", "Santoso", ContactLevel.FRONT_LINE);
            budi.setLocation("elsewhere");
            em().persist(ana);
            em().persist(budi);
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new LocationCriterion(Set.of(p + "-town")))));
            em().persist(segment);
            membership().recompute(segment, day, List.of());
            var rule = new TrainingRule(segment, course.getCode(), 10, true, "Welcome aboard", "it");
            em().persist(rule);
            em().flush();

            var first = ruleApplication().applyToMembers(rule, day);
            budi.setLocation(p + "-town");
            membership().recompute(segment, day.plusDays(3), List.of());
            membership().recompute(segment, day.plusDays(3), List.of());
            var made = em().createQuery(
                            "SELECT a FROM Assignment a WHERE a.courseCode = :code ORDER BY a.employee.employeeNumber",
                            Assignment.class)
                    .setParameter("code", course.getCode())
                    .getResultList();
            long told = (Long) em().createNativeQuery("SELECT COUNT(*) FROM notification n JOIN assignment a"
                            + " ON a.id = n.assignment_id WHERE n.kind = 'TRAINING_ASSIGNED' AND a.course_code = ?1")
                    .setParameter(1, course.getCode())
                    .getSingleResult();

            assertEquals(1, first.assigned(), "the current member");
            assertEquals(2, made.size(), "the member who joined later too, once");
            assertEquals(day.plusDays(10), made.get(0).getDueOn());
            assertEquals(day.plusDays(13), made.get(1).getDueOn(), "N days after joining");
            assertEquals(AssignmentSource.RULE, made.get(1).getSource());
            assertEquals(rule.getId(), made.get(1).getRuleId());
            assertEquals("Welcome aboard", made.get(1).getMessage());
            assertEquals(2L, told, "each person is told once");
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void theTrainingDayProcessesEveryMissedDayOnceAndNeverTwice() throws Exception {
        String p = unique("day");
        LocalDate today = businessDay().today();
        Object[] unitAndLead = em().createQuery(
                        "SELECT u.id, u.lead.id FROM OrgUnit u WHERE u.lead IS NOT NULL ORDER BY u.code",
                        Object[].class)
                .setMaxResults(1)
                .getSingleResult();
        tx().begin();
        try {
            var course = testCourse(p.toUpperCase(java.util.Locale.ROOT), 12);
            Employee person = new Employee(p, "Citra", "Lestari", ContactLevel.FRONT_LINE);
            person.placeIn(em().find(OrgUnit.class, unitAndLead[0]));
            em().persist(person);
            Instant longAgo = Instant.now().minus(java.time.Duration.ofDays(200));
            var late = dated(person, course, today.minusDays(2), longAgo);
            var passed = dated(person, testCourse(p.toUpperCase(java.util.Locale.ROOT) + "P", 12), today, longAgo);
            var expiring = dated(person, testCourse(p.toUpperCase(java.util.Locale.ROOT) + "X", 12), today, longAgo);
            var soon = dated(
                    person, testCourse(p.toUpperCase(java.util.Locale.ROOT) + "R", 12), today.plusDays(2), longAgo);
            em().flush();
            // passed 8 days ago (so the 7-day refresher falls on yesterday, a missed day)
            Instant passedAt = today.minusDays(8)
                    .atTime(10, 0)
                    .atZone(businessDay().zone())
                    .toInstant();
            em().createNativeQuery(
                            "UPDATE assignment SET status = 'COMPLETED', completed_at = ?1, open_course_code = NULL"
                                    + " WHERE id = ?2")
                    .setParameter(1, java.sql.Timestamp.from(passedAt))
                    .setParameter(2, passed.getId())
                    .executeUpdate();
            em().createNativeQuery(
                            "UPDATE assignment SET status = 'COMPLETED', completed_at = ?1, open_course_code = NULL"
                                    + " WHERE id = ?2")
                    .setParameter(1, java.sql.Timestamp.from(longAgo))
                    .setParameter(2, expiring.getId())
                    .executeUpdate();
            em().clear();
            em().persist(new Certification(
                    em().find(Assignment.class, expiring.getId()),
                    p + "-C",
                    today.plusDays(20).minusMonths(12)));
            em().createNativeQuery("UPDATE scheduled_job SET done_through = ?1 WHERE name = ?2")
                    .setParameter(1, java.sql.Date.valueOf(today.minusDays(3)))
                    .setParameter(2, TrainingDay.JOB)
                    .executeUpdate();

            var reports = trainingSchedule().runThrough(today);
            var again = trainingSchedule().runThrough(today);
            trainingDay().process(today.minusDays(1), Instant.now());
            em().flush();

            assertEquals(
                    List.of(today.minusDays(2), today.minusDays(1), today),
                    reports.stream().map(TrainingDay.DayReport::day).toList(),
                    "every missed day, in order");
            assertTrue(again.isEmpty(), "a second run finds the days taken");
            assertEquals(List.of(kindOf("TRAINING_OVERDUE", late.getId())), messages(p, "TRAINING_OVERDUE"));
            Number copyTo = (Number) em().createNativeQuery(
                            "SELECT cc_employee_id FROM notification WHERE kind = 'TRAINING_OVERDUE' AND assignment_id = ?1")
                    .setParameter(1, late.getId())
                    .getSingleResult();
            assertEquals(unitAndLead[1], copyTo.longValue(), "the team lead gets a copy");
            assertEquals(List.of(kindOf("TRAINING_REMINDER", soon.getId())), messages(p, "TRAINING_REMINDER"));
            assertEquals(1, messages(p, "REFRESHER_READY").size(), "the 7-day refresher of yesterday, once");
            var refresher = em().createQuery("SELECT r FROM Refresher r WHERE r.assignment.id = :a", Refresher.class)
                    .setParameter("a", passed.getId())
                    .getSingleResult();
            assertEquals(7, refresher.getOffsetDays());
            assertEquals(today.minusDays(1), refresher.getAvailableOn());
            assertEquals(1, refresher.questionIds().size(), "as many as the bank holds, up to three");
            var renewal = em().createQuery(
                            "SELECT a FROM Assignment a WHERE a.employee = :e AND a.source = :source", Assignment.class)
                    .setParameter("e", em().find(Employee.class, person.getId()))
                    .setParameter("source", AssignmentSource.RECERTIFICATION)
                    .getResultList();
            assertEquals(1, renewal.size(), "one recertification");
            assertEquals(today.plusDays(20), renewal.get(0).getDueOn(), "due when the certification expires");
            assertEquals(1, messages(p, "CERTIFICATION_EXPIRING").size());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void anOverdueMessageIsMailedToThePersonWithACopyToTheirLeadThroughARealSmtpServer() throws Exception {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("cx.mail.port", Integer.class);
        var smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
        smtp.start();
        String p = unique("mail");
        Object[] unitAndLead = em().createQuery(
                        "SELECT u.id, l.email FROM OrgUnit u JOIN u.lead l WHERE l.email IS NOT NULL ORDER BY u.code",
                        Object[].class)
                .setMaxResults(1)
                .getSingleResult();
        try {
            long[] ids = inTransaction(() -> {
                // A starter course: this test commits, and later tiers count the catalog.
                var course = em().createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                        .setParameter("code", "CX-VISION")
                        .getSingleResult();
                Employee person = new Employee(p, "Dewi", "Kusuma", ContactLevel.FRONT_LINE);
                person.setEmail(p + "@example.com");
                person.placeIn(em().find(OrgUnit.class, unitAndLead[0]));
                em().persist(person);
                var late = dated(person, course, businessDay().today().minusDays(1), Instant.now());
                em().flush();
                notificationWriter()
                        .write(
                                NotificationKind.TRAINING_OVERDUE,
                                "SELECT a.employee_id, " + NotificationWriter.LEAD_OF_E
                                        + ", a.id, c.title, a.due_on, a.id"
                                        + " FROM assignment a JOIN course c ON c.id = a.course_id"
                                        + " JOIN employee e ON e.id = a.employee_id WHERE a.id = ?",
                                List.of(late.getId()),
                                Instant.now());
                return new long[] {late.getId(), course.getId()};
            });

            // Older messages may be waiting too: rounds until ours has gone out (or nothing is left).
            for (int round = 0; round < 20 && !outbox().sendPending().isEmpty(); round++) {
                if (em().createQuery(
                                        "SELECT n.mailStatus FROM Notification n WHERE n.assignmentId = :a",
                                        MailStatus.class)
                                .setParameter("a", ids[0])
                                .getSingleResult()
                        != MailStatus.PENDING) {
                    break;
                }
            }
            assertTrue(smtp.waitForIncomingEmail(10_000, 1), "a message arrives");
            var mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equals(p + "@example.com");
                        } catch (jakarta.mail.MessagingException e) {
                            return false;
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            var stored = em().createQuery("SELECT n FROM Notification n WHERE n.assignmentId = :a", Notification.class)
                    .setParameter("a", ids[0])
                    .getSingleResult();

            assertEquals(p + "@example.com", mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString());
            assertEquals(unitAndLead[1], mail.getRecipients(jakarta.mail.Message.RecipientType.CC)[0].toString());
            assertTrue(mail.getSubject().startsWith("Overdue:"), mail.getSubject());
            assertTrue(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).contains("Hello Dewi"));
            assertEquals(MailStatus.SENT, stored.getMailStatus());
            assertEquals(1, stored.getMailAttempts());
            inTransaction(() -> em().createNativeQuery(
                            "UPDATE assignment SET status = 'CANCELLED', open_course_code = NULL" + " WHERE id = ?1")
                    .setParameter(1, ids[0])
                    .executeUpdate());
        } finally {
            smtp.stop();
        }
    }

    /** An open assignment due on {@code dueOn}, assigned at {@code assignedAt}. */
    private Assignment dated(Employee person, Course course, LocalDate dueOn, Instant assignedAt) {
        var assignment = new Assignment(person, course, AssignmentSource.MANUAL, "it", assignedAt, dueOn, true, null);
        em().persist(assignment);
        return assignment;
    }

    private static String kindOf(String kind, long assignmentId) {
        return kind + ":" + assignmentId;
    }

    /** The messages of a kind about the test's people, as "kind:assignment id". */
    private List<String> messages(String employeeNumber, String kind) {
        List<?> rows = em().createNativeQuery("SELECT n.assignment_id FROM notification n JOIN employee e"
                        + " ON e.id = n.employee_id WHERE e.employee_number = ?1 AND n.kind = ?2 ORDER BY n.id")
                .setParameter(1, employeeNumber)
                .setParameter(2, kind)
                .getResultList();
        return rows.stream().map(id -> kind + ":" + ((Number) id).longValue()).toList();
    }

    private Employee reportPerson(String number, String name, OrgUnit unit, String location) {
        var person = new Employee(number, name, "Report", ContactLevel.FRONT_LINE);
        person.placeIn(unit);
        person.setLocation(location);
        em().persist(person);
        return person;
    }

    /** One submitted attempt answering the two questions right or wrong; the assignment records it. */
    private void attempt(Assignment assignment, int number, Course course, boolean first, boolean second) {
        var questions = course.getQuestions();
        int right = (first ? 1 : 0) + (second ? 1 : 0);
        int score = com.cxcentric.training.entity.QuizDraw.scorePercent(right, 2);
        var attempt = new com.cxcentric.training.entity.QuizAttempt(
                assignment,
                number,
                List.of(questions.get(0).getId(), questions.get(1).getId()),
                Instant.now());
        attempt.submit(
                List.of(
                        new com.cxcentric.training.entity.QuizAnswer(
                                questions.get(0).getId(), Set.of(1L), first),
                        new com.cxcentric.training.entity.QuizAnswer(
                                questions.get(1).getId(), Set.of(2L), second)),
                score,
                score >= course.getPassMarkPercent(),
                Instant.now());
        em().persist(attempt);
        assignment.recordAttempt(score, Instant.now());
    }

    @Test
    default void theTrainingReportsCountCompletionCoverageScoresAndReactionsOfTheSelectedPeopleOnly() throws Exception {
        String p = unique("rep");
        String code = p.toUpperCase(java.util.Locale.ROOT);
        LocalDate today = businessDay().today();
        tx().begin();
        try {
            var unit = new OrgUnit(code, "Report team", OrgUnitType.TEAM, null);
            em().persist(unit);
            var course = new Course(code, "Report course", "For a test");
            course.setRules(10, 12, 100, 2, 2);
            course.tag(List.of("en"), List.of("QUESTIONING"), List.of(), List.of(), List.of());
            course.addLesson("Only lesson", "<p>text</p>", null, null);
            for (String prompt : List.of("First?", "Second?")) {
                course.addQuestion(com.cxcentric.training.entity.QuestionKind.SINGLE, null, prompt)
                        .option("yes", true, "right")
                        .option("no", false, "wrong");
            }
            course.publish(Instant.now());
            em().persist(course);
            Employee ana = reportPerson(p + "-1", "Ana", unit, p + "-town");
            Employee budi = reportPerson(p + "-2", "Budi", unit, p + "-town");
            Employee citra = reportPerson(p + "-3", "Citra", unit, p + "-town");
            Employee outsider = reportPerson(p + "-4", "Dewi", null, p + "-town");
            Segment segment = new Segment(p);
            segment.changeRule(new RuleGroup(RuleGroup.Match.ALL, List.of(new LocationCriterion(Set.of(p + "-town")))));
            segment.setNeeds(List.of("QUESTIONING"), List.of());
            em().persist(segment);
            membership().recompute(segment, today, List.of());
            Long lesson = course.getLessons().get(0).getId();
            // Ana passes at the first attempt and says so; Budi's pass has expired and his
            // recertification is overdue; Citra fails twice; Dewi passes but is outside the unit.
            var anas = new Assignment(
                    ana, course, AssignmentSource.MANUAL, "it", Instant.now(), today.plusDays(5), true, null);
            em().persist(anas);
            anas.completeLesson(lesson, Instant.now());
            attempt(anas, 1, course, true, true);
            em().persist(new Certification(anas, p + "-A", today));
            anas.react(5, 4, "Close to my work", Instant.now());
            var budisOld = new Assignment(
                    budi, course, AssignmentSource.MANUAL, "it", Instant.now(), today.minusMonths(14), true, null);
            em().persist(budisOld);
            budisOld.completeLesson(lesson, Instant.now());
            budisOld.recordAttempt(100, Instant.now());
            em().persist(new Certification(budisOld, p + "-B", today.minusMonths(13)));
            em().persist(new Assignment(
                    budi,
                    course,
                    AssignmentSource.RECERTIFICATION,
                    "it",
                    Instant.now(),
                    today.minusDays(1),
                    true,
                    null));
            var citras = new Assignment(
                    citra, course, AssignmentSource.MANUAL, "it", Instant.now(), today.plusDays(5), true, null);
            em().persist(citras);
            citras.completeLesson(lesson, Instant.now());
            attempt(citras, 1, course, true, false);
            attempt(citras, 2, course, false, false);
            var dewis =
                    new Assignment(outsider, course, AssignmentSource.MANUAL, "it", Instant.now(), today, true, null);
            em().persist(dewis);
            dewis.completeLesson(lesson, Instant.now());
            attempt(dewis, 1, course, true, true);
            em().flush();
            var team = new com.cxcentric.training.control.TrainingReportQueries.Selection(Set.of(unit.getId()), code);

            var completion = reportQueries()
                    .completion(com.cxcentric.training.entity.TrainingReport.Grouping.COURSE, team, today);
            var byTeam =
                    reportQueries().completion(com.cxcentric.training.entity.TrainingReport.Grouping.TEAM, team, today);
            var coverage = reportQueries().coverage(team, today, 30).stream()
                    .filter(r -> r.segmentId() == segment.getId())
                    .toList();
            var scores = reportQueries().scores(team);
            var questions = reportQueries().hardestQuestions(team);
            var reactions = reportQueries().reactions(team);
            var comments = reportQueries().comments(team, new PageRequest(0, 10));
            var nobody = new com.cxcentric.training.control.TrainingReportQueries.Selection(Set.of(), null);

            assertEquals(
                    List.of(new com.cxcentric.training.entity.TrainingReport.CompletionRow(
                            code, "Report course", 4, 2, 0, 1, 1)),
                    completion,
                    "Ana and Budi's old one completed, Budi's recertification overdue, Citra failed; not Dewi");
            assertEquals(1, byTeam.size());
            assertEquals("Report team", byTeam.get(0).name());
            assertEquals(
                    List.of(new com.cxcentric.training.entity.TrainingReport.CoverageRow(
                            segment.getId(), p, "QUESTIONING", "Asking the right questions", 3, 1, 0, 1)),
                    coverage,
                    "three members in the unit: Ana valid, Budi expired, Citra uncertified");
            assertEquals(3, scores.attempts());
            assertEquals(1L, scores.buckets().get(9), "Ana's 100");
            assertEquals(1L, scores.buckets().get(5), "Citra's 50");
            assertEquals(1L, scores.buckets().get(0), "Citra's 0");
            assertEquals(50, scores.averagePercent());
            assertEquals(2, scores.firstAttempts());
            assertEquals(50, scores.firstAttemptPassPercent());
            assertEquals(
                    List.of("Second?", "First?"),
                    questions.stream().map(q -> q.prompt()).toList(),
                    "hardest first");
            assertEquals(33, questions.get(0).correctPercent());
            assertEquals(67, questions.get(1).correctPercent());
            assertEquals(1, reactions.size());
            assertEquals(5.0, reactions.get(0).averageRelevance());
            assertEquals(4.0, reactions.get(0).averageUsefulness());
            assertEquals(1, reactions.get(0).favourable());
            assertEquals(1, comments.total());
            assertEquals("Close to my work", comments.items().get(0).comment());
            assertEquals(
                    List.of(),
                    reportQueries()
                            .completion(
                                    com.cxcentric.training.entity.TrainingReport.Grouping.DEPARTMENT, nobody, today));
            assertEquals(0, reportQueries().scores(nobody).attempts());
        } finally {
            tx().rollback();
        }
    }
}
