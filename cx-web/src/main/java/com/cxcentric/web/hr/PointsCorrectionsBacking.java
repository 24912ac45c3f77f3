package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.PointsCorrections;
import com.cxcentric.rewards.boundary.Recognitions;
import com.cxcentric.rewards.control.PointsStatements.Line;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.web.ColleagueLabels;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * /hr/points.xhtml, HR's: anyone's points statement, and reversing a movement made by mistake with
 * a reason (the ledger writes a correction; nothing is changed or deleted). One key per opened
 * reversal, so a double click reverses once.
 */
@Named
@ViewScoped
public class PointsCorrectionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PointsCorrections corrections;

    @Inject
    private Recognitions recognitions;

    @Inject
    private FacesMessages messages;

    private final ColleagueLabels labels = new ColleagueLabels();
    private String person;
    private PagedModel<Line> statement;
    private Line reversing;
    private String reason;
    private String key;

    public List<String> complete(String query) {
        return labels.complete(recognitions, query);
    }

    public String label(String number) {
        return labels.label(number);
    }

    /** Shows the chosen person's statement. */
    public void show() {
        reversing = null;
        if (person == null || person.isBlank()) {
            statement = null;
            return;
        }
        String number = person.strip();
        statement = new PagedModel<>(page -> corrections.statementOf(number, page), Line::id);
    }

    /** Whether a line can be reversed: a correction is not, the company's allowance and expiry neither. */
    public boolean reversible(Line line) {
        return line.kind() != TransferKind.CORRECTION
                && line.kind() != TransferKind.ALLOWANCE
                && line.kind() != TransferKind.EXPIRY;
    }

    public void startReversal(Line line) {
        reversing = line;
        reason = null;
        key = UUID.randomUUID().toString();
    }

    public void cancel() {
        reversing = null;
    }

    public void reverse() {
        if (reversing == null) {
            return;
        }
        try {
            var done = corrections.reverse(reversing.transferId(), key, reason);
            messages.info("corrections.reversed", done.amount(), reversing.transferId());
            reversing = null;
        } catch (BusinessException refused) {
            messages.error(refused, "reverseForm");
        }
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public PagedModel<Line> getStatement() {
        return statement;
    }

    public Line getReversing() {
        return reversing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
