package com.cxcentric.web.me;

import com.cxcentric.training.boundary.MyRefreshers;
import com.cxcentric.training.boundary.MyTraining;
import com.cxcentric.training.entity.CertificationState;
import com.cxcentric.training.entity.TrainingState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /me/training.xhtml: my courses to do (overdue first), the ones I completed with their
 * certificates, and my refreshers.
 */
@Named
@ViewScoped
public class TrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyTraining training;

    @Inject
    private MyRefreshers refresherQuizzes;

    private List<MyRefreshers.RefresherView> refreshers = List.of();

    private List<MyTraining.MyAssignment> toDo = List.of();
    private List<MyTraining.MyAssignment> completed = List.of();

    @PostConstruct
    void load() {
        List<MyTraining.MyAssignment> mine = training.mine();
        refreshers = refresherQuizzes.mine();
        toDo = mine.stream().filter(a -> a.state() != TrainingState.COMPLETED).toList();
        completed =
                mine.stream().filter(a -> a.state() == TrainingState.COMPLETED).toList();
    }

    public List<MyTraining.MyAssignment> getToDo() {
        return toDo;
    }

    public List<MyRefreshers.RefresherView> getRefreshers() {
        return refreshers;
    }

    public List<MyTraining.MyAssignment> getCompleted() {
        return completed;
    }

    public long getOverdue() {
        return toDo.stream().filter(a -> a.state() == TrainingState.OVERDUE).count();
    }

    public long getExpiring() {
        return completed.stream()
                .filter(a -> a.certification() == CertificationState.EXPIRING)
                .count();
    }
}
