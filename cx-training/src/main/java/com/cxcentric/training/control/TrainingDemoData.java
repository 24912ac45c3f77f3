package com.cxcentric.training.control;

import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.demo.DemoTrainingRollout;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.control.DailyJob;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.Certification;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.Lesson;
import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.QuizAnswer;
import com.cxcentric.training.entity.QuizAttempt;
import com.cxcentric.training.entity.QuizDraw;
import com.cxcentric.training.entity.QuizOption;
import com.cxcentric.training.entity.QuizQuestion;
import com.cxcentric.training.entity.Refresher;
import com.cxcentric.training.entity.TrainingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A year of training in the demo company, on the starter courses: everyone had the company-wide
 * course; the customer-facing teams had service recovery and every team data protection, team by
 * team as {@link DemoTrainingRollout} plans it; customer-facing staff the CX vision
 * (some certifications now expiring) and a questioning course still running (some overdue, some in
 * progress). Completion dates are exact instants, spread realistically around the due dates, so the
 * later impact analysis can compare outcomes before and after each person's completion.
 */
@ApplicationScoped
public class TrainingDemoData implements DemoDataContributor {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** Days of reinforcement history: covers the 90-day refreshers of the last quarter's passes. */
    static final int HISTORY_DAYS = 120;

    @Inject
    private CertificationEvents certificationEvents;

    @Inject
    private TrainingDay trainingDay;

