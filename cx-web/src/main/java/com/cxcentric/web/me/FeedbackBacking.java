package com.cxcentric.web.me;

import com.cxcentric.outcomes.boundary.MyFeedback;
import com.cxcentric.outcomes.control.OutcomeQueries;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /me/feedback.xhtml: what my customers said about me, and my figures beside my team's. */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 90;

    @Inject
    private MyFeedback myFeedback;

    @Inject
    private FacesMessages messages;

    private MyFeedback.View view;
    private List<OutcomeQueries.ComplimentRow> compliments = List.of();
    private final Responses responses = new Responses();

    @PostConstruct
    void load() {
        try {
            view = myFeedback.view(DAYS);
            compliments = myFeedback.compliments(DAYS);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public MyFeedback.View getView() {
        return view;
    }

    public List<OutcomeQueries.ComplimentRow> getCompliments() {
        return compliments;
    }

    public int getDays() {
        return DAYS;
    }

    public LazyDataModel<OutcomeQueries.ResponseRow> getResponses() {
        return responses;
    }

    /** My responses, paged by the database. */
    private class Responses extends LazyDataModel<OutcomeQueries.ResponseRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) myFeedback.responses(DAYS, new PageRequest(0, 1)).total();
        }

        @Override
        public List<OutcomeQueries.ResponseRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page = myFeedback.responses(DAYS, new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }
    }
}
