package com.cxcentric.web.me;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.Approvals;
import com.cxcentric.rewards.boundary.Recognitions;
import com.cxcentric.rewards.control.ApprovalViews.ApprovalView;
import com.cxcentric.vision.boundary.CompanyValueCatalog;
import com.cxcentric.vision.entity.CompanyValue;
import com.cxcentric.web.ColleagueLabels;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * /me/approvals.xhtml, everyone's: what waits for the caller's decision (approve with a comment
 * for the next approver, or refuse with the reason), nominating a colleague, and the caller's own
 * nominations with where each stands. The nomination form keeps one idempotency key until it
 * succeeds, so a double click nominates once.
 */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Approvals approvals;

    @Inject
    private Recognitions recognitions;

    @Inject
    private CompanyValueCatalog values;

    @Inject
    private FacesMessages messages;

    private List<ApprovalView> waiting = List.of();
    private List<ApprovalView> mine = List.of();
    private List<CompanyValue> companyValues = List.of();
    private final ColleagueLabels labels = new ColleagueLabels();

    private Long deciding;
    private boolean approving;
    private String comment;

    private String key = UUID.randomUUID().toString();
    private String colleague;
    private Long points;
    private String valueCode;
    private String reason;

    @PostConstruct
    void load() {
        companyValues = values.listActive();
        refresh();
    }

    private void refresh() {
        waiting = approvals.waitingForMe();
        mine = approvals.mine();
    }

    /** Opens the decision form for a request: approving or refusing it. */
    public void startDecision(Long id, boolean approve) {
        deciding = id;
        approving = approve;
        comment = null;
    }

    public void decide() {
        if (deciding == null) {
            return;
        }
        try {
            ApprovalView done = approvals.decide(deciding, approving, comment);
            messages.info(approving ? "approvals.approved" : "approvals.refused", done.employeeName(), done.points());
            deciding = null;
            refresh();
        } catch (BusinessException refused) {
            messages.error(refused, "decisionForm");
        }
    }

    public List<String> complete(String query) {
        return labels.complete(recognitions, query);
    }

    public String colleagueLabel(String number) {
        return labels.label(number);
    }

    public void nominate() {
        try {
            ApprovalView made = approvals
                    .nominate(new Approvals.NominationRequest(key, colleague, points, valueCode, reason))
                    .approval();
            messages.info("approvals.nominated", made.employeeName(), made.points(), made.stages());
            key = UUID.randomUUID().toString();
            colleague = null;
            points = null;
            valueCode = null;
            reason = null;
            refresh();
        } catch (BusinessException refused) {
            messages.error(refused, "nominateForm");
        }
    }

    /** The request being decided, if any. */
    public ApprovalView getDeciding() {
        return deciding == null
                ? null
                : waiting.stream().filter(a -> a.id() == deciding).findFirst().orElse(null);
    }

    public boolean isApproving() {
        return approving;
    }

    public List<ApprovalView> getWaiting() {
        return waiting;
    }

    public List<ApprovalView> getMine() {
        return mine;
    }

    public List<CompanyValue> getCompanyValues() {
        return companyValues;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getColleague() {
        return colleague;
    }

    public void setColleague(String colleague) {
        this.colleague = colleague;
    }

    public Long getPoints() {
        return points;
    }

    public void setPoints(Long points) {
        this.points = points;
    }

    public String getValueCode() {
        return valueCode;
    }

    public void setValueCode(String valueCode) {
        this.valueCode = valueCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
