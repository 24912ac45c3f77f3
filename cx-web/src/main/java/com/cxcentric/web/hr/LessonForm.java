package com.cxcentric.web.hr;

import com.cxcentric.training.entity.Lesson;
import java.io.Serializable;

/** A lesson of the draft being edited. */
public final class LessonForm implements Serializable {
    private static final long serialVersionUID = 1L;
    int number;
    Long id;
    String title;
    String html;
    String videoUrl;
    String practice;

    LessonForm(Lesson lesson) {
        this.number = lesson.getNumber();
        this.id = lesson.getId();
        this.title = lesson.getTitle();
        this.html = lesson.getBodyHtml();
        this.videoUrl = lesson.getVideoUrl();
        this.practice = lesson.getPracticeScenario();
    }

    LessonForm(int number) {
        this.number = number;
        this.html = "";
    }

    public int getNumber() {
        return number;
    }

    /** The stored lesson's id; null for a lesson added in the form and not saved yet. */
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }
}
