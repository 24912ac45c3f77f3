package com.cxcentric.training.boundary;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.control.CertificatePdf;
import com.cxcentric.training.control.CertificationEvents;
import com.cxcentric.training.control.LessonFiles;
import com.cxcentric.training.control.TrainingScope;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.AssignmentStatus;
import com.cxcentric.training.entity.Certification;
import com.cxcentric.training.entity.CertificationState;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.Lesson;
import com.cxcentric.training.entity.LessonAttachment;
import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.QuizAnswer;
import com.cxcentric.training.entity.QuizAttempt;
import com.cxcentric.training.entity.QuizDraw;
import com.cxcentric.training.entity.QuizQuestion;
import com.cxcentric.training.entity.TrainingState;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An employee's own training: what they have to do, taking the lessons (resuming at the first one
 * not done), the quiz (questions drawn from the course's bank, scored with the explanation of every
 * option), the reaction survey and the certificate. Only ever the caller's own assignments.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MyTraining {

    /** One of my assignments with its certification, if passed. */
    public record MyAssignment(
            long id,
            String courseCode,
            String courseTitle,
            int revision,
            String summary,
            int estimatedMinutes,
            LocalDate dueOn,
            boolean mandatory,
            String message,
            TrainingState state,
            int lessonsDone,
            int lessons,
            int attemptsLeft,
            Integer bestScorePercent,
            Instant completedAt,
            boolean reacted,
            String certificateNumber,
            LocalDate expiresOn,
            CertificationState certification,
            String importedFrom) {

        public int progressPercent() {
            if (state == TrainingState.COMPLETED) {
                return 100;
            }
            return lessons == 0 ? 0 : lessonsDone * 90 / lessons;
        }
    }

    public record LessonView(
            long id,
            int number,
            String title,
            String html,
            String videoUrl,
            String practice,
            boolean done,
            List<LessonAttachment.Info> files) {}

    /** A course as its learner sees it; {@code resumeAt} is the first lesson not done (null: all done). */
    public record CourseView(
            MyAssignment assignment, List<LessonView> lessons, Long resumeAt, boolean quizOpen, int passMarkPercent) {}

    public record OptionView(long id, String label) {}

    public record QuestionView(long id, QuestionKind kind, String scenario, String prompt, List<OptionView> options) {}

    public record QuizView(long attemptId, int number, int passMarkPercent, List<QuestionView> questions) {}

    public record OptionResult(long id, String label, boolean correct, boolean chosen, String explanation) {}

    public record QuestionResult(String scenario, String prompt, boolean correct, List<OptionResult> options) {}

    public record QuizResult(
            int scorePercent,
            boolean passed,
            int passMarkPercent,
            int attemptsLeft,
            List<QuestionResult> questions,
            String certificateNumber) {}

    public record CertificateFile(String fileName, byte[] pdf) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private CertificationEvents certificationEvents;

    @Inject
    private LessonFiles files;

    @Inject
    private TrainingScope scopes;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.training.expiring-days", defaultValue = "" + CertificationState.DEFAULT_WINDOW_DAYS)
    int expiringDays;

    @Inject
    @ConfigProperty(name = "cx.company.name", defaultValue = "CX Centric")
    String companyName;

    @Resource
    private SessionContext context;

    /** My assignments but the cancelled ones: open first by due date, then completed, newest first. */
    public List<MyAssignment> mine() {
        Employee me = scopes.me(context).orElse(null);
        if (me == null) {
            return List.of();
        }
        List<Assignment> assignments = em.createQuery(
                        "SELECT a FROM Assignment a JOIN FETCH a.course WHERE a.employee = :me"
                                + " AND a.status <> com.cxcentric.training.entity.AssignmentStatus.CANCELLED",
                        Assignment.class)
                .setParameter("me", me)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.lessonsDone")
                .setHint("eclipselink.batch", "a.course.lessons")
                .getResultList();
        Map<Long, Certification> certificates = certificatesOf(assignments);
        LocalDate today = businessDay.today();
        return assignments.stream()
                .map(a -> view(a, certificates.get(a.getId()), today))
                .sorted(Comparator.comparing((MyAssignment m) -> m.state() == TrainingState.COMPLETED)
                        .thenComparing(m -> m.state() == TrainingState.COMPLETED ? LocalDate.MAX : m.dueOn())
                        .thenComparing(MyAssignment::completedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** One of my courses with its lessons. */
    public CourseView course(long assignmentId) {
        Assignment assignment = mineById(assignmentId);
        Course course = assignment.getCourse();
        Map<Long, List<LessonAttachment.Info>> attached =
                files.of(course.getLessons().stream().map(Lesson::getId).toList());
        List<LessonView> lessons = course.getLessons().stream()
                .map(l -> new LessonView(
                        l.getId(),
                        l.getNumber(),
                        l.getTitle(),
                        l.getBodyHtml(),
                        l.getVideoUrl(),
                        l.getPracticeScenario(),
                        assignment.getLessonsDone().contains(l.getId()),
                        attached.getOrDefault(l.getId(), List.of())))
                .toList();
        Lesson resume = assignment.resumeLesson();
        return new CourseView(
                view(assignment, certificateOf(assignment), businessDay.today()),
                lessons,
                resume == null ? null : resume.getId(),
                assignment.canTakeQuiz(),
                course.getPassMarkPercent());
    }

    /**
     * A file of a lesson of one of my courses.
     *
     * @throws ResourceNotFoundException when the file is not part of the course revision I have
     */
    public LessonAttachment.Download file(long assignmentId, long fileId) {
        Assignment assignment = mineById(assignmentId);
        LessonAttachment file = files.file(fileId);
        if (!file.getLesson().getCourse().getId().equals(assignment.getCourse().getId())) {
            throw new ResourceNotFoundException(
                    "error.attachment.unknown",
                    "File " + fileId + " is not part of assignment " + assignmentId,
                    fileId);
        }
        return file.download();
    }

    /** Marks a lesson as done; the first lesson done starts the course. */
    public CourseView completeLesson(long assignmentId, long lessonId) {
        Assignment assignment = mineById(assignmentId);
        if (assignment.getCourse().getLessons().stream().noneMatch(l -> l.getId() == lessonId)) {
            throw new RuleViolationException(
                    "lesson",
                    "error.training.lessonUnknown",
                    "Lesson " + lessonId + " is not part of this course",
                    lessonId);
        }
        assignment.completeLesson(lessonId, Instant.now());
        return course(assignmentId);
    }

    /**
     * The quiz attempt to answer: the one started and not submitted, or a new one drawn from the
     * bank (questions asked in the previous attempt come last in the choice).
     */
    public QuizView startQuiz(long assignmentId) {
        Assignment assignment = mineById(assignmentId);
        List<QuizAttempt> attempts = attempts(assignment);
        QuizAttempt current = attempts.isEmpty() || attempts.get(0).isSubmitted() ? null : attempts.get(0);
        if (current == null) {
            if (!assignment.canTakeQuiz()) {
                throw new RuleViolationException(
                        null, "error.training.noAttempt", "No quiz attempt possible for assignment " + assignmentId);
            }
            Course course = assignment.getCourse();
            Set<Long> askedLastTime =
                    attempts.isEmpty() ? Set.of() : Set.copyOf(attempts.get(0).getQuestionIds());
            List<Long> drawn = QuizDraw.draw(
                    course.getQuestions().stream().map(QuizQuestion::getId).toList(),
                    course.getQuestionsPerAttempt(),
                    askedLastTime,
                    ThreadLocalRandom.current());
            current = new QuizAttempt(assignment, attempts.size() + 1, drawn, Instant.now());
            em.persist(current);
        }
        Map<Long, QuizQuestion> bank = bank(assignment.getCourse());
        return new QuizView(
                current.getId() == null ? 0 : current.getId(),
                current.getNumber(),
                assignment.getCourse().getPassMarkPercent(),
                current.getQuestionIds().stream()
                        .map(bank::get)
                        .map(MyTraining::question)
                        .toList());
    }

    /**
     * Scores the current attempt. A question counts when exactly its right options were chosen; an
     * unanswered question counts as wrong. Passing completes the course and certifies the caller.
     */
    public QuizResult submitQuiz(long assignmentId, Map<Long, Set<Long>> answers) {
        Assignment assignment = mineById(assignmentId);
        List<QuizAttempt> attempts = attempts(assignment);
        if (attempts.isEmpty() || attempts.get(0).isSubmitted()) {
            throw new ConflictException(null, "error.training.noOpenAttempt", "No quiz attempt is open");
        }
        QuizAttempt attempt = attempts.get(0);
        Map<Long, QuizQuestion> bank = bank(assignment.getCourse());
        List<QuizAnswer> graded = new ArrayList<>();
        List<QuestionResult> results = new ArrayList<>();
        int right = 0;
        for (Long questionId : attempt.getQuestionIds()) {
            QuizQuestion question = bank.get(questionId);
            Set<Long> chosen = answers.getOrDefault(questionId, Set.of());
            boolean correct = question.isAnsweredBy(chosen);
            right += correct ? 1 : 0;
            graded.add(new QuizAnswer(questionId, chosen, correct));
            results.add(result(question, chosen));
        }
        int score = QuizDraw.scorePercent(right, graded.size());
        Instant now = Instant.now();
        assignment.recordAttempt(score, now);
        boolean passed = assignment.getStatus() == AssignmentStatus.COMPLETED;
        attempt.submit(graded, score, passed, now);
        String certificateNumber = null;
        if (passed) {
            LocalDate today = businessDay.today();
            certificateNumber = "CX-" + today.getYear() + "-" + assignment.getId();
            Certification certification = new Certification(assignment, certificateNumber, today);
            em.persist(certification);
            certificationEvents.certified(certification);
        }
        return new QuizResult(
                score,
                passed,
                assignment.getCourse().getPassMarkPercent(),
                assignment.attemptsLeft(),
                results,
                certificateNumber);
    }

    /** The reaction survey: relevance and usefulness 1 to 5 and a comment, once the course is completed. */
    public void react(long assignmentId, int relevance, int usefulness, String comment) {
        if (comment != null && comment.length() > Assignment.COMMENT_LENGTH) {
            throw new RuleViolationException(
                    "comment", "error.training.commentLength", "The comment is longer than 2000 characters");
        }
        mineById(assignmentId).react(relevance, usefulness, comment, Instant.now());
    }

    /** The certificate of a passed course as PDF, in the given language. */
    public CertificateFile certificate(long assignmentId, Locale locale) {
        Assignment assignment = mineById(assignmentId);
        Certification certification = certificateOf(assignment);
        if (certification == null) {
            throw new ResourceNotFoundException(
                    "error.training.noCertificate", "Assignment " + assignmentId + " has no certificate", assignmentId);
        }
        byte[] pdf = CertificatePdf.render(
                new CertificatePdf.Content(
                        assignment.getEmployee().getDisplayName(),
                        assignment.getCourse().getTitle(),
                        assignment.getCourse().getRevision(),
                        certification.getCertifiedOn(),
                        certification.getExpiresOn(),
                        assignment.getBestScorePercent() == null ? 0 : assignment.getBestScorePercent(),
                        certification.getCertificateNumber(),
                        companyName),
                locale);
        return new CertificateFile(certification.getCertificateNumber() + ".pdf", pdf);
    }

    private Assignment mineById(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        Employee me = scopes.me(context).orElse(null);
        if (assignment == null) {
            throw new ResourceNotFoundException(
                    "error.assignment.unknown", "No assignment " + assignmentId, assignmentId);
        }
        if (me == null || !assignment.getEmployee().getId().equals(me.getId())) {
            throw new AccessDeniedException(
                    "error.training.notYours", "Assignment " + assignmentId + " belongs to someone else", assignmentId);
        }
        return assignment;
    }

    /** A question as the learner is asked it: options without the answers. */
    static QuestionView question(QuizQuestion q) {
        return new QuestionView(
                q.getId(),
                q.getKind(),
                q.getScenario(),
                q.getPrompt(),
                q.getOptions().stream()
                        .map(o -> new OptionView(o.getId(), o.getLabel()))
                        .toList());
    }

    /** A question after answering: every option with whether it was right, chosen, and why. */
    static QuestionResult result(QuizQuestion question, Set<Long> chosen) {
        return new QuestionResult(
                question.getScenario(),
                question.getPrompt(),
                question.isAnsweredBy(chosen),
                question.getOptions().stream()
                        .map(o -> new OptionResult(
                                o.getId(), o.getLabel(), o.isCorrect(), chosen.contains(o.getId()), o.getExplanation()))
                        .toList());
    }

    private List<QuizAttempt> attempts(Assignment assignment) {
        return em.createNamedQuery(QuizAttempt.FIND_BY_ASSIGNMENT, QuizAttempt.class)
                .setParameter("assignment", assignment)
                .getResultList();
    }

    private static Map<Long, QuizQuestion> bank(Course course) {
        return course.getQuestions().stream().collect(Collectors.toMap(QuizQuestion::getId, Function.identity()));
    }

    private Certification certificateOf(Assignment assignment) {
        return em.createNamedQuery(Certification.FIND_BY_ASSIGNMENT, Certification.class)
                .setParameter("assignment", assignment)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Map<Long, Certification> certificatesOf(List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return Map.of();
        }
        Map<Long, Certification> byAssignment = new HashMap<>();
        em.createQuery("SELECT c FROM Certification c WHERE c.assignment IN :assignments", Certification.class)
                .setParameter("assignments", assignments)
                .getResultList()
                .forEach(c -> byAssignment.put(c.getAssignment().getId(), c));
        return byAssignment;
    }

    private MyAssignment view(Assignment a, Certification c, LocalDate today) {
        Course course = a.getCourse();
        return new MyAssignment(
                a.getId(),
                a.getCourseCode(),
                course.getTitle(),
                course.getRevision(),
                course.getSummary(),
                course.getEstimatedMinutes(),
                a.getDueOn(),
                a.isMandatory(),
                a.getMessage(),
                a.stateOn(today),
                (int) course.getLessons().stream()
                        .filter(l -> a.getLessonsDone().contains(l.getId()))
                        .count(),
                course.getLessons().size(),
                a.attemptsLeft(),
                a.getBestScorePercent(),
                a.getCompletedAt(),
                a.isReacted(),
                c == null ? null : c.getCertificateNumber(),
                c == null ? null : c.getExpiresOn(),
                c == null ? null : c.stateOn(today, expiringDays),
                a.getSource() == AssignmentSource.IMPORTED ? a.getAssignedBy() : null);
    }
}
