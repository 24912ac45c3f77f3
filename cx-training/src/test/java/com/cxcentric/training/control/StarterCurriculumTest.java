package com.cxcentric.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.CourseStatus;
import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.QuizOption;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StarterCurriculumTest {

    @Test
    void shipsFourPublishableCoursesWithEightToTwelveQuestionsEach() {
        var courses = StarterCurriculum.drafts();

        assertEquals(4, courses.size());
        for (Course course : courses) {
            course.publish(Instant.now());
            assertEquals(CourseStatus.PUBLISHED, course.getStatus(), course.getCode());
            int questions = course.getQuestions().size();
            assertTrue(questions >= 8 && questions <= 12, course.getCode() + " has " + questions + " questions");
            assertTrue(course.getLessons().size() >= 3, course.getCode());
            assertTrue(
                    course.getQuestionsPerAttempt() < questions, course.getCode() + ": retakes must be able to differ");
            assertTrue(
                    course.getQuestions().stream().anyMatch(q -> q.getKind() == QuestionKind.SCENARIO),
                    course.getCode());
            assertTrue(course.getQuestions().stream()
                    .flatMap(q -> q.getOptions().stream())
                    .map(QuizOption::getExplanation)
                    .noneMatch(String::isBlank));
            assertFalse(course.getCompetencies().isEmpty(), course.getCode());
        }
    }

    @Test
    void coversTheFourSubjectsOfTheBrief() {
        var titles = StarterCurriculum.drafts().stream()
                .map(c -> c.getTitle().toLowerCase(Locale.ROOT))
                .toList();

        assertTrue(titles.stream().anyMatch(t -> t.contains("everyone's business")), titles::toString);
        assertTrue(titles.stream().anyMatch(t -> t.contains("gap-finding")), titles::toString);
        assertTrue(titles.stream().anyMatch(t -> t.contains("empathise, apologise, resolve")), titles::toString);
        assertTrue(titles.stream().anyMatch(t -> t.contains("cx vision and service standards")), titles::toString);
    }

    @Test
    void lessonTextIsRenderedFromMarkdown() {
        Course questions = StarterCurriculum.draft("CX-QUESTIONS");

        String body = questions.getLessons().get(2).getBodyHtml();

        assertTrue(body.contains("<li>"), body);
        assertTrue(body.contains("<blockquote>"), body);
        assertFalse(body.contains("**"), body);
    }
}
