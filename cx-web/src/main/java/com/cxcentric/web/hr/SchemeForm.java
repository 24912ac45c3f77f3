package com.cxcentric.web.hr;

import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.rewards.entity.Judging;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.rewards.entity.SchemeRule;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The reward scheme editor's fields, as the page binds them. */
public class SchemeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String description;
    private PersonMetric metric = PersonMetric.CSAT_PERCENT;
    private SchemeRule rule = SchemeRule.THRESHOLD;
    private Judging judging = Judging.CREDIBILITY;
    private BigDecimal target = BigDecimal.valueOf(90);
    private Integer minSample = 10;
    private BigDecimal k;
    private Long points = 50L;
    private PeriodKind periodKind = PeriodKind.MONTH;
    private String firstPeriod;
    private String unitCode;
    private Long segmentId;
    private boolean excludeSolicited = true;
    private Integer maxPerCustomer;
    private boolean active = true;
    private List<Motivator> rewardKinds = new ArrayList<>();

    static SchemeForm of(SchemeDefinition d) {
        SchemeForm form = new SchemeForm();
        form.code = d.code();
        form.name = d.name();
        form.description = d.description();
        form.metric = d.metric();
        form.rule = d.rule();
        form.judging = d.judging();
        form.target = d.target();
        form.minSample = d.minSample();
        form.k = d.k();
        form.points = d.points();
        form.periodKind = d.periodKind();
        form.firstPeriod = d.firstPeriod();
        form.unitCode = d.unitCode();
        form.segmentId = d.segmentId();
        form.excludeSolicited = d.excludeSolicited();
        form.maxPerCustomer = d.maxPerCustomer();
        form.active = d.active();
        form.rewardKinds = d.rewardKinds() == null ? new ArrayList<>() : new ArrayList<>(d.rewardKinds());
        return form;
    }

    SchemeDefinition definition(String schemeCode) {
        return new SchemeDefinition(
                schemeCode,
                name,
                description,
                metric,
                rule,
                metric != null && metric.isRate() ? judging : null,
                target,
                minSample == null ? 0 : minSample,
                k,
                points == null ? 0 : points,
                periodKind,
                firstPeriod,
                unitCode,
                segmentId,
                excludeSolicited,
                maxPerCustomer,
                active,
                List.copyOf(rewardKinds));
    }

    /** Whether the metric is a rate (so it is judged fairly to small samples) rather than a count. */
    public boolean isRate() {
        return metric != null && metric.isRate();
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public PersonMetric getMetric() {
        return metric;
    }

    public void setMetric(PersonMetric metric) {
        this.metric = metric;
    }

    public SchemeRule getRule() {
        return rule;
    }

    public void setRule(SchemeRule rule) {
        this.rule = rule;
    }

    public Judging getJudging() {
        return judging;
    }

    public void setJudging(Judging judging) {
        this.judging = judging;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public Integer getMinSample() {
        return minSample;
    }

    public void setMinSample(Integer minSample) {
        this.minSample = minSample;
    }

    public BigDecimal getK() {
        return k;
    }

    public void setK(BigDecimal k) {
        this.k = k;
    }

    public Long getPoints() {
        return points;
    }

    public void setPoints(Long points) {
        this.points = points;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public String getFirstPeriod() {
        return firstPeriod;
    }

    public void setFirstPeriod(String firstPeriod) {
        this.firstPeriod = firstPeriod;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public boolean isExcludeSolicited() {
        return excludeSolicited;
    }

    public void setExcludeSolicited(boolean excludeSolicited) {
        this.excludeSolicited = excludeSolicited;
    }

    public Integer getMaxPerCustomer() {
        return maxPerCustomer;
    }

    public void setMaxPerCustomer(Integer maxPerCustomer) {
        this.maxPerCustomer = maxPerCustomer;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Motivator> getRewardKinds() {
        return rewardKinds;
    }

    public void setRewardKinds(List<Motivator> rewardKinds) {
        this.rewardKinds = rewardKinds == null ? new ArrayList<>() : new ArrayList<>(rewardKinds);
    }
}
