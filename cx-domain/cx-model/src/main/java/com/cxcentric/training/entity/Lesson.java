package com.cxcentric.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One lesson of a course, in order. The body is HTML that has passed the training area's
 * sanitiser (lessons written in Markdown are rendered to HTML first): it is shown unescaped.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    public static final int TITLE_LENGTH = 200;
    public static final int BODY_LENGTH = 100_000;
    public static final int VIDEO_LENGTH = 500;
    public static final int SCENARIO_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "lesson_no", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "body_html", nullable = false, length = BODY_LENGTH)
    private String bodyHtml;

    @Column(name = "video_url", length = VIDEO_LENGTH)
    private String videoUrl;

    @Column(name = "practice_scenario", length = SCENARIO_LENGTH)
    private String practiceScenario;

    protected Lesson() {
        // for JPA
    }

    Lesson(Course course, int number, String title, String sanitisedHtml, String videoUrl, String practiceScenario) {
        this.course = course;
        this.number = number;
        this.title = Objects.requireNonNull(title, "title");
        this.bodyHtml = Objects.requireNonNull(sanitisedHtml, "body");
        this.videoUrl = videoUrl;
        this.practiceScenario = practiceScenario;
    }

    void revise(String newTitle, String sanitisedHtml, String newVideoUrl, String newPracticeScenario) {
        this.title = Objects.requireNonNull(newTitle, "title");
        this.bodyHtml = Objects.requireNonNull(sanitisedHtml, "body");
        this.videoUrl = newVideoUrl;
        this.practiceScenario = newPracticeScenario;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public String getPracticeScenario() {
        return practiceScenario;
    }
}
