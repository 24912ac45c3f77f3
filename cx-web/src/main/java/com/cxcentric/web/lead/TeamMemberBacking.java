package com.cxcentric.web.lead;

import com.cxcentric.organization.boundary.MyTeam;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * /lead/team-member.xhtml?number=…: one of the lead's people. Someone outside the lead's units
 * answers 403 and an unknown number 404, as if the page were not there for them.
 */
@Named
@RequestScoped
public class TeamMemberBacking {

    @Inject
    private MyTeam myTeam;

    private String number;
    private MyTeam.Member member;

    public void load() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            member = myTeam.member(number);
        } catch (AccessDeniedException outside) {
            external.responseSendError(403, outside.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        } catch (ResourceNotFoundException unknown) {
            external.responseSendError(404, unknown.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public MyTeam.Member getMember() {
        return member;
    }
}
