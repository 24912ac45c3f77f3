package com.cxcentric.web.vision;

import com.cxcentric.outcomes.boundary.OutcomeMetrics;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.vision.boundary.Announcements;
import com.cxcentric.vision.boundary.Announcements.Mine;
import com.cxcentric.vision.boundary.Announcements.Published;
import com.cxcentric.vision.entity.Audience;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * /vision/announcements.xhtml: the announcements that went to me (reading marks them seen, confirming
 * those that ask for it) and, for leadership and HR, publishing one and how far each got.
 */
@Named
@ViewScoped
public class AnnouncementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private Announcements announcements;

    @Inject
    private OutcomeMetrics metrics;

    @Inject
    private FacesMessages messages;

    private Page<Mine> mine;
    private Page<Published> published;
    private List<OutcomeMetrics.Choice> units;
    private List<OutcomeMetrics.Choice> segments;

    private String title;
    private String body;
    private String audience = Audience.COMPANY.name();
    private String unitCode;
    private String segmentId;
    private boolean confirmRequested = true;

    public Page<Mine> getMine() {
        if (mine == null) {
            mine = announcements.mine(new PageRequest(0, PAGE_SIZE));
        }
        return mine;
    }

    /** Whether the viewer publishes announcements (leadership, HR, administrators). */
    public boolean isPublisher() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("HR") || external.isUserInRole("EXECUTIVE") || external.isUserInRole("ADMIN");
    }

    public Page<Published> getPublished() {
        if (published == null) {
            published = isPublisher()
                    ? announcements.published(new PageRequest(0, PAGE_SIZE))
                    : new Page<>(List.of(), 0, PAGE_SIZE, 0);
        }
        return published;
    }

    public List<OutcomeMetrics.Choice> getUnits() {
        if (units == null) {
            units = metrics.unitChoices();
        }
        return units;
    }

    public List<OutcomeMetrics.Choice> getSegments() {
        if (segments == null) {
            segments = metrics.segmentChoices();
        }
        return segments;
    }

    public void confirm(Mine announcement) {
        try {
            announcements.confirm(announcement.id());
            messages.info("announcements.confirmed", announcement.title());
            mine = null;
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void publish() {
        try {
            Audience chosen = Arrays.stream(Audience.values())
                    .filter(a -> a.name().equals(audience))
                    .findFirst()
                    .orElse(null);
            Published made = announcements.publish(new Announcements.NewAnnouncement(
                    title,
                    body,
                    chosen,
                    unitCode,
                    segmentId == null || segmentId.isBlank() ? null : Long.valueOf(segmentId),
                    confirmRequested));
            messages.info("announcements.published", made.title(), made.reach().recipients());
            title = null;
            body = null;
            published = null;
            mine = null;
        } catch (BusinessException refused) {
            messages.error(refused, "publishForm");
        }
    }

    /** Confirmed of those it went to, in per cent (null when it asks for no confirmation or went to nobody). */
    public Long confirmedPercent(Published announcement) {
        long recipients = announcement.reach().recipients();
        return !announcement.confirmRequested() || recipients == 0
                ? null
                : Math.round(100.0 * announcement.reach().confirmed() / recipients);
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(String segmentId) {
        this.segmentId = segmentId;
    }

    public boolean isConfirmRequested() {
        return confirmRequested;
    }

    public void setConfirmRequested(boolean confirmRequested) {
        this.confirmRequested = confirmRequested;
    }
}