    @Inject
    private DailyJob job;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** One wave of assignments: who, when assigned, how long until due, how many finish. */
    private record Wave(String code, int assignedDaysAgo, int daysToDo, double completing, double started) {}

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(TrainingDemoData.class);
        LocalDate today = context.today();
        List<Employee> people = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT"
                                + " ORDER BY e.employeeNumber",
                        Employee.class)
                .getResultList();
        List<Employee> customerFacing = people.stream()
                .filter(e -> e.getContactLevel() != ContactLevel.BACK_OFFICE)
                .toList();
        int sequence = 0;
        // The demo employee login keeps the questioning course untouched: a course to take in the demo.
        Long demoEmployee = demoEmployeeId();
        sequence = wave(new Wave("CX-EVERYONE", 300, 45, 0.93, 0.5), people, today, random, sequence, demoEmployee);
        sequence =
                wave(new Wave("CX-VISION", 350, 30, 0.9, 0.5), customerFacing, today, random, sequence, demoEmployee);
        DemoTrainingRollout rollout = new DemoTrainingRollout(context.company(), today, context.seed());
        dataProtectionCourse(today);
        sequence = rollout(rollout, people, random, sequence);
        List<Employee> questioning = customerFacing.stream()
                .filter(e -> !e.getId().equals(demoEmployee))
                .toList();
        sequence =
                wave(new Wave("CX-QUESTIONS", 25, 35, 0.35, 0.5), questioning, today, random, sequence, demoEmployee);
        if (demoEmployee != null) {
            wave(
                    new Wave("CX-QUESTIONS", 2, 14, 0, 0),
                    List.of(em.find(Employee.class, demoEmployee)),
                    today,
                    random,
                    sequence,
                    demoEmployee);
        }
        // The day-by-day replay below runs hundreds of queries; each would first check every entity
        // written above for changes. Detaching them keeps that check small.
        em.flush();
        em.clear();
        // Told after the fact, in the order they happened, as training tells each one live.
        certificationEvents.certifiedAll();
        newJoinerRule();
        reinforcementHistory(today, random, demoEmployee);
    }

    /** HR's rule for the front line: newcomers get the company-wide course within 30 days. */
    private void newJoinerRule() {
        em.createQuery("SELECT s FROM Segment s WHERE s.archivedAt IS NULL ORDER BY s.name", Segment.class)
                .getResultStream()
                .filter(s -> s.getName().toLowerCase(Locale.ROOT).contains("front"))
                .findFirst()
                .ifPresent(segment -> em.persist(new TrainingRule(
                        segment,
                        "CX-EVERYONE",
                        30,
                        true,
                        "Welcome to the front line: this is where our customers meet us first.",
                        "hr")));
    }

    /**
     * The daily training job as if it had run for the last {@value #HISTORY_DAYS} days: the
     * recertifications, refreshers, reminders and overdue messages of those days, each dated on its
     * day. Most refreshers older than a week were answered; the demo employee's are left open to
     * try. The messages are history: marked read and not mailed.
     */
    private void reinforcementHistory(LocalDate today, Random random, Long demoEmployee) {
        for (LocalDate day = today.minusDays(HISTORY_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            trainingDay.process(day, day.atTime(7, 0).atZone(ZONE).toInstant());
        }
        for (LocalDate day : job.claim(TrainingDay.JOB, today)) {
            trainingDay.process(day, day.atTime(7, 0).atZone(ZONE).toInstant());
        }
        em.flush();
        em.clear();
        for (Refresher refresher : em.createQuery(
                        "SELECT r FROM Refresher r WHERE r.availableOn < :week", Refresher.class)
                .setParameter("week", today.minusDays(7))
                .getResultList()) {
            boolean mine = refresher.getEmployee().getId().equals(demoEmployee);
            if (!mine && random.nextDouble() < 0.7) {
                int right = random.nextDouble() < 0.6 ? refresher.questionIds().size() : random.nextInt(3);
                refresher.answer(
                        Math.min(right, refresher.questionIds().size()),
                        refresher
                                .getAvailableOn()
                                .plusDays(random.nextInt(5))
                                .atTime(12, 0)
                                .atZone(ZONE)
                                .toInstant());
            }
        }
        em.createNativeQuery("UPDATE notification SET mail_status = 'OFF', read_at = created_at"
                        + " WHERE mail_status = 'PENDING' AND created_at < ?1")
                .setParameter(1, Timestamp.from(today.atStartOfDay(ZONE).toInstant()))
                .executeUpdate();
        em.createNativeQuery("UPDATE notification SET mail_status = 'OFF' WHERE mail_status = 'PENDING'")
                .executeUpdate();
    }

    /**
     * Service recovery and data protection as {@link DemoTrainingRollout} rolled them out team by
     * team: an assignment for everyone in a team's wave, a pass with its quiz and certificate on the
     * day the plan says, a start for some of those who have not passed.
     */
    private int rollout(DemoTrainingRollout rollout, List<Employee> people, Random random, int sequence) {
        Map<String, Course> courses = new HashMap<>();
        for (String code : List.of(DemoTrainingRollout.RECOVERY, DemoTrainingRollout.PLACEBO)) {
            courses.put(
                    code,
                    em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                            .setParameter("code", code)
                            .getSingleResult());
        }
        int next = sequence;
        for (Employee person : people) {
            for (String code : courses.keySet().stream().sorted().toList()) {
                var wave = rollout.waveOf(code, person.getEmployeeNumber()).orElse(null);
                if (wave == null) {
                    continue;
                }
                Course course = courses.get(code);
                Instant assignedAt = wave.assignedOn().atTime(9, 0).atZone(ZONE).toInstant();
                Assignment assignment = new Assignment(
                        person, course, AssignmentSource.MANUAL, "hr", assignedAt, wave.dueOn(), true, null);
                em.persist(assignment);
                var passed = rollout.passedOn(code, person.getEmployeeNumber());
                if (passed.isPresent()) {
                    Instant finish = passed.get()
                            .atTime(10 + random.nextInt(7), random.nextInt(60))
                            .atZone(ZONE)
                            .toInstant();
                    Instant start = finish.minusSeconds(3600L * (2 + random.nextInt(40)));
                    for (Lesson lesson : course.getLessons()) {
                        assignment.completeLesson(lesson.getId(), start);
                    }
                    takeQuiz(
                            assignment,
                            course,
                            new Random(person.getId() * 1_000_003L + course.getId()),
                            start,
                            finish,
                            true);
                    em.persist(new Certification(
                            assignment, "CX-" + passed.get().getYear() + "-D" + (++next), passed.get()));
                } else if (random.nextBoolean()) {
                    assignment.completeLesson(
                            course.getLessons().get(0).getId(),
                            wave.assignedOn()
                                    .plusDays(2)
                                    .atTime(11, 0)
                                    .atZone(ZONE)
                                    .toInstant());
                }
            }
        }
        em.flush();
        return next;
    }

    /**
     * Data protection essentials: compliance's course, taken by every team in the same staggered
     * way as service recovery; it has nothing to do with customers' satisfaction, which is why the
     * training impact analysis must find no effect in it.
     */
    private void dataProtectionCourse(LocalDate today) {
        Course course = new Course(
                DemoTrainingRollout.PLACEBO,
                "Data protection essentials",
                "How we keep customers' and colleagues' personal data safe: what counts as personal data,"
                        + " who may see it, and what to do when something goes wrong.");
        course.setRules(20, 24, 80, 3, 3);
        course.tag(List.of("en"), List.of(), List.of(), List.of(), List.of());
        course.addLesson(
                "Personal data and why it matters",
                "<p>Names, addresses, phone numbers, order histories and notes about a customer are personal"
                        + " data. Keep them in the systems made for them, never in personal notes or chats.</p>",
                null,
                null);
        course.addLesson(
                "When something goes wrong",
                "<p>A lost laptop, a mail to the wrong person, a screen left open: report it to the service"
                        + " desk within the hour, even when you are not sure it matters.</p>",
                null,
                null);
        course.addQuestion(QuestionKind.SINGLE, null, "Is a customer's order history personal data?")
                .option("Yes", true, "It tells about one person.")
                .option("No", false, "It tells about one person, so it is.");
        course.addQuestion(QuestionKind.SINGLE, null, "You sent a delivery note to the wrong customer. What now?")
                .option("Report it to the service desk within the hour", true, "Reporting fast limits the harm.")
                .option("Wait to see whether the customer complains", false, "Waiting lets the harm grow.");
        course.addQuestion(QuestionKind.SINGLE, null, "Where do notes about a customer belong?")
                .option("In the customer record", true, "Only there are they protected and kept for as long as needed.")
                .option("In a personal notebook", false, "Nobody can protect or delete them there.");
        course.addQuestion(QuestionKind.SINGLE, null, "A caller asks for a colleague's home address. You…")
                .option("decline and offer to pass on a message", true, "The address is the colleague's to give.")
                .option("give it if the caller sounds friendly", false, "Friendliness proves nothing.");
        course.publish(today.minusDays(400).atStartOfDay(ZONE).toInstant());
        em.persist(course);
        em.flush();
    }

    /** Writes one wave; {@code spared} (the demo employee login) never fails the quiz. */
    private int wave(Wave wave, List<Employee> people, LocalDate today, Random random, int sequence, Long spared) {
        Course course = em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", wave.code())
                .getSingleResult();
        LocalDate assignedOn = today.minusDays(wave.assignedDaysAgo());
        Instant assignedAt = assignedOn.atTime(9, 0).atZone(ZONE).toInstant();
        LocalDate dueOn = assignedOn.plusDays(wave.daysToDo());
        for (Employee person : people) {
            Assignment assignment =
                    new Assignment(person, course, AssignmentSource.MANUAL, "hr", assignedAt, dueOn, true, null);
            em.persist(assignment);
            if (random.nextDouble() < wave.completing()) {
                // Most finish before the due date, some up to three weeks late; never in the future.
                int day = Math.min(
                        (int) Math.round(wave.daysToDo() * (0.2 + random.nextDouble() * 0.9)),
                        wave.assignedDaysAgo() - 1);
                Instant start = assignedOn
                        .plusDays(Math.max(0, day - 2))
                        .atTime(10 + random.nextInt(6), random.nextInt(60))
                        .atZone(ZONE)
                        .toInstant();
                Instant finish = assignedOn
                        .plusDays(day)
                        .atTime(10 + random.nextInt(7), random.nextInt(60))
                        .atZone(ZONE)
                        .toInstant();
                for (Lesson lesson : course.getLessons()) {
                    assignment.completeLesson(lesson.getId(), start);
                }
                // Quiz answers come from a source of their own, so the rest of the plan does not shift
                // with them; about one in thirty-seven people uses up the attempts (never the demo
                // employee login): failed until HR or their lead grants another.
                Random answers = new Random(person.getId() * 1_000_003L + course.getId());
                if ((person.getId() * 31 + course.getId()) % 37 == 0
                        && !person.getId().equals(spared)) {
                    takeQuiz(assignment, course, answers, start, finish, false);
                    continue;
                }
                takeQuiz(assignment, course, answers, start, finish, true);
                LocalDate certifiedOn = LocalDate.ofInstant(finish, ZONE);
                Certification certification =
                        new Certification(assignment, "CX-" + certifiedOn.getYear() + "-D" + (++sequence), certifiedOn);
                em.persist(certification);
                if (random.nextDouble() < 0.6) {
                    assignment.react(
                            3 + random.nextInt(3), 2 + random.nextInt(4), reaction(random), finish.plusSeconds(60));
                }
            } else if (random.nextDouble() < wave.started()) {
                Instant start = assignedOn
                        .plusDays(random.nextInt(Math.max(1, Math.min(wave.assignedDaysAgo(), 20))))
                        .atTime(11, 0)
                        .atZone(ZONE)
                        .toInstant();
                assignment.completeLesson(course.getLessons().get(0).getId(), start);
            }
        }
        em.flush();
        return sequence;
    }

    /**
     * The quiz as a person would take it: questions drawn from the bank, each answered right with a
     * chance that falls with the question's difficulty, a failed first attempt now and then, and a
     * pass at the end ({@code passes}) or every attempt failed, stored as real attempts with graded
     * answers so the quiz reports have something to show.
     */
    private void takeQuiz(
            Assignment assignment, Course course, Random random, Instant start, Instant finish, boolean passes) {
        Map<Long, QuizQuestion> bank = new LinkedHashMap<>();
        course.getQuestions().forEach(q -> bank.put(q.getId(), q));
        Set<Long> askedLastTime = Set.of();
        for (int number = 1; ; number++) {
            boolean last = number == course.getAttemptLimit() || random.nextDouble() < 0.85;
            List<Long> drawn = QuizDraw.draw(bank.keySet(), course.getQuestionsPerAttempt(), askedLastTime, random);
            boolean[] right = new boolean[drawn.size()];
            int rightCount = 0;
            for (int i = 0; i < drawn.size(); i++) {
                int difficulty = bank.get(drawn.get(i)).getNumber() % 7;
                right[i] = random.nextDouble() < 0.97 - difficulty * 0.05;
                rightCount += right[i] ? 1 : 0;
            }
            for (int i = 0;
                    last
                            && i < drawn.size()
                            && QuizDraw.scorePercent(rightCount, drawn.size()) < course.getPassMarkPercent();
                    i++) {
                if (!right[i]) {
                    right[i] = true;
                    rightCount++;
                }
            }
            for (int i = 0;
                    !passes
                            && i < drawn.size()
                            && QuizDraw.scorePercent(rightCount, drawn.size()) >= course.getPassMarkPercent();
                    i++) {
                if (right[i]) {
                    right[i] = false;
                    rightCount--;
                }
            }
            int score = QuizDraw.scorePercent(rightCount, drawn.size());
            Instant when = last ? finish : start;
            QuizAttempt attempt = new QuizAttempt(assignment, number, drawn, when.minusSeconds(420));
            List<QuizAnswer> answers = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                QuizQuestion question = bank.get(drawn.get(i));
                answers.add(new QuizAnswer(question.getId(), chosen(question, right[i]), right[i]));
            }
            boolean passed = score >= course.getPassMarkPercent();
            attempt.submit(answers, score, passed, when);
            em.persist(attempt);
            assignment.recordAttempt(score, when);
            if (passed || number == course.getAttemptLimit()) {
                return;
            }
            askedLastTime = Set.copyOf(drawn);
        }
    }

    private static Set<Long> chosen(QuizQuestion question, boolean right) {
        Set<Long> correct = question.getOptions().stream()
                .filter(QuizOption::isCorrect)
                .map(QuizOption::getId)
                .collect(Collectors.toSet());
        if (right) {
            return correct;
        }
        return question.getOptions().stream()
                .filter(o -> !o.isCorrect())
                .map(QuizOption::getId)
                .findFirst()
                .map(Set::of)
                .orElse(Set.of());
    }

    private Long demoEmployeeId() {
        return em.createQuery("SELECT a.employee.id FROM UserAccount a WHERE a.username = 'employee'", Long.class)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static String reaction(Random random) {
        String[] comments = {
            null,
            "The examples were close to what I see every day.",
            "Good, but the quiz questions were a bit easy.",
            "I will use the gap-finding questions on my next call-back.",
            "Useful for the new colleagues in our team.",
            null
        };
        return comments[random.nextInt(comments.length)];
    }
}
