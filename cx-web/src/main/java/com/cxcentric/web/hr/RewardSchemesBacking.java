package com.cxcentric.web.hr;

import com.cxcentric.rewards.boundary.RewardSchemes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /hr/reward-schemes.xhtml: every reward scheme, what it rewards and what its last period gave. */
@Named
@ViewScoped
public class RewardSchemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RewardSchemes schemes;

    private List<RewardSchemes.Summary> list;

    public List<RewardSchemes.Summary> getSchemes() {
        if (list == null) {
            list = schemes.all();
        }
        return list;
    }
}
