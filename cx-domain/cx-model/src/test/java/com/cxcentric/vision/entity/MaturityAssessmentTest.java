package com.cxcentric.vision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.RuleViolationException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaturityAssessmentTest {

    private static final OrgUnit DEPARTMENT = new OrgUnit("CC", "Contact Centre", OrgUnitType.DEPARTMENT, null);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static Map<MaturityQuestion, Integer> answers(int... scores) {
        Map<MaturityQuestion, Integer> answers = new EnumMap<>(MaturityQuestion.class);
        for (int i = 0; i < scores.length; i++) {
            answers.put(MaturityQuestion.values()[i], scores[i]);
        }
        return answers;
    }

    @Test
    void theStageFollowsTheMeanAnswerAndEachCompetencyScoresItsOwn() {
        MaturityAssessment assessment = new MaturityAssessment(DEPARTMENT, "2026-Q4");
        // Lead 4 and 5, Realize 3 and 3, Activate 2 and 3, Disrupt 2 and 2, Enlighten 4 and 3, Respond 3 and 2:
        // 36 / 12 = 3.0, Mobilize.
        assessment.answer(answers(4, 5, 3, 3, 2, 3, 2, 2, 4, 3, 3, 2), "hr", DAY);
        assertEquals(3.0, assessment.score(), 1e-12);
        assertEquals(MaturityStage.MOBILIZE, assessment.stage());
        assertEquals(4.5, assessment.competencies().get(MaturityQuestion.Competency.LEAD), 1e-12);
        assertEquals(2.0, assessment.competencies().get(MaturityQuestion.Competency.DISRUPT), 1e-12);
    }

    @Test
    void eachStageCoversOnePointAndTheTopOneItsEnd() {
        assertEquals(MaturityStage.INVESTIGATE, MaturityStage.of(1.0));
        assertEquals(MaturityStage.INVESTIGATE, MaturityStage.of(1.99));
        assertEquals(MaturityStage.INITIATE, MaturityStage.of(2.0));
        assertEquals(MaturityStage.SCALE, MaturityStage.of(4.92));
        assertEquals(MaturityStage.EMBED, MaturityStage.of(5.0));
        assertThrows(IllegalArgumentException.class, () -> MaturityStage.of(0.5));
    }

    @Test
    void everyQuestionIsAnsweredFromOneToFiveAndTheQuarterIsWrittenAsSuch() {
        MaturityAssessment assessment = new MaturityAssessment(DEPARTMENT, "2026-Q4");
        var missing = assertThrows(RuleViolationException.class, () -> assessment.answer(answers(3, 3, 3), "hr", DAY));
        assertEquals("answers.REALIZE_2", missing.getField(), "the first question not answered");
        var outside = assertThrows(
                RuleViolationException.class,
                () -> assessment.answer(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6), "hr", DAY));
        assertEquals("answers.RESPOND_2", outside.getField());
        assertThrows(RuleViolationException.class, () -> new MaturityAssessment(DEPARTMENT, "2026-4"));
        assertEquals("2026-Q4", MaturityAssessment.quarterOf(DAY));
        assertEquals("2027-Q1", MaturityAssessment.quarterOf(LocalDate.of(2027, 3, 31)));
    }
}
