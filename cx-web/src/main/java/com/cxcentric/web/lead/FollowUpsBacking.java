package com.cxcentric.web.lead;

import com.cxcentric.outcomes.boundary.FollowUps;
import com.cxcentric.outcomes.entity.Recovery;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /lead/follow-ups.xhtml: my unhappy customers to contact, soonest due first, and recording each contact. */
@Named
@ViewScoped
public class FollowUpsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FollowUps followUps;

    @Inject
    private FacesMessages messages;

    private List<FollowUps.Item> items;
    private final Map<Long, String> actions = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();

    public List<FollowUps.Item> getItems() {
        if (items == null) {
            items = followUps.mine();
        }
        return items;
    }

    public void record(FollowUps.Item item) {
        try {
            String outcome = outcomes.get(item.id());
            followUps.record(
                    item.id(),
                    item.version(),
                    actions.get(item.id()),
                    outcome == null || outcome.isBlank() ? null : Recovery.valueOf(outcome));
            messages.info("followUps.recorded");
            items = null;
            actions.remove(item.id());
            outcomes.remove(item.id());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public List<Recovery> getRecoveries() {
        return List.of(Recovery.values());
    }

    /** What was done, per follow-up, as typed. */
    public Map<Long, String> getActions() {
        return actions;
    }

    /** The chosen outcome's name, per follow-up. */
    public Map<Long, String> getOutcomes() {
        return outcomes;
    }
}
