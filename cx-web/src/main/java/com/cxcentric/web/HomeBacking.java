package com.cxcentric.web;

import com.cxcentric.organization.boundary.Directory;
import com.cxcentric.organization.boundary.Workplace;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.boundary.SystemStatus;
import com.cxcentric.rewards.boundary.MyPoints;
import com.cxcentric.rewards.boundary.MySchemes;
import com.cxcentric.rewards.boundary.Recognitions;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.boundary.Segments;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.vision.boundary.CompanyValueCatalog;
import com.cxcentric.vision.boundary.Visions;
import com.cxcentric.vision.entity.CompanyValue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page: the same "who I am" for everyone, plus what each of the caller's roles needs. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private Workplace workplaceService;

    @Inject
    private Directory directory;

    @Inject
    private SystemStatus systemStatusService;

    @Inject
    private CompetencyCatalog competencyCatalog;

    @Inject
    private CompanyValueCatalog valueCatalog;

    @Inject
    private Segments segments;

    @Inject
    private Visions visions;

    @Inject
    private FacesMessages messages;

    @Inject
    private Recognitions recognitions;

    @Inject
    private MyPoints myPoints;

    @Inject
    private MySchemes mySchemes;

    private Workplace.View workplace;
    private boolean headcountVisible;
    private List<Directory.DepartmentHeadcount> departments = List.of();
    private Map<ContactLevel, Long> contactLevels = Map.of();
    private long headcount;
    private List<Directory.MotivatorMix> motivatorMix = List.of();
    private List<Segments.SegmentHeadcount> bySegment = List.of();
    private List<Competency> competencies;
    private List<CompanyValue> values;
    private SystemStatus.Status systemStatus;
    private MyPoints.Balances points;
    private RecognitionView latestRecognition;
    private List<MySchemes.Progress> schemes = List.of();
    private Visions.MyVision myVision;

    @PostConstruct
    void load() {
        workplace = workplaceService.mine();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        headcountVisible = external.isUserInRole(Role.HR_NAME)
                || external.isUserInRole(Role.EXECUTIVE_NAME)
                || external.isUserInRole(Role.ADMIN_NAME);
        if (headcountVisible) {
            departments = directory.headcountByDepartment();
            contactLevels = directory.headcountByContactLevel();
            headcount = directory.currentHeadcount();
            motivatorMix = directory.motivatorMixByDepartment();
            bySegment = segments.headcountBySegment();
        }
        competencies = competencyCatalog.listAll();
        values = valueCatalog.listActive();
        myVision = visions.mine(language()).orElse(null);
        if (workplace.me() != null) {
            points = myPoints.balances();
            latestRecognition = recognitions.mine(true, new PageRequest(0, 1)).items().stream()
                    .findFirst()
                    .orElse(null);
            schemes = mySchemes.progress();
        }
    }

    /** The current vision and the caller's confirmation of it; null before any is published. */
    public Visions.MyVision getMyVision() {
        return myVision;
    }

    /** The caller confirms they read the current vision and know what it asks of them. */
    public void acknowledge() {
        try {
            visions.acknowledge(myVision.vision().number());
            myVision = visions.mine(language()).orElse(null);
            messages.info("home.vision.thanks");
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** Where the caller stands this period in each reward scheme that covers them. */
    public List<MySchemes.Progress> getSchemes() {
        return schemes;
    }

    /** The caller's points; null for an account linked to no employee. */
    public MyPoints.Balances getPoints() {
        return points;
    }

    /** The newest recognition the caller received, or null. */
    public RecognitionView getLatestRecognition() {
        return latestRecognition;
    }

    public Workplace.View getWorkplace() {
        return workplace;
    }

    /** The caller's roles, in declaration order, as names for the message bundle. */
    public List<String> getRoles() {
        var names = new ArrayList<String>();
        for (Role role : Role.values()) {
            if (workplace.roles().contains(role)) {
                names.add(role.name());
            }
        }
        return names;
    }

    public boolean isHeadcountVisible() {
        return headcountVisible;
    }

    public List<Directory.DepartmentHeadcount> getDepartments() {
        return departments;
    }

    public List<Map.Entry<ContactLevel, Long>> getContactLevels() {
        return List.copyOf(contactLevels.entrySet());
    }

    /** Current members per segment; people may be in several segments, so these need not add up. */
    public List<Segments.SegmentHeadcount> getBySegment() {
        return bySegment;
    }

    public List<Directory.MotivatorMix> getMotivatorMix() {
        return motivatorMix;
    }

    public List<Motivator> getMotivators() {
        return List.of(Motivator.values());
    }

    public long getHeadcount() {
        return headcount;
    }

    /** Width of a department's bar: its share of the largest department, in percent. */
    public long sharePercent(long count) {
        long largest = departments.stream()
                .mapToLong(Directory.DepartmentHeadcount::headcount)
                .max()
                .orElse(0);
        return largest == 0 ? 0 : Math.round(100.0 * count / largest);
    }

    public SystemStatus.Status getSystemStatus() {
        if (systemStatus == null) {
            systemStatus = systemStatusService.current();
        }
        return systemStatus;
    }

    public List<Competency> getCompetencies() {
        return competencies;
    }

    public List<CompanyValue> getValues() {
        return values;
    }
}
