package com.cxcentric.training.entity;

import java.time.Instant;
import java.util.List;

/**
 * The rows of the training reports: plain values counted by the database, with the shares derived
 * from them by {@link TrainingFigures} so that the portal, the exports and the API agree.
 */
public final class TrainingReport {

    private TrainingReport() {}

    /** What the completion report's rows are. */
    public enum Grouping {
        DEPARTMENT,
        TEAM,
        SEGMENT,
        COURSE
    }

    /**
     * Assignments (cancelled ones left out) of one group by where they stand today, with the shares
     * completed and overdue; the shorter constructor derives the shares.
     */
    public record CompletionRow(
            String key,
            String name,
            long assigned,
            long completed,
            long onTrack,
            long overdue,
            long failed,
            Integer completedPercent,
            Integer overduePercent) {

        public CompletionRow(
                String key, String name, long assigned, long completed, long onTrack, long overdue, long failed) {
            this(
                    key,
                    name,
                    assigned,
                    completed,
                    onTrack,
                    overdue,
                    failed,
                    TrainingFigures.percent(completed, assigned),
                    TrainingFigures.percent(overdue, assigned));
        }
    }

    /**
     * For one segment and one competency it requires: its current members and how many hold a
     * certification of a course teaching the competency that is valid, expiring or expired today;
     * the rest are uncertified, and the covered share counts valid and expiring (still certified today).
     */
    public record CoverageRow(
            long segmentId,
            String segmentName,
            String competencyCode,
            String competencyName,
            long members,
            long valid,
            long expiring,
            long expired,
            long uncertified,
            Integer coveredPercent) {

        public CoverageRow(
                long segmentId,
                String segmentName,
                String competencyCode,
                String competencyName,
                long members,
                long valid,
                long expiring,
                long expired) {
            this(
                    segmentId,
                    segmentName,
                    competencyCode,
                    competencyName,
                    members,
                    valid,
                    expiring,
                    expired,
                    members - valid - expiring - expired,
                    TrainingFigures.percent(valid + expiring, members));
        }
    }

    /** Submitted quiz attempts by score bucket (0-9, ..., 90-100), and the first-attempt pass rate. */
    public record ScoreDistribution(
            List<Long> buckets,
            long attempts,
            Integer averagePercent,
            long firstAttempts,
            long firstAttemptPasses,
            Integer firstAttemptPassPercent) {

        public ScoreDistribution(
                List<Long> buckets,
                long attempts,
                Integer averagePercent,
                long firstAttempts,
                long firstAttemptPasses) {
            this(
                    List.copyOf(buckets),
                    attempts,
                    averagePercent,
                    firstAttempts,
                    firstAttemptPasses,
                    TrainingFigures.percent(firstAttemptPasses, firstAttempts));
        }
    }

    /** One question of a course's bank and how often it was answered right. */
    public record QuestionRow(
            long questionId,
            String courseCode,
            int revision,
            int number,
            String prompt,
            long answered,
            long correct,
            Integer correctPercent) {

        public QuestionRow(
                long questionId,
                String courseCode,
                int revision,
                int number,
                String prompt,
                long answered,
                long correct) {
            this(
                    questionId,
                    courseCode,
                    revision,
                    number,
                    prompt,
                    answered,
                    correct,
                    TrainingFigures.percent(correct, answered));
        }
    }

    /**
     * The reaction survey of one course: averages of relevance and usefulness (1-5), and how many
     * rated both 4 or 5.
     */
    public record ReactionRow(
            String courseCode,
            String title,
            long responses,
            Double averageRelevance,
            Double averageUsefulness,
            long favourable,
            Integer favourablePercent) {

        public ReactionRow(
                String courseCode,
                String title,
                long responses,
                Double averageRelevance,
                Double averageUsefulness,
                long favourable) {
            this(
                    courseCode,
                    title,
                    responses,
                    averageRelevance,
                    averageUsefulness,
                    favourable,
                    TrainingFigures.percent(favourable, responses));
        }
    }

    /** A reaction comment; the report does not name who wrote it. */
    public record CommentRow(
            long id, Instant reactedAt, String courseCode, int relevance, int usefulness, String comment) {}
}
