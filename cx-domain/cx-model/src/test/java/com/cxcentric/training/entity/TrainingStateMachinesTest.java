package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingStateMachinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "ASSIGNED, IN_PROGRESS, true",
        "ASSIGNED, CANCELLED, true",
        "ASSIGNED, COMPLETED, false",
        "IN_PROGRESS, COMPLETED, true",
        "IN_PROGRESS, FAILED, true",
        "FAILED, IN_PROGRESS, true",
        "FAILED, COMPLETED, false",
        "COMPLETED, IN_PROGRESS, false",
        "COMPLETED, CANCELLED, false",
        "CANCELLED, ASSIGNED, false"
    })
    void statusMovesOnlyAlongTheMachine(AssignmentStatus from, AssignmentStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @ParameterizedTest
    @CsvSource({
        "ASSIGNED, 2026-11-22, OVERDUE",
        "IN_PROGRESS, 2026-11-22, OVERDUE",
        "ASSIGNED, 2026-11-23, ASSIGNED",
        "IN_PROGRESS, 2026-12-01, IN_PROGRESS",
        "COMPLETED, 2026-11-01, COMPLETED",
        "FAILED, 2026-11-01, FAILED",
        "CANCELLED, 2026-11-01, CANCELLED"
    })
    void overdueIsAnOpenAssignmentPastItsDueDate(AssignmentStatus status, LocalDate due, TrainingState expected) {
        assertEquals(expected, TrainingState.of(status, due, TODAY));
    }

    @ParameterizedTest
    @CsvSource({
        "2027-01-01, VALID",
        "2026-12-24, VALID",
        "2026-12-23, EXPIRING",
        "2026-11-24, EXPIRING",
        "2026-11-23, EXPIRED",
        "2025-01-01, EXPIRED"
    })
    void certificationIsExpiringWithinTheWindowAndExpiredFromItsDate(LocalDate expiresOn, CertificationState expected) {
        assertEquals(expected, CertificationState.of(expiresOn, TODAY, 30));
    }

    @Test
    void certificationWithoutExpiryStaysValid() {
        assertEquals(CertificationState.VALID, CertificationState.of(null, TODAY, 30));
        assertNull(CertificationState.expiryOf(TODAY, null));
        assertEquals(LocalDate.of(2027, 11, 23), CertificationState.expiryOf(TODAY, 12));
        assertEquals(LocalDate.of(2027, 2, 28), CertificationState.expiryOf(LocalDate.of(2026, 11, 30), 3));
    }

    @Test
    void passingTheQuizCompletesAndClosesTheAssignment() {
        Assignment assignment = assignment(course(2));

        assignment.completeLesson(null, NOW);
        assertEquals(AssignmentStatus.IN_PROGRESS, assignment.getStatus());
        assertTrue(assignment.canTakeQuiz());

        assignment.recordAttempt(80, NOW);

        assertEquals(AssignmentStatus.COMPLETED, assignment.getStatus());
        assertEquals(80, assignment.getBestScorePercent());
        assertEquals(NOW, assignment.getCompletedAt());
        assertFalse(assignment.canTakeQuiz());
    }

    @Test
    void usingUpTheAttemptsFailsUntilAnotherIsGranted() {
        Assignment assignment = assignment(course(2));
        assignment.completeLesson(null, NOW);

        assignment.recordAttempt(50, NOW);
        assertEquals(AssignmentStatus.IN_PROGRESS, assignment.getStatus());
        assignment.recordAttempt(66, NOW);
        assertEquals(AssignmentStatus.FAILED, assignment.getStatus());
        assertEquals(0, assignment.attemptsLeft());
        assertThrows(RuleViolationException.class, () -> assignment.recordAttempt(100, NOW));

        assignment.grantAttempt();
        assertEquals(AssignmentStatus.IN_PROGRESS, assignment.getStatus());
        assignment.recordAttempt(100, NOW);
        assertEquals(AssignmentStatus.COMPLETED, assignment.getStatus());
        assertEquals(100, assignment.getBestScorePercent());
    }

    @Test
    void grantingAnAttemptNeedsAFailedAssignment() {
        Assignment assignment = assignment(course(2));

        assertThrows(RuleViolationException.class, assignment::grantAttempt);
    }

    @Test
    void cancellingClosesOpenAssignmentsOnlyAndKeepsCompletedOnes() {
        Assignment open = assignment(course(1));
        open.cancel(NOW);
        assertEquals(AssignmentStatus.CANCELLED, open.getStatus());
        assertThrows(RuleViolationException.class, () -> open.completeLesson(null, NOW));

        Assignment done = assignment(course(1));
        done.completeLesson(null, NOW);
        done.recordAttempt(100, NOW);
        done.cancel(NOW);
        assertEquals(AssignmentStatus.COMPLETED, done.getStatus());
    }

    @Test
    void theReactionSurveyFollowsCompletionAndTakesOneToFive() {
        Assignment assignment = assignment(course(1));
        assertThrows(RuleViolationException.class, () -> assignment.react(4, 4, null, NOW));
        assignment.completeLesson(null, NOW);
        assignment.recordAttempt(100, NOW);

        assertThrows(RuleViolationException.class, () -> assignment.react(6, 4, null, NOW));
        assignment.react(5, 4, "  Useful examples ", NOW);

        assertEquals(5, assignment.getReactionRelevance());
        assertEquals("Useful examples", assignment.getReactionComment());
    }

    @Test
    void aPublishedRevisionIsImmutableAndTheNextRevisionCopiesIt() {
        Course published = course(2);

        assertThrows(RuleViolationException.class, () -> published.describe("New", "Changed"));
        Course next = published.nextRevision();

        assertEquals(2, next.getRevision());
        assertEquals(CourseStatus.DRAFT, next.getStatus());
        assertEquals(published.getLessons().size(), next.getLessons().size());
        assertEquals(published.getQuestions().size(), next.getQuestions().size());
        assertEquals(
                published.getQuestions().get(0).getOptions().get(0).getExplanation(),
                next.getQuestions().get(0).getOptions().get(0).getExplanation());
        next.describe("New title", "New summary");
        assertEquals("Title", published.getTitle());
    }

    @Test
    void publishingRefusesABankSmallerThanAnAttemptOrAnUnanswerableQuestion() {
        Course small = new Course("C1", "Title", "Summary");
        small.setRules(10, null, 80, 2, 3);
        small.addLesson("L", "<p>x</p>", null, null);
        small.addQuestion(QuestionKind.SINGLE, null, "Q")
                .option("a", true, "why")
                .option("b", false, "why");
        assertThrows(RuleViolationException.class, () -> small.publish(NOW));

        Course twoRight = new Course("C2", "Title", "Summary");
        twoRight.setRules(10, null, 80, 2, 1);
        twoRight.addLesson("L", "<p>x</p>", null, null);
        twoRight.addQuestion(QuestionKind.SINGLE, null, "Q")
                .option("a", true, "why")
                .option("b", true, "why");
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> twoRight.publish(NOW));
        assertTrue(refused.getMessage().contains("takes one answer"), refused.getMessage());
    }

    private static Course course(int attempts) {
        Course course = new Course("CX-TEST", "Title", "Summary");
        course.setRules(10, 12, 80, attempts, 1);
        course.addLesson("Only lesson", "<p>text</p>", null, null);
        course.addQuestion(QuestionKind.SINGLE, null, "Q?")
                .option("yes", true, "right")
                .option("no", false, "wrong");
        course.publish(NOW);
        return course;
    }

    private static Assignment assignment(Course course) {
        Employee person = new Employee("E1", "Ana", "Lestari", ContactLevel.FRONT_LINE);
        return new Assignment(person, course, AssignmentSource.MANUAL, "hr", NOW, TODAY.plusDays(14), true, null);
    }
}
