package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cxcentric.platform.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseAuthoringTest {

    private static QuestionText question(String prompt, QuestionKind kind, boolean... right) {
        List<QuestionText.OptionText> options = new java.util.ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            options.add(new QuestionText.OptionText("option " + (i + 1), right[i], "because " + (i + 1)));
        }
        return new QuestionText(kind, null, prompt, options);
    }

    private static Course draftWithThreeOfEach() {
        var course = new Course("CX-TEST", "Test", "A course to author");
        course.setRules(10, 12, 80, 2, 1);
        for (String title : List.of("One", "Two", "Three")) {
            course.addLesson(title, "<p>" + title + "</p>", null, null);
            course.addQuestion(question("Q " + title + "?", QuestionKind.SINGLE, true, false, false));
        }
        return course;
    }

    private static String fieldOf(Runnable refused) {
        return assertThrows(RuleViolationException.class, refused::run).getField();
    }

    @Test
    void removingALessonMovesTheLaterOnesUpAndKeepsTheNumbersInOrder() {
        var course = draftWithThreeOfEach();

        course.removeLesson(2);

        assertEquals(
                List.of("One", "Three"),
                course.getLessons().stream().map(Lesson::getTitle).toList());
        assertEquals(
                List.of(1, 2),
                course.getLessons().stream().map(Lesson::getNumber).toList());
        assertEquals("<p>Three</p>", course.getLessons().get(1).getBodyHtml());
    }

    @Test
    void aQuestionIsRewrittenInPlaceWithFewerOrMoreOptions() {
        var course = draftWithThreeOfEach();

        course.reviseQuestion(1, question("Which are right?", QuestionKind.MULTIPLE, true, true));
        course.reviseQuestion(2, question("Pick one", QuestionKind.SCENARIO, false, false, false, true));

        var first = course.getQuestions().get(0);
        var second = course.getQuestions().get(1);
        assertEquals("Which are right?", first.getPrompt());
        assertEquals(QuestionKind.MULTIPLE, first.getKind());
        assertEquals(
                List.of(1, 2),
                first.getOptions().stream().map(QuizOption::getNumber).toList());
        assertEquals(4, second.getOptions().size());
        assertEquals(true, second.getOptions().get(3).isCorrect());
        assertEquals("because 4", second.getOptions().get(3).getExplanation());
    }

    @Test
    void removingAQuestionMovesTheLaterOnesUp() {
        var course = draftWithThreeOfEach();

        course.removeQuestion(1);

        assertEquals(
                List.of("Q Two?", "Q Three?"),
                course.getQuestions().stream().map(QuizQuestion::getPrompt).toList());
        assertEquals(
                List.of(1, 2),
                course.getQuestions().stream().map(QuizQuestion::getNumber).toList());
    }

    @Test
    void aQuestionTextIsRefusedNamingTheFieldAtFault() {
        assertEquals("prompt", fieldOf(() -> question(" ", QuestionKind.SINGLE, true, false)
                .validate()));
        assertEquals("options", fieldOf(() -> question("Q?", QuestionKind.SINGLE, true)
                .validate()));
        assertEquals("options", fieldOf(() -> question("Q?", QuestionKind.SINGLE, false, false)
                .validate()));
        assertEquals("options", fieldOf(() -> question("Q?", QuestionKind.SCENARIO, true, true)
                .validate()));
        assertEquals("option 2 explanation", fieldOf(() -> new QuestionText(
                        QuestionKind.SINGLE,
                        null,
                        "Q?",
                        List.of(
                                new QuestionText.OptionText("a", true, "why"),
                                new QuestionText.OptionText("b", false, " ")))
                .validate()));
        question("Q?", QuestionKind.MULTIPLE, true, true, false).validate();
    }

    @Test
    void rulesOutsideTheirRangeAreRefusedNamingTheRule() {
        var course = draftWithThreeOfEach();

        assertEquals("estimatedMinutes", fieldOf(() -> course.setRules(0, 12, 80, 2, 1)));
        assertEquals("validityMonths", fieldOf(() -> course.setRules(10, 0, 80, 2, 1)));
        assertEquals("passMarkPercent", fieldOf(() -> course.setRules(10, 12, 101, 2, 1)));
        assertEquals("attemptLimit", fieldOf(() -> course.setRules(10, null, 80, 0, 1)));
        assertEquals("questionsPerAttempt", fieldOf(() -> course.setRules(10, null, 80, 2, 51)));
        assertEquals("lesson", fieldOf(() -> course.removeLesson(4)));
        assertEquals("question", fieldOf(() -> course.removeQuestion(0)));
    }

    @Test
    void aPublishedCourseRefusesEveryChangeToItsContent() {
        var course = draftWithThreeOfEach();
        course.publish(Instant.now());

        assertThrows(RuleViolationException.class, () -> course.removeLesson(1));
        assertThrows(RuleViolationException.class, () -> course.removeQuestion(1));
        assertThrows(
                RuleViolationException.class,
                () -> course.reviseQuestion(1, question("Q?", QuestionKind.SINGLE, true, false)));
        assertThrows(
                RuleViolationException.class,
                () -> course.addQuestion(question("Q?", QuestionKind.SINGLE, true, false)));
    }
}
