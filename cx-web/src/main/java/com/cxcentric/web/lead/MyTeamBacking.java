package com.cxcentric.web.lead;

import com.cxcentric.organization.boundary.MyTeam;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /lead/my-team.xhtml: the people in the units the lead leads, with their motivators. */
@Named
@ViewScoped
public class MyTeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyTeam myTeam;

    private List<MyTeam.Member> members;

    @PostConstruct
    void load() {
        members = myTeam.members();
    }

    public List<MyTeam.Member> getMembers() {
        return members;
    }
}
