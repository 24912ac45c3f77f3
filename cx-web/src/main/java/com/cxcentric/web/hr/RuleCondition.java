package com.cxcentric.web.hr;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.segmentation.entity.ContactLevelCriterion;
import com.cxcentric.segmentation.entity.CriterionType;
import com.cxcentric.segmentation.entity.FirstMotivatorCriterion;
import com.cxcentric.segmentation.entity.JobTitleContainsCriterion;
import com.cxcentric.segmentation.entity.JobTitleMatchesCriterion;
import com.cxcentric.segmentation.entity.LocationCriterion;
import com.cxcentric.segmentation.entity.OrgUnitCriterion;
import com.cxcentric.segmentation.entity.RuleGroup;
import com.cxcentric.segmentation.entity.SegmentRule;
import com.cxcentric.segmentation.entity.StatusCriterion;
import com.cxcentric.segmentation.entity.TenureCriterion;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of the rule editor, as the form binds it: a condition of some {@link CriterionType}
 * with its values as texts, or a group of such conditions. Converts to and from the typed rule.
 */
public class RuleCondition implements Serializable {

    private static final long serialVersionUID = 1L;

    private CriterionType type = CriterionType.CONTACT_LEVEL;
    private List<String> values = new ArrayList<>();
    private String text;
    private Integer fromMonths;
    private Integer toMonths;
    private boolean group;
    private RuleGroup.Match match = RuleGroup.Match.ANY;
    private final List<RuleCondition> children = new ArrayList<>();

    public static RuleCondition criterion(CriterionType type) {
        RuleCondition condition = new RuleCondition();
        condition.type = type;
        return condition;
    }

    public static RuleCondition group() {
        RuleCondition condition = new RuleCondition();
        condition.group = true;
        condition.children.add(criterion(CriterionType.CONTACT_LEVEL));
        return condition;
    }

    /** The editor lines of a stored rule's parts. */
    public static List<RuleCondition> of(RuleGroup rule) {
        return rule.parts().stream().map(RuleCondition::of).toList();
    }

    private static RuleCondition of(SegmentRule part) {
        RuleCondition condition = new RuleCondition();
        if (part instanceof RuleGroup g) {
            condition.group = true;
            condition.match = g.match();
            g.parts().forEach(p -> condition.children.add(of(p)));
        } else if (part instanceof ContactLevelCriterion c) {
            condition.set(CriterionType.CONTACT_LEVEL, names(c.levels()));
        } else if (part instanceof OrgUnitCriterion c) {
            condition.set(CriterionType.ORG_UNIT, c.unitCodes());
        } else if (part instanceof JobTitleContainsCriterion c) {
            condition.set(CriterionType.JOB_TITLE_CONTAINS, List.of());
            condition.text = c.text();
        } else if (part instanceof JobTitleMatchesCriterion c) {
            condition.set(CriterionType.JOB_TITLE_MATCHES, List.of());
            condition.text = c.pattern();
        } else if (part instanceof LocationCriterion c) {
            condition.set(CriterionType.LOCATION, c.locations());
        } else if (part instanceof TenureCriterion c) {
            condition.set(CriterionType.TENURE, List.of());
            condition.fromMonths = c.fromMonths();
            condition.toMonths = c.toMonths();
        } else if (part instanceof StatusCriterion c) {
            condition.set(CriterionType.STATUS, names(c.statuses()));
        } else if (part instanceof FirstMotivatorCriterion c) {
            condition.set(CriterionType.FIRST_MOTIVATOR, names(c.motivators()));
        } else {
            throw new IllegalArgumentException("The editor has no line for " + part);
        }
        return condition;
    }

    private void set(CriterionType criterionType, Collection<String> criterionValues) {
        this.type = criterionType;
        this.values = new ArrayList<>(criterionValues);
    }

    private static List<String> names(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).sorted().toList();
    }

    /** The typed rule part this line stands for (validated later, by the segment). */
    public SegmentRule toRule() {
        if (group) {
            return new RuleGroup(
                    match, children.stream().map(RuleCondition::toRule).toList());
        }
        Set<String> chosen = new LinkedHashSet<>(values);
        return switch (type) {
            case CONTACT_LEVEL -> new ContactLevelCriterion(enums(ContactLevel.class, chosen));
            case ORG_UNIT -> new OrgUnitCriterion(chosen);
            case JOB_TITLE_CONTAINS -> new JobTitleContainsCriterion(text);
            case JOB_TITLE_MATCHES -> new JobTitleMatchesCriterion(text);
            case LOCATION -> new LocationCriterion(chosen);
            case TENURE -> new TenureCriterion(fromMonths, toMonths);
            case STATUS -> new StatusCriterion(enums(EmploymentStatus.class, chosen));
            case FIRST_MOTIVATOR -> new FirstMotivatorCriterion(enums(Motivator.class, chosen));
        };
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> enumType, Collection<String> names) {
        Set<E> constants = EnumSet.noneOf(enumType);
        names.forEach(n -> constants.add(Enum.valueOf(enumType, n)));
        return constants;
    }

    /** A new type starts with no values. */
    public void typeChanged() {
        values = new ArrayList<>();
        text = null;
        fromMonths = null;
        toMonths = null;
    }

    public CriterionType getType() {
        return type;
    }

    public void setType(CriterionType type) {
        this.type = type;
    }

    public List<String> getValues() {
        return values;
    }

    public void setValues(List<String> values) {
        this.values = values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getFromMonths() {
        return fromMonths;
    }

    public void setFromMonths(Integer fromMonths) {
        this.fromMonths = fromMonths;
    }

    public Integer getToMonths() {
        return toMonths;
    }

    public void setToMonths(Integer toMonths) {
        this.toMonths = toMonths;
    }

    public boolean isGroup() {
        return group;
    }

    public RuleGroup.Match getMatch() {
        return match;
    }

    public void setMatch(RuleGroup.Match match) {
        this.match = match;
    }

    public List<RuleCondition> getChildren() {
        return children;
    }
}
