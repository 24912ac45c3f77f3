package com.cxcentric.web.hr;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.segmentation.boundary.Segments;
import com.cxcentric.segmentation.control.SegmentMembershipStore;
import com.cxcentric.segmentation.entity.CriterionType;
import com.cxcentric.segmentation.entity.RuleGroup;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * /hr/segment-edit.xhtml: a new segment, or the segment {@code id}: name, description, the rule
 * (conditions and groups of conditions), manual includes and excludes, needs, and a live preview
 * of who the definition selects, computed by the database on every change.
 */
@Named
@ViewScoped
public class SegmentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Segments segments;

    @Inject
    private CompetencyCatalog competencyCatalog;

    @Inject
    private FacesMessages messages;

    private Long id;
    private long version;
    private String name;
    private String description;
    private RuleGroup.Match match = RuleGroup.Match.ALL;
    private final List<RuleCondition> conditions = new ArrayList<>();
    private List<String> included = new ArrayList<>();
    private List<String> excluded = new ArrayList<>();
    private List<String> competencies = new ArrayList<>();
    private List<String> rewardTypes = new ArrayList<>();
    private SegmentMembershipStore.Preview preview;
    private String previewProblem;
    private List<Segments.PersonRef> units;
    private List<String> locations;

    /** Fills the form from the stored segment, or starts a new one with a first condition. */
    public void load() {
        if (id == null) {
            conditions.add(RuleCondition.criterion(CriterionType.CONTACT_LEVEL));
            return;
        }
        try {
            var detail = segments.detail(id);
            version = detail.version();
            name = detail.summary().name();
            description = detail.summary().description();
            match = detail.rule().match();
            conditions.clear();
            conditions.addAll(RuleCondition.of(detail.rule()));
            included = detail.included().stream()
                    .map(Segments.PersonRef::employeeNumber)
                    .collect(Collectors.toList());
            excluded = detail.excluded().stream()
                    .map(Segments.PersonRef::employeeNumber)
                    .collect(Collectors.toList());
            competencies = new ArrayList<>(detail.summary().competencies());
            rewardTypes =
                    detail.summary().rewardTypes().stream().map(Enum::name).collect(Collectors.toList());
            refreshPreview();
        } catch (ResourceNotFoundException missing) {
            messages.error(missing);
            id = null;
        }
    }

    public void addCondition() {
        conditions.add(RuleCondition.criterion(CriterionType.CONTACT_LEVEL));
    }

    public void addGroup() {
        conditions.add(RuleCondition.group());
    }

    public void remove(RuleCondition condition) {
        conditions.remove(condition);
        conditions.forEach(c -> c.getChildren().remove(condition));
        conditions.removeIf(c -> c.isGroup() && c.getChildren().isEmpty());
        refreshPreview();
    }

    public void addTo(RuleCondition group) {
        group.getChildren().add(RuleCondition.criterion(CriterionType.CONTACT_LEVEL));
    }

    public void typeChanged(RuleCondition condition) {
        condition.typeChanged();
        refreshPreview();
    }

    /** Asks the database who the form's definition selects; a rule it cannot read is explained instead. */
    public void refreshPreview() {
        previewProblem = null;
        try {
            preview = segments.preview(id, form());
        } catch (BusinessException refused) {
            preview = null;
            previewProblem = messages.text(refused.getMessageKey(), refused.getArguments());
        }
    }

    public void save() throws IOException {
        try {
            long saved = id == null
                    ? segments.create(form()).id()
                    : segments.update(id, version, form()).id();
            messages.info("segments.saved", name);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/hr/segment.xhtml?id=" + saved);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void archive() throws IOException {
        try {
            segments.archive(id, version);
            messages.info("segments.archived", name);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/hr/segments.xhtml");
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private Segments.SegmentForm form() {
        Set<Motivator> rewards = EnumSet.noneOf(Motivator.class);
        rewardTypes.forEach(r -> rewards.add(Motivator.valueOf(r)));
        return new Segments.SegmentForm(
                name,
                description,
                new RuleGroup(
                        match, conditions.stream().map(RuleCondition::toRule).toList()),
                included,
                excluded,
                new TreeSet<>(competencies),
                rewards);
    }

    public List<CriterionType> getCriterionTypes() {
        return List.of(CriterionType.values());
    }

    public List<RuleGroup.Match> getMatches() {
        return List.of(RuleGroup.Match.values());
    }

    public List<ContactLevel> getContactLevels() {
        return List.of(ContactLevel.values());
    }

    public List<EmploymentStatus> getStatuses() {
        return List.of(EmploymentStatus.ACTIVE, EmploymentStatus.ON_LEAVE);
    }

    public List<Motivator> getMotivators() {
        return List.of(Motivator.values());
    }

    public List<Competency> getCompetencyChoices() {
        return competencyCatalog.listAll();
    }

    public List<Segments.PersonRef> getUnits() {
        if (units == null) {
            units = segments.units();
        }
        return units;
    }

    public List<String> getLocations() {
        if (locations == null) {
            locations = segments.locations();
        }
        return locations;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RuleGroup.Match getMatch() {
        return match;
    }

    public void setMatch(RuleGroup.Match match) {
        this.match = match;
    }

    public List<RuleCondition> getConditions() {
        return conditions;
    }

    public List<String> getIncluded() {
        return included;
    }

    public void setIncluded(List<String> included) {
        this.included = included == null ? new ArrayList<>() : new ArrayList<>(included);
    }

    public List<String> getExcluded() {
        return excluded;
    }

    public void setExcluded(List<String> excluded) {
        this.excluded = excluded == null ? new ArrayList<>() : new ArrayList<>(excluded);
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies == null ? new ArrayList<>() : new ArrayList<>(competencies);
    }

    public List<String> getRewardTypes() {
        return rewardTypes;
    }

    public void setRewardTypes(List<String> rewardTypes) {
        this.rewardTypes = rewardTypes == null ? new ArrayList<>() : new ArrayList<>(rewardTypes);
    }

    public SegmentMembershipStore.Preview getPreview() {
        return preview;
    }

    public String getPreviewProblem() {
        return previewProblem;
    }
}
