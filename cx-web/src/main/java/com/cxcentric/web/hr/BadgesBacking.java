package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.Badges;
import com.cxcentric.rewards.boundary.Recognitions;
import com.cxcentric.rewards.boundary.RewardSchemes;
import com.cxcentric.rewards.control.RecognitionViews;
import com.cxcentric.rewards.entity.Badge;
import com.cxcentric.rewards.entity.BadgeDefinition;
import com.cxcentric.rewards.entity.BadgeRule;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /hr/badges.xhtml, HR's: every badge with how many hold it, the editor (what it is, how it is
 * earned, how long it holds), granting one by hand with a reason, and who holds a badge.
 */
@Named
@ViewScoped
public class BadgesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Badges badges;

    @Inject
    private Recognitions recognitions;

    @Inject
    private RewardSchemes schemes;

    @Inject
    private CourseCatalog courses;

    @Inject
    private FacesMessages messages;

    private List<Badges.BadgeView> all = List.of();
    private List<RewardSchemes.Summary> schemeList = List.of();
    private List<CourseCatalog.CourseSummary> courseList = List.of();
    private String shown;
    private List<Badges.Holder> holders = List.of();
    private boolean editing;
    private boolean creating;
    private BadgeForm draft = new BadgeForm();
    private String grantBadge;
    private String grantTo;
    private String grantReason;
    private final Map<String, String> labels = new HashMap<>();

    @PostConstruct
    void load() {
        all = badges.all();
        schemeList = schemes.all();
        courseList = courses.assignable();
    }

    public void newBadge() {
        creating = true;
        editing = true;
        draft = new BadgeForm();
    }

    public void edit(Badges.BadgeView b) {
        creating = false;
        editing = true;
        draft = BadgeForm.of(b);
    }

    public void save() {
        try {
            Badges.BadgeView saved = badges.save(draft.definition(), creating);
            messages.info("badges.saved", saved.name(), saved.holders());
            editing = false;
            load();
        } catch (BusinessException refused) {
            messages.error(refused, "badgeForm");
        }
    }

    public void grant() {
        try {
            boolean granted = badges.grant(grantBadge, grantTo, grantReason);
            messages.info(granted ? "badges.granted" : "badges.holdsAlready", grantTo);
            if (granted) {
                grantReason = null;
            }
            load();
            if (grantBadge != null && grantBadge.equals(shown)) {
                holders = badges.holders(shown);
            }
        } catch (BusinessException refused) {
            messages.error(refused, "grantForm");
        }
    }

    public void show(String code) {
        shown = code;
        holders = badges.holders(code);
    }

    /** The employee numbers of up to 20 colleagues matching what was typed; their labels are kept for {@link #label}. */
    public List<String> complete(String query) {
        List<RecognitionViews.Person> found = recognitions.colleagues(query);
        found.forEach(p -> labels.put(p.employeeNumber(), p.name() + " (" + p.employeeNumber() + ")"));
        return found.stream().map(RecognitionViews.Person::employeeNumber).toList();
    }

    public String label(String employeeNumber) {
        return employeeNumber == null ? "" : labels.getOrDefault(employeeNumber, employeeNumber);
    }

    public List<Badges.BadgeView> getAll() {
        return all;
    }

    public List<RewardSchemes.Summary> getSchemes() {
        return schemeList;
    }

    public List<CourseCatalog.CourseSummary> getCourses() {
        return courseList;
    }

    public List<String> getIcons() {
        return Badge.ICONS;
    }

    public List<String> getColours() {
        return Badge.COLOURS;
    }

    public BadgeRule[] getRules() {
        return BadgeRule.values();
    }

    public String getShown() {
        return shown;
    }

    public List<Badges.Holder> getHolders() {
        return holders;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isCreating() {
        return creating;
    }

    public BadgeForm getDraft() {
        return draft;
    }

    public String getGrantBadge() {
        return grantBadge;
    }

    public void setGrantBadge(String grantBadge) {
        this.grantBadge = grantBadge;
    }

    public String getGrantTo() {
        return grantTo;
    }

    public void setGrantTo(String grantTo) {
        this.grantTo = grantTo;
    }

    public String getGrantReason() {
        return grantReason;
    }

    public void setGrantReason(String grantReason) {
        this.grantReason = grantReason;
    }

    /** The editor's fields. */
    public static class BadgeForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String name;
        private String criteria;
        private String icon = Badge.ICONS.get(0);
        private String colour = Badge.COLOURS.get(0);
        private BadgeRule rule = BadgeRule.BY_HAND;
        private String courseCode;
        private String schemeCode;
        private Integer streak;
        private Integer validMonths;
        private boolean active = true;

        static BadgeForm of(Badges.BadgeView b) {
            BadgeForm f = new BadgeForm();
            f.code = b.code();
            f.name = b.name();
            f.criteria = b.criteria();
            f.icon = b.icon();
            f.colour = b.colour();
            f.rule = b.rule();
            f.courseCode = b.courseCode();
            f.schemeCode = b.schemeCode();
            f.streak = b.streak();
            f.validMonths = b.validMonths();
            f.active = b.active();
            return f;
        }

        BadgeDefinition definition() {
            return new BadgeDefinition(
                    code, name, criteria, icon, colour, rule, courseCode, schemeCode, streak, validMonths, active);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCriteria() {
            return criteria;
        }

        public void setCriteria(String criteria) {
            this.criteria = criteria;
        }

        public String getIcon() {
            return icon;
        }

        public void setIcon(String icon) {
            this.icon = icon;
        }

        public String getColour() {
            return colour;
        }

        public void setColour(String colour) {
            this.colour = colour;
        }

        public BadgeRule getRule() {
            return rule;
        }

        public void setRule(BadgeRule rule) {
            this.rule = rule;
        }

        public String getCourseCode() {
            return courseCode;
        }

        public void setCourseCode(String courseCode) {
            this.courseCode = courseCode;
        }

        public String getSchemeCode() {
            return schemeCode;
        }

        public void setSchemeCode(String schemeCode) {
            this.schemeCode = schemeCode;
        }

        public Integer getStreak() {
            return streak;
        }

        public void setStreak(Integer streak) {
            this.streak = streak;
        }

        public Integer getValidMonths() {
            return validMonths;
        }

        public void setValidMonths(Integer validMonths) {
            this.validMonths = validMonths;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }
}
