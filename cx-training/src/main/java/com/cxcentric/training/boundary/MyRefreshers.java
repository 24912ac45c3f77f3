package com.cxcentric.training.boundary;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.MyTraining.QuestionResult;
import com.cxcentric.training.boundary.MyTraining.QuestionView;
import com.cxcentric.training.control.TrainingScope;
import com.cxcentric.training.entity.QuizQuestion;
import com.cxcentric.training.entity.Refresher;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * My refreshers: the short quizzes scheduled 7, 30 and 90 days after I passed a course. Each is
 * answered once, shows every explanation, and never changes the certification.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MyRefreshers {

    /** Refreshers answered long ago drop off the list after this many. */
    static final int ANSWERED_SHOWN = 10;

    public record RefresherView(
            long id,
            String courseTitle,
            int offsetDays,
            LocalDate availableOn,
            boolean answered,
            Integer scorePercent) {}

    public record RefresherQuiz(long id, String courseTitle, int offsetDays, List<QuestionView> questions) {}

    public record RefresherResult(int scorePercent, int right, int asked, List<QuestionResult> questions) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private TrainingScope scopes;

    @Inject
    private BusinessDay businessDay;

    @Resource
    private SessionContext context;

    /** The refreshers open to me (oldest first), then the last ones I answered. */
    public List<RefresherView> mine() {
        Employee me = scopes.me(context).orElse(null);
        if (me == null) {
            return List.of();
        }
        List<Refresher> available = em.createQuery(
                        "SELECT r FROM Refresher r JOIN FETCH r.course WHERE r.employee = :me AND r.availableOn <= :today"
                                + " ORDER BY r.availableOn, r.id",
                        Refresher.class)
                .setParameter("me", me)
                .setParameter("today", businessDay.today())
                .getResultList();
        List<Refresher> ordered =
                new ArrayList<>(available.stream().filter(r -> !r.isAnswered()).toList());
        ordered.addAll(available.stream()
                .filter(Refresher::isAnswered)
                .sorted(Comparator.comparing(Refresher::getAnsweredAt).reversed())
                .toList());
        List<RefresherView> views = new ArrayList<>();
        int answered = 0;
        for (Refresher r : ordered) {
            if (r.isAnswered() && ++answered > ANSWERED_SHOWN) {
                break;
            }
            views.add(new RefresherView(
                    r.getId(),
                    r.getCourse().getTitle(),
                    r.getOffsetDays(),
                    r.getAvailableOn(),
                    r.isAnswered(),
                    r.getScorePercent()));
        }
        return views;
    }

    /** The questions of one of my open refreshers. */
    public RefresherQuiz open(long refresherId) {
        Refresher refresher = mineById(refresherId);
        Map<Long, QuizQuestion> questions = questions(refresher);
        return new RefresherQuiz(
                refresher.getId(),
                refresher.getCourse().getTitle(),
                refresher.getOffsetDays(),
                refresher.questionIds().stream()
                        .map(questions::get)
                        .map(MyTraining::question)
                        .toList());
    }

    /** Scores my answers (a question counts when exactly its right options were chosen), once. */
    public RefresherResult answer(long refresherId, Map<Long, Set<Long>> answers) {
        Refresher refresher = mineById(refresherId);
        Map<Long, QuizQuestion> questions = questions(refresher);
        List<QuestionResult> results = new ArrayList<>();
        int right = 0;
        for (Long id : refresher.questionIds()) {
            QuestionResult result = MyTraining.result(questions.get(id), answers.getOrDefault(id, Set.of()));
            right += result.correct() ? 1 : 0;
            results.add(result);
        }
        refresher.answer(right, Instant.now());
        return new RefresherResult(refresher.getScorePercent(), right, results.size(), results);
    }

    private Map<Long, QuizQuestion> questions(Refresher refresher) {
        return em
                .createQuery("SELECT q FROM QuizQuestion q WHERE q.id IN :ids", QuizQuestion.class)
                .setParameter("ids", refresher.questionIds())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(QuizQuestion::getId, Function.identity()));
    }

    private Refresher mineById(long refresherId) {
        Refresher refresher = em.find(Refresher.class, refresherId);
        if (refresher == null || refresher.getAvailableOn().isAfter(businessDay.today())) {
            throw new ResourceNotFoundException("error.refresher.unknown", "No refresher " + refresherId, refresherId);
        }
        Employee me = scopes.me(context).orElse(null);
        if (me == null || !me.getId().equals(refresher.getEmployee().getId())) {
            throw new AccessDeniedException("error.refresher.notYours", "Refresher " + refresherId + " is not yours");
        }
        return refresher;
    }
}
