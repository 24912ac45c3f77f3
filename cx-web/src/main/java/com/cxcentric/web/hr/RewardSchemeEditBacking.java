package com.cxcentric.web.hr;

import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.RewardSchemes;
import com.cxcentric.rewards.boundary.SchemePeriods;
import com.cxcentric.rewards.entity.Judging;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.SchemeRule;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * /hr/reward-scheme-edit.xhtml: a new scheme or one of them (by {@code ?code=}): what it rewards,
 * whom it covers, a preview of a period's awards and their cost before saving, granting a period
 * that is over, and the periods evaluated. Opening it changes nothing.
 */
@Named
@ViewScoped
public class RewardSchemeEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RewardSchemes schemes;

    @Inject
    private SchemePeriods periods;

    @Inject
    private FacesMessages messages;

    private String code;
    private boolean creating = true;
    private SchemeForm form = new SchemeForm();
    private String period;
    private SchemePeriods.Result result;
    private List<SchemePeriods.EvaluatedPeriod> history = List.of();
    private List<RewardSchemes.Choice> units;
    private List<RewardSchemes.Choice> segments;

    public void load() {
        units = schemes.units();
        segments = schemes.segments();
        if (code != null && !code.isBlank()) {
            try {
                form = SchemeForm.of(schemes.definition(code));
                creating = false;
                history = periods.periods(code);
            } catch (BusinessException unknown) {
                messages.error(unknown);
            }
        } else {
            form.setFirstPeriod(
                    SchemePeriod.containing(PeriodKind.MONTH, LocalDate.now()).label());
        }
    }

    /** Previews the period's awards of the scheme as it stands in the form, saved or not. */
    public void preview() {
        try {
            result = periods.preview(definition(), period);
        } catch (BusinessException refused) {
            result = null;
            messages.error(refused, "schemeForm");
        }
    }

    public void save() throws IOException {
        try {
            String saved = schemes.save(definition(), creating);
            messages.info("schemeEdit.saved", form.getName());
            messages.redirectWithMessages("/hr/reward-scheme-edit.xhtml?code=" + saved);
        } catch (BusinessException refused) {
            messages.error(refused, "schemeForm");
        }
    }

    /** Grants the awards of the period entered (it must be over); a second time changes nothing. */
    public void evaluate() {
        try {
            result = periods.evaluate(code, period);
            history = periods.periods(code);
            messages.info("schemeEdit.evaluated", result.period(), result.awards(), result.points());
        } catch (BusinessException refused) {
            messages.error(refused, "schemeForm");
        }
    }

    private SchemeDefinition definition() {
        return form.definition(creating ? form.getCode() : code);
    }

    public List<PersonMetric> getMetrics() {
        return List.of(PersonMetric.values());
    }

    public List<SchemeRule> getRules() {
        return List.of(SchemeRule.values());
    }

    public List<Judging> getJudgings() {
        return List.of(Judging.values());
    }

    public List<PeriodKind> getPeriodKinds() {
        return List.of(PeriodKind.values());
    }

    public List<RewardSchemes.Choice> getUnits() {
        return units;
    }

    public List<RewardSchemes.Choice> getSegments() {
        return segments;
    }

    public SchemeForm getForm() {
        return form;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public SchemePeriods.Result getResult() {
        return result;
    }

    public List<SchemePeriods.EvaluatedPeriod> getHistory() {
        return history;
    }

    /** What the rule's target means, for the label beside it. */
    public String getTargetHint() {
        return form.getRule() == null ? null : messages.text("SchemeRule.target." + form.getRule());
    }

    /** For the example period of the hint: this month or this quarter. */
    public String getPeriodExample() {
        return SchemePeriod.containing(
                        form.getPeriodKind() == null ? PeriodKind.MONTH : form.getPeriodKind(), LocalDate.now())
                .label();
    }

    /** The kinds of reward a scheme may give its award as. */
    public Motivator[] getMotivators() {
        return Motivator.values();
    }
}
