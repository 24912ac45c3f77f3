package com.cxcentric.web.hr;

import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.entity.Course;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The draft's description, rules and tags as the form edits them. */
public final class CourseSettingsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    String title;
    String summary;
    int minutes;
    Integer validityMonths;
    int passMark;
    int attempts;
    int perAttempt;
    List<String> languages;
    List<String> competencies;
    List<String> metrics;
    List<String> standards;
    List<String> segments;

    CourseSettingsForm(Course course) {
        title = course.getTitle();
        summary = course.getSummary();
        minutes = course.getEstimatedMinutes();
        validityMonths = course.getValidityMonths();
        passMark = course.getPassMarkPercent();
        attempts = course.getAttemptLimit();
        perAttempt = course.getQuestionsPerAttempt();
        languages = new ArrayList<>(course.getLanguages());
        competencies = new ArrayList<>(course.getCompetencies());
        metrics = new ArrayList<>(course.getMetrics());
        standards = new ArrayList<>(course.getStandards());
        segments = new ArrayList<>(
                course.getSegments().stream().map(String::valueOf).toList());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public int getPassMark() {
        return passMark;
    }

    public void setPassMark(int passMark) {
        this.passMark = passMark;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public int getPerAttempt() {
        return perAttempt;
    }

    public void setPerAttempt(int perAttempt) {
        this.perAttempt = perAttempt;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<String> getStandards() {
        return standards;
    }

    public void setStandards(List<String> standards) {
        this.standards = standards;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies;
    }

    public List<String> getMetrics() {
        return metrics;
    }

    public void setMetrics(List<String> metrics) {
        this.metrics = metrics;
    }

    public List<String> getSegments() {
        return segments;
    }

    public void setSegments(List<String> segments) {
        this.segments = segments;
    }

    /** What the boundary stores. */
    CourseCatalog.CourseSettings toSettings() {
        return new CourseCatalog.CourseSettings(
                title,
                summary,
                minutes,
                validityMonths,
                passMark,
                attempts,
                perAttempt,
                languages,
                competencies,
                metrics,
                standards,
                segments.stream().map(Long::valueOf).toList());
    }
}
