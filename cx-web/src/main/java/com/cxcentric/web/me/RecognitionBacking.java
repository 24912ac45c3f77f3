package com.cxcentric.web.me;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.boundary.Badges;
import com.cxcentric.rewards.boundary.MyPoints;
import com.cxcentric.rewards.boundary.Recognitions;
import com.cxcentric.rewards.control.PointsStatements;
import com.cxcentric.rewards.control.RecognitionViews.Person;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.CompanyValueCatalog;
import com.cxcentric.vision.entity.CompanyValue;
import com.cxcentric.web.ColleagueLabels;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * /me/recognition.xhtml, every employee's: their points (what is left to give this month, what they
 * received and its value), recognising colleagues, what they received and gave, the company's
 * feed and the statement of their points. The form carries one idempotency key until it succeeds,
 * so a double click or a resent request recognises once.
 */
@Named
@ViewScoped
public class RecognitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT = 20;

    @Inject
    private Recognitions recognitions;

    @Inject
    private MyPoints points;

    @Inject
    private CompanyValueCatalog values;

    @Inject
    private FacesMessages messages;

    @Inject
    private Badges badges;

    private MyPoints.Balances balances;
    private List<CompanyValue> companyValues = List.of();
    private List<RecognitionView> received = List.of();
    private List<Badges.Held> myBadges = List.of();
    private List<RecognitionView> given = List.of();
    private List<RecognitionView> feed = List.of();
    private List<Recognitions.TeamMember> team = List.of();
    private PagedModel<PointsStatements.Line> statement;
    private final ColleagueLabels labels = new ColleagueLabels();

    private String key = UUID.randomUUID().toString();
    private List<String> colleagues = new ArrayList<>();
    private String valueCode;
    private String message;
    private int pointsEach;
    private boolean publicFeed = true;

    @PostConstruct
    void load() {
        try {
            myBadges = badges.mine();
            companyValues = values.listActive();
            statement = new PagedModel<>(page -> points.statement(page), PointsStatements.Line::id);
            refresh();
        } catch (BusinessException notLinked) {
            messages.error(notLinked);
        }
    }

    /** Reads everything again, after a boost from the same page. */
    void reload() {
        refresh();
    }

    private void refresh() {
        balances = points.balances();
        PageRequest recent = new PageRequest(0, RECENT);
        received = recognitions.mine(true, recent).items();
        given = recognitions.mine(false, recent).items();
        feed = recognitions.feed(recent).items();
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.TEAM_LEAD_NAME)) {
            team = recognitions.myTeam();
        }
    }

    /** A lead's people, those not recognised lately first; empty for anyone who leads nobody. */
    public List<Recognitions.TeamMember> getTeam() {
        return team;
    }

    public List<String> complete(String query) {
        return labels.complete(recognitions, query);
    }

    public String colleagueLabel(String number) {
        return labels.label(number);
    }

    public void give() {
        try {
            var recognition = recognitions
                    .give(new Recognitions.GiveRequest(key, colleagues, valueCode, message, pointsEach, publicFeed))
                    .recognition();
            messages.info(
                    "recognition.given",
                    recognition.recipients().stream()
                            .map(Person::name)
                            .toList()
                            .toString()
                            .replaceAll("[\\[\\]]", ""),
                    recognition.valueName(),
                    recognition.pointsEach());
            key = UUID.randomUUID().toString();
            colleagues = new ArrayList<>();
            valueCode = null;
            message = null;
            pointsEach = 0;
            publicFeed = true;
            refresh();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public MyPoints.Balances getBalances() {
        return balances;
    }

    public List<CompanyValue> getCompanyValues() {
        return companyValues;
    }

    /** The badges one holds or held, those that hold today first. */
    public List<Badges.Held> getBadges() {
        return myBadges;
    }

    public List<RecognitionView> getReceived() {
        return received;
    }

    public List<RecognitionView> getGiven() {
        return given;
    }

    public List<RecognitionView> getFeed() {
        return feed;
    }

    public PagedModel<PointsStatements.Line> getStatement() {
        return statement;
    }

    public List<String> getColleagues() {
        return colleagues;
    }

    public void setColleagues(List<String> colleagues) {
        this.colleagues = colleagues == null ? new ArrayList<>() : new ArrayList<>(colleagues);
    }

    public String getValueCode() {
        return valueCode;
    }

    public void setValueCode(String valueCode) {
        this.valueCode = valueCode;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public int getPointsEach() {
        return pointsEach;
    }

    public void setPointsEach(int pointsEach) {
        this.pointsEach = pointsEach;
    }

    public boolean isPublicFeed() {
        return publicFeed;
    }

    public void setPublicFeed(boolean publicFeed) {
        this.publicFeed = publicFeed;
    }
}
