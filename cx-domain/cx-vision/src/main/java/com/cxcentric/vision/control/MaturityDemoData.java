package com.cxcentric.vision.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.vision.entity.MaturityAssessment;
import com.cxcentric.vision.entity.MaturityQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Two self-assessments per department, the two quarters before this one: most departments moved up
 * a stage between them, the one lagging in the rollout did not.
 */
@ApplicationScoped
public class MaturityDemoData implements DemoDataContributor {

    /** The first assessment's stage per department in name order, cycling; the fifth lags. */
    static final int[] FIRST_STAGE = {2, 2, 3, 2, 1};

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree orgTree;

    @Override
    public int order() {
        return 240;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(MaturityDemoData.class);
        LocalDate today = context.today();
        List<OrgUnit> departments = orgTree.departmentOfEachUnit().values().stream()
                .distinct()
                .sorted(Comparator.comparing(OrgUnit::getName))
                .toList();
        for (int d = 0; d < departments.size(); d++) {
            int first = FIRST_STAGE[d % FIRST_STAGE.length];
            boolean lagging = d % FIRST_STAGE.length == FIRST_STAGE.length - 1;
            for (int step = 0; step < 2; step++) {
                LocalDate day = today.minusMonths(6L - 3L * step);
                int level = first + (lagging ? 0 : step);
                MaturityAssessment assessment =
                        new MaturityAssessment(departments.get(d), MaturityAssessment.quarterOf(day));
                Map<MaturityQuestion, Integer> answers = new EnumMap<>(MaturityQuestion.class);
                for (MaturityQuestion question : MaturityQuestion.values()) {
                    // Around the level: half the answers one higher, so the mean stays in the stage.
                    answers.put(question, Math.min(5, level + (random.nextBoolean() ? 1 : 0)));
                }
                assessment.answer(answers, DemoCompanyGenerator.HR_LOGIN, day);
                em.persist(assessment);
            }
        }
        em.flush();
    }
}
