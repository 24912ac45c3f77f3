package com.cxcentric.web.me;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.MyRefreshers;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** /me/refresher.xhtml?refresher=ID: a short refresher quiz, then every answer explained. */
@Named
@ViewScoped
public class RefresherBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyRefreshers refreshers;

    @Inject
    private FacesMessages messages;

    private Long refresher;
    private MyRefreshers.RefresherQuiz quiz;
    private MyRefreshers.RefresherResult result;
    private final Map<Long, Object> answers = new HashMap<>();

    /** The view action: loads the questions. */
    public void load() {
        if (refresher == null) {
            return;
        }
        try {
            quiz = refreshers.open(refresher);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void submit() {
        Map<Long, Set<Long>> chosen = new HashMap<>();
        answers.forEach((question, value) -> chosen.put(question, CourseBacking.optionIds(value)));
        try {
            result = refreshers.answer(refresher, chosen);
            messages.info("refresher.done", result.right(), result.asked());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public Long getRefresher() {
        return refresher;
    }

    public void setRefresher(Long refresher) {
        this.refresher = refresher;
    }

    public MyRefreshers.RefresherQuiz getQuiz() {
        return quiz;
    }

    public MyRefreshers.RefresherResult getResult() {
        return result;
    }

    public Map<Long, Object> getAnswers() {
        return answers;
    }
}
