package com.cxcentric.web.vision;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.vision.boundary.Maturity;
import com.cxcentric.vision.boundary.Maturity.AssessmentView;
import com.cxcentric.vision.boundary.Maturity.DepartmentMaturity;
import com.cxcentric.vision.entity.MaturityQuestion;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /vision/maturity.xhtml: every department's CX maturity stage, the latest beside the one before,
 * and the self-assessment of a quarter (HR, a department's head).
 */
@Named
@ViewScoped
public class MaturityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Maturity maturity;

    @Inject
    private FacesMessages messages;

    private List<DepartmentMaturity> overview;
    private String departmentCode;
    private String quarter;
    private final Map<String, String> answers = new HashMap<>();

    public List<DepartmentMaturity> getOverview() {
        if (overview == null) {
            overview = maturity.overview();
        }
        return overview;
    }

    /** The departments the caller may assess. */
    public List<DepartmentMaturity> getRunnable() {
        return getOverview().stream().filter(DepartmentMaturity::runnable).toList();
    }

    /** Loads the chosen department's answers of the quarter, when it made an assessment then. */
    public void load() {
        answers.clear();
        if (departmentCode == null || departmentCode.isBlank()) {
            return;
        }
        try {
            maturity.assessment(departmentCode, getQuarter())
                    .ifPresent(a -> a.answers().forEach((q, score) -> answers.put(q.name(), String.valueOf(score))));
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void assess() {
        Map<MaturityQuestion, Integer> given = new EnumMap<>(MaturityQuestion.class);
        answers.forEach((question, score) -> {
            if (score != null && !score.isBlank()) {
                given.put(MaturityQuestion.valueOf(question), Integer.valueOf(score));
            }
        });
        try {
            AssessmentView saved = maturity.assess(departmentCode, getQuarter(), given);
            messages.info(
                    "maturity.saved",
                    saved.departmentName(),
                    saved.quarter(),
                    messages.text("MaturityStage." + saved.stage()));
            overview = null;
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** How the stage moved since the assessment before: +1, 0, −1, or null without one. */
    public Integer move(DepartmentMaturity department) {
        return department.latest() == null || department.previous() == null
                ? null
                : department.latest().stage().level()
                        - department.previous().stage().level();
    }

    public List<MaturityQuestion.Competency> getCompetencies() {
        return List.of(MaturityQuestion.Competency.values());
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getQuarter() {
        if (quarter == null) {
            quarter = maturity.currentQuarter();
        }
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }
}
