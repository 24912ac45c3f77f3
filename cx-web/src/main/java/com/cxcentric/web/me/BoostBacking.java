package com.cxcentric.web.me;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.Boosts;
import com.cxcentric.rewards.control.RecognitionViews.Person;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.security.entity.Role;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The boost on /me/recognition.xhtml: a team lead adds points from their unit's budget to a
 * recognition one of their people received (HR to anyone's). One key per opened form, so a double
 * click boosts once.
 */
@Named
@ViewScoped
public class BoostBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Boosts boosts;

    @Inject
    private RecognitionBacking recognition;

    @Inject
    private FacesMessages messages;

    private RecognitionView boosting;
    private String employeeNumber;
    private Long points;
    private String note;
    private String key;

    /**
     * Whether the reader may boost this recognition: one of its recipients is in their team (for
     * HR, anyone; boosting one's own is refused when sent).
     */
    public boolean canBoost(RecognitionView r) {
        return !boostable(r).isEmpty();
    }

    /** The recipients of a recognition the reader may boost. */
    public List<Person> boostable(RecognitionView r) {
        if (r == null) {
            return List.of();
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        boolean hr = context.isUserInRole(Role.HR_NAME) || context.isUserInRole(Role.ADMIN_NAME);
        if (!hr && !context.isUserInRole(Role.TEAM_LEAD_NAME)) {
            return List.of();
        }
        Set<String> team =
                recognition.getTeam().stream().map(m -> m.employeeNumber()).collect(Collectors.toSet());
        return r.recipients().stream()
                .filter(p -> hr || team.contains(p.employeeNumber()))
                .toList();
    }

    public void start(RecognitionView r) {
        boosting = r;
        List<Person> people = boostable(r);
        employeeNumber = people.isEmpty() ? null : people.get(0).employeeNumber();
        points = null;
        note = null;
        key = UUID.randomUUID().toString();
    }

    public void cancel() {
        boosting = null;
    }

    public void boost() {
        if (boosting == null) {
            return;
        }
        try {
            var done = boosts.boost(boosting.id(), new Boosts.BoostRequest(key, employeeNumber, points, note));
            messages.info(
                    "recognition.boosted", points, done.recognition().giver().name());
            boosting = null;
            recognition.reload();
        } catch (BusinessException refused) {
            messages.error(refused, "boostForm");
        }
    }

    public RecognitionView getBoosting() {
        return boosting;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public Long getPoints() {
        return points;
    }

    public void setPoints(Long points) {
        this.points = points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
