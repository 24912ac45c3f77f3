package com.cxcentric.training.control;

import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.OutcomeMetric;
import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.QuizQuestion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The four courses every installation starts with, written by us and kept as JSON next to this
 * class (one file per course; lesson text in Markdown, one array element per line). Read into
 * draft {@link Course}s that the caller publishes.
 */
public final class StarterCurriculum {

    /** The course codes, in the order they are meant to be taken. */
    public static final List<String> CODES = List.of("CX-EVERYONE", "CX-QUESTIONS", "CX-RECOVERY", "CX-VISION");

    private StarterCurriculum() {}

    /** Every starter course as a draft. */
    public static List<Course> drafts() {
        return CODES.stream().map(StarterCurriculum::draft).toList();
    }

    /** One starter course as a draft, read from {@code curriculum/<code>.json}. */
    public static Course draft(String code) {
        return read(json(code));
    }

    /** The course's JSON, for tests that need to know the right answers. */
    public static JsonObject json(String code) {
        String resource = "/com/cxcentric/training/curriculum/" + code + ".json";
        try (InputStream in = StarterCurriculum.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing starter course " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Course read(JsonObject json) {
        Course course = new Course(json.getString("code"), json.getString("title"), json.getString("summary"));
        course.setRules(
                json.getInt("minutes"),
                json.isNull("validityMonths") ? null : json.getInt("validityMonths"),
                json.getInt("passMark"),
                json.getInt("attempts"),
                json.getInt("questionsPerAttempt"));
        List<String> metrics = strings(json, "metrics");
        metrics.forEach(OutcomeMetric::valueOf);
        course.tag(
                strings(json, "languages"),
                strings(json, "competencies"),
                metrics,
                strings(json, "standards"),
                List.of());
        for (JsonObject lesson : json.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
            course.addLesson(
                    lesson.getString("title"),
                    LessonContent.fromMarkdown(String.join("\n", strings(lesson, "markdown"))),
                    LessonContent.videoUrl(lesson.getString("video", null)),
                    lesson.getString("practice", null));
        }
        for (JsonObject question : json.getJsonArray("questions").getValuesAs(JsonObject.class)) {
            QuizQuestion added = course.addQuestion(
                    QuestionKind.valueOf(question.getString("kind")),
                    question.getString("scenario", null),
                    question.getString("prompt"));
            for (JsonObject option : question.getJsonArray("options").getValuesAs(JsonObject.class)) {
                added.option(option.getString("text"), option.getBoolean("correct"), option.getString("why"));
            }
        }
        return course;
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
