package com.cxcentric.web.me;

import com.cxcentric.outcomes.control.PersonRecords.EvidenceRow;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.MySchemes;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /me/awards.xhtml, every employee's: where they stand this period in each reward scheme that
 * covers them, the awards they earned with the figures they were judged on, and, for the award
 * chosen ({@code ?award=}), the records behind it: what the customers said.
 */
@Named
@ViewScoped
public class AwardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MySchemes schemes;

    @Inject
    private FacesMessages messages;

    private Long award;
    private List<MySchemes.Progress> progress = List.of();
    private List<MySchemes.MyAward> awards = List.of();
    private MySchemes.MyAward chosen;
    private List<EvidenceRow> evidence = List.of();

    public void load() {
        try {
            progress = schemes.progress();
            awards = schemes.awards();
            if (award != null) {
                chosen =
                        awards.stream().filter(a -> a.id() == award).findFirst().orElse(null);
                evidence = schemes.evidence(award);
            }
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public Long getAward() {
        return award;
    }

    public void setAward(Long award) {
        this.award = award;
    }

    public List<MySchemes.Progress> getProgress() {
        return progress;
    }

    public List<MySchemes.MyAward> getAwards() {
        return awards;
    }

    public MySchemes.MyAward getChosen() {
        return chosen;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }
}
