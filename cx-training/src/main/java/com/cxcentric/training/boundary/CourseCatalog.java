package com.cxcentric.training.boundary;

import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.training.control.LessonContent;
import com.cxcentric.training.control.LessonFiles;
import com.cxcentric.training.control.StarterCurriculum;
import com.cxcentric.training.entity.AssignmentStatus;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.CourseStatus;
import com.cxcentric.training.entity.Lesson;
import com.cxcentric.training.entity.LessonAttachment;
import com.cxcentric.training.entity.QuestionText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The course catalog: the current revision of every course, the starter curriculum loaded on first
 * start, and HR's changes. A published revision is never edited: {@link #newRevision} copies it
 * into a draft, {@link #publish} makes the draft the one new assignments get and retires the
 * revision before it; assignments already made keep theirs.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class CourseCatalog {

    private static final Logger LOG = Logger.getLogger(CourseCatalog.class.getName());

    /** A course as the catalog lists it, with how many people have it open and have completed it. */
    public record CourseSummary(
            String code,
            int revision,
            CourseStatus status,
            String title,
            String summary,
            int estimatedMinutes,
            Integer validityMonths,
            List<String> competencies,
            List<String> metrics,
            int lessons,
            int questions,
            int questionsPerAttempt,
            int passMarkPercent,
            long open,
            long completed) {}

    /** A lesson as HR edits it; the body is HTML from the editor and is sanitised before storing. */
    public record LessonText(String title, String html, String videoUrl, String practiceScenario) {}

    /**
     * What HR sets on a draft besides its content: description, length, expiry (null months: never
     * expires), quiz rules and tags.
     */
    public record CourseSettings(
            String title,
            String summary,
            int estimatedMinutes,
            Integer validityMonths,
            int passMarkPercent,
            int attemptLimit,
            int questionsPerAttempt,
            List<String> languages,
            List<String> competencies,
            List<String> metrics,
            List<String> standards,
            List<Long> segmentIds) {}

    /** The languages a course can be written in: those the portal speaks. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "id");

    /** A course code: capitals, digits and hyphens, starting with a capital. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9-]{1,39}";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private LessonFiles files;

    @Inject
    @ConfigProperty(name = "cx.training.attachment-max-bytes", defaultValue = "" + LessonAttachment.DEFAULT_MAX_BYTES)
    int maxAttachmentBytes;

    /** Adds the starter courses that are not in the database yet; returns how many were added. */
    @PermitAll
    public int loadStarterCurriculum() {
        int added = 0;
        for (String code : StarterCurriculum.CODES) {
            if (em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                    .setParameter("code", code)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty()) {
                Course course = StarterCurriculum.draft(code);
                course.publish(Instant.now());
                em.persist(course);
                added++;
            }
        }
        if (added > 0) {
            LOG.info(() -> "Starter curriculum loaded");
        }
        return added;
    }

    /** The latest revision of every course, by title. */
    public List<CourseSummary> catalog() {
        Map<String, long[]> counts = new HashMap<>();
        em.createQuery(
                        "SELECT a.courseCode, a.status, COUNT(a) FROM Assignment a GROUP BY a.courseCode, a.status",
                        Object[].class)
                .getResultList()
                .forEach(row -> {
                    long[] c = counts.computeIfAbsent((String) row[0], k -> new long[2]);
                    AssignmentStatus status = (AssignmentStatus) row[1];
                    if (status.isOpen()) {
                        c[0] += (Long) row[2];
                    } else if (status == AssignmentStatus.COMPLETED) {
                        c[1] += (Long) row[2];
                    }
                });
        return em
                .createNamedQuery(Course.FIND_CURRENT, Course.class)
                // Lessons and questions of every course in one query each, not two per course.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.lessons")
                .setHint("eclipselink.batch", "c.questions")
                .getResultList()
                .stream()
                .map(c -> summary(c, counts.getOrDefault(c.getCode(), new long[2])))
                .toList();
    }

    /** The published courses, for choosing what to assign. */
    public List<CourseSummary> assignable() {
        return catalog().stream()
                .filter(c -> c.status() == CourseStatus.PUBLISHED)
                .toList();
    }

    /** The latest revision of a course with its lessons and questions. */
    public Course latest(String code) {
        Course course = em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> unknown(code));
        course.getLessons().size();
        course.getQuestions().forEach(q -> q.getOptions().size());
        return course;
    }

    /** A draft copy of the latest revision; the existing draft when there is one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public Course newRevision(String code) {
        Course latest = latest(code);
        if (latest.getStatus() == CourseStatus.DRAFT) {
            return latest;
        }
        Course draft = latest.nextRevision();
        em.persist(draft);
        files.copy(latest, draft);
        return draft;
    }

    /**
     * Rewrites the draft's lessons in one go: text {@code i} becomes lesson {@code i + 1}, texts
     * beyond the last lesson are added. The HTML is sanitised here, whatever the editor sent.
     *
     * @throws RuleViolationException naming the field and the lesson at fault; nothing is written
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void reviseLessons(String code, List<LessonText> texts) {
        Course draft = draft(code);
        for (int i = 0; i < texts.size(); i++) {
            LessonText text = texts.get(i);
            int number = i + 1;
            if (text.title() == null || text.title().isBlank()) {
                throw new RuleViolationException(
                        "title", "error.course.lessonTitle", "Lesson " + number + " needs a title", number);
            }
            String video;
            try {
                video = LessonContent.videoUrl(text.videoUrl());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("videoUrl", "error.course.videoUrl", e.getMessage(), text.videoUrl());
            }
            String html = LessonContent.sanitise(text.html());
            if (number > draft.getLessons().size()) {
                draft.addLesson(text.title().strip(), html, video, text.practiceScenario());
            } else {
                draft.reviseLesson(number, text.title().strip(), html, video, text.practiceScenario());
            }
        }
    }

    /**
     * Starts a new course: revision 1, a draft with no lessons or questions yet, usual quiz rules
     * (80 % to pass, 3 attempts, 5 questions each, valid 12 months) until HR changes them.
     *
     * @throws RuleViolationException naming the field: a code in use (by any revision, even
     *     retired) or not of the form {@value #CODE_PATTERN}, a missing title or summary
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public Course create(String code, String title, String summary) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!wanted.matches(CODE_PATTERN)) {
            throw new RuleViolationException(
                    "code", "error.course.code", "A course code is 2 to 40 capitals, digits or hyphens", wanted);
        }
        if (!em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", wanted)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("code", "error.course.codeTaken", "Course " + wanted + " exists", wanted);
        }
        Course course = new Course(
                wanted, text("title", title, Course.TITLE_LENGTH), text("summary", summary, Course.SUMMARY_LENGTH));
        course.setRules(20, 12, 80, 3, 5);
        course.tag(List.of("en"), List.of(), List.of(), List.of(), List.of());
        em.persist(course);
        return course;
    }

    /**
     * Sets the draft's description, rules and tags.
     *
     * @throws RuleViolationException naming the field out of range or unknown (a competency, a segment)
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void describe(String code, CourseSettings settings) {
        Course draft = draft(code);
        draft.describe(
                text("title", settings.title(), Course.TITLE_LENGTH),
                text("summary", settings.summary(), Course.SUMMARY_LENGTH));
        draft.setRules(
                settings.estimatedMinutes(),
                settings.validityMonths(),
                settings.passMarkPercent(),
                settings.attemptLimit(),
                settings.questionsPerAttempt());
        List<String> competencies = settings.competencies() == null ? List.of() : settings.competencies();
        for (String competency : competencies) {
            if (em.createNamedQuery(Competency.FIND_BY_CODE, Competency.class)
                    .setParameter("code", competency)
                    .getResultList()
                    .isEmpty()) {
                throw new RuleViolationException(
                        "competencies", "error.course.competency", "No competency " + competency, competency);
            }
        }
        List<Long> segments = settings.segmentIds() == null ? List.of() : settings.segmentIds();
        for (Long segment : segments) {
            if (em.find(Segment.class, segment) == null) {
                throw new RuleViolationException("segments", "error.course.segment", "No segment " + segment, segment);
            }
        }
        List<String> languages = settings.languages() == null ? List.of() : settings.languages();
        if (languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
            throw new RuleViolationException(
                    "languages",
                    "error.course.languages",
                    "Choose the course's languages among " + LANGUAGES,
                    LANGUAGES);
        }
        List<String> standards = settings.standards() == null ? List.of() : settings.standards();
        if (!standards.isEmpty()) {
            List<String> known = em.createQuery(
                            "SELECT s.code FROM ServiceStandard s WHERE s.code IN :codes", String.class)
                    .setParameter("codes", standards)
                    .getResultList();
            for (String standard : standards) {
                if (!known.contains(standard)) {
                    throw new RuleViolationException(
                            "standards", "error.course.standard", "No service standard " + standard, standard);
                }
            }
        }
        draft.tag(languages, competencies, settings.metrics(), standards, segments);
    }

    /** Removes a lesson of the draft; the ones after it move up. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void removeLesson(String code, int number) {
        Course draft = draft(code);
        files.beforeRemoving(draft, number);
        draft.removeLesson(number);
    }

    /**
     * Adds a file to lesson {@code lessonNumber} of the draft for learners to download.
     *
     * @throws RuleViolationException naming the field: no such lesson, an empty or too large file, a
     *     kind of file not taken, a name the lesson already has
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public LessonAttachment.Info attach(String code, int lessonNumber, String fileName, byte[] content) {
        Course draft = draft(code);
        if (lessonNumber < 1 || lessonNumber > draft.getLessons().size()) {
            throw new RuleViolationException(
                    "lesson", "error.course.noSuch", code + " has no lesson " + lessonNumber, "lesson", lessonNumber);
        }
        Lesson lesson = draft.getLessons().get(lessonNumber - 1);
        LessonAttachment file = new LessonAttachment(lesson, fileName, content, maxAttachmentBytes, Instant.now());
        boolean taken = files.of(List.of(lesson.getId())).getOrDefault(lesson.getId(), List.of()).stream()
                .anyMatch(f -> f.fileName().equalsIgnoreCase(file.getFileName()));
        if (taken) {
            throw new ConflictException(
                    "file",
                    "error.attachment.duplicate",
                    "Lesson " + lessonNumber + " already has a file " + file.getFileName(),
                    file.getFileName(),
                    lessonNumber);
        }
        em.persist(file);
        em.flush();
        return new LessonAttachment.Info(
                file.getId(), lesson.getId(), file.getFileName(), file.getContentType(), file.getSizeBytes());
    }

    /** Removes a file from a lesson of the draft. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void detach(String code, long fileId) {
        Course draft = draft(code);
        LessonAttachment file = files.file(fileId);
        if (!file.getLesson().getCourse().getId().equals(draft.getId())) {
            throw new RuleViolationException(
                    "file",
                    "error.attachment.otherCourse",
                    "File " + fileId + " is not in the draft of " + code,
                    fileId);
        }
        em.remove(file);
    }

    /** The files of the lessons of a course's latest revision, by lesson id. */
    public Map<Long, List<LessonAttachment.Info>> files(String code) {
        return files.of(latest(code).getLessons().stream().map(Lesson::getId).toList());
    }

    /** A file of any revision of a course, for HR to check what learners get. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public LessonAttachment.Download file(String code, long fileId) {
        LessonAttachment file = files.file(fileId);
        if (!file.getLesson().getCourse().getCode().equals(code)) {
            throw new ResourceNotFoundException(
                    "error.attachment.unknown", "No file " + fileId + " in " + code, fileId);
        }
        return file.download();
    }

    /**
     * Adds a question to the draft's bank ({@code number} null) or rewrites question {@code number}.
     *
     * @throws RuleViolationException naming the field at fault; nothing is written
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void saveQuestion(String code, Integer number, QuestionText text) {
        Course draft = draft(code);
        if (number == null) {
            draft.addQuestion(text);
        } else {
            draft.reviseQuestion(number, text);
        }
    }

    /** Removes a question of the draft's bank; the ones after it move up. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void removeQuestion(String code, int number) {
        draft(code).removeQuestion(number);
    }

    private static String text(String field, String value, int length) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "error.course.required", field + " is required", field);
        }
        if (value.strip().length() > length) {
            throw new RuleViolationException(
                    field, "error.course.tooLong", field + " is longer than " + length + " characters", field, length);
        }
        return value.strip();
    }

    /** Publishes the draft and retires the revision it replaces. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public Course publish(String code) {
        Course draft = draft(code);
        Instant now = Instant.now();
        em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultList()
                .forEach(previous -> previous.retire(now));
        draft.publish(now);
        return draft;
    }

    /** Takes a course out of the catalog: no new assignments; open ones can still be finished. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public void retire(String code) {
        Instant now = Instant.now();
        em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultList()
                .forEach(c -> c.retire(now));
    }

    /** The course's draft revision. @throws RuleViolationException when its latest revision is not a draft */
    private Course draft(String code) {
        Course latest = latest(code);
        if (latest.getStatus() != CourseStatus.DRAFT) {
            throw new ConflictException(
                    null,
                    "error.course.notDraft",
                    code + " revision " + latest.getRevision() + " is not a draft; start a new revision",
                    code,
                    latest.getRevision());
        }
        return latest;
    }

    private static CourseSummary summary(Course c, long[] counts) {
        return new CourseSummary(
                c.getCode(),
                c.getRevision(),
                c.getStatus(),
                c.getTitle(),
                c.getSummary(),
                c.getEstimatedMinutes(),
                c.getValidityMonths(),
                List.copyOf(c.getCompetencies()),
                List.copyOf(c.getMetrics()),
                c.getLessons().size(),
                c.getQuestions().size(),
                c.getQuestionsPerAttempt(),
                c.getPassMarkPercent(),
                counts[0],
                counts[1]);
    }

    static ResourceNotFoundException unknown(String code) {
        return new ResourceNotFoundException("error.course.unknown", "No course " + code, code);
    }
}
