package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.boundary.RecognitionFeed;
import com.cxcentric.rewards.control.FeedActivity.ReportView;
import com.cxcentric.rewards.entity.ReportStatus;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /hr/recognition-reports.xhtml, HR's: recognition colleagues reported or the share-of-allowance
 * rule flagged, oldest first, to hide from the feed or keep with a note; and what was decided.
 */
@Named
@ViewScoped
public class RecognitionReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 200;

    @Inject
    private RecognitionFeed feed;

    @Inject
    private FacesMessages messages;

    private List<ReportView> open = List.of();
    private long openTotal;
    private List<ReportView> decided = List.of();
    private String note;

    @PostConstruct
    void load() {
        var waiting = feed.reports(ReportStatus.OPEN, new PageRequest(0, SHOWN));
        open = waiting.items();
        openTotal = waiting.total();
        decided = feed.reports(null, new PageRequest(0, SHOWN)).items().stream()
                .filter(r -> r.status() != ReportStatus.OPEN)
                .toList();
    }

    public void decide(long reportId, boolean hide) {
        try {
            feed.decide(reportId, hide, note);
            messages.info(hide ? "reports.hidden" : "reports.kept");
            note = null;
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public List<ReportView> getOpen() {
        return open;
    }

    public long getOpenTotal() {
        return openTotal;
    }

    public List<ReportView> getDecided() {
        return decided;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
