package com.cxcentric.training.entity;

import com.cxcentric.platform.RuleViolationException;
import java.util.List;

/**
 * A quiz question as HR writes it: how it is answered, an optional customer situation, the prompt
 * and its options, each with whether it is right and why. {@link #validate} names the first field
 * at fault, so an editor can point at it.
 */
public record QuestionText(QuestionKind kind, String scenario, String prompt, List<OptionText> options) {

    /** One answer option and the explanation shown after the quiz, right or wrong. */
    public record OptionText(String label, boolean correct, String explanation) {}

    public QuestionText {
        options = options == null ? List.of() : List.copyOf(options);
        scenario = scenario == null || scenario.isBlank() ? null : scenario.strip();
        prompt = prompt == null ? null : prompt.strip();
    }

    /**
     * @throws RuleViolationException naming the field ({@code prompt}, {@code scenario},
     *     {@code options}, {@code option 2 label}, …) for a missing or too long text, fewer than two
     *     options, no right option, or several right ones where one answer is taken
     */
    public void validate() {
        if (kind == null) {
            throw new RuleViolationException("kind", "error.question.kind", "Choose how the question is answered");
        }
        required("prompt", prompt, QuizQuestion.PROMPT_LENGTH);
        if (scenario != null && scenario.length() > QuizQuestion.SCENARIO_LENGTH) {
            throw tooLong("scenario", QuizQuestion.SCENARIO_LENGTH);
        }
        if (options.size() < 2) {
            throw new RuleViolationException(
                    "options", "error.question.fewOptions", "A question needs at least two options");
        }
        for (int i = 0; i < options.size(); i++) {
            OptionText option = options.get(i);
            required("option " + (i + 1) + " label", option.label(), QuizOption.LABEL_LENGTH);
            required("option " + (i + 1) + " explanation", option.explanation(), QuizOption.EXPLANATION_LENGTH);
        }
        long right = options.stream().filter(OptionText::correct).count();
        if (right == 0) {
            throw new RuleViolationException("options", "error.question.noRight", "Mark the right option");
        }
        if (kind.singleAnswer() && right > 1) {
            throw new RuleViolationException(
                    "options",
                    "error.question.oneRight",
                    "This kind of question takes one answer, but " + right + " options are marked right",
                    right);
        }
    }

    private static void required(String field, String text, int length) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(field, "error.question.required", field + " is required", field);
        }
        if (text.strip().length() > length) {
            throw tooLong(field, length);
        }
    }

    private static RuleViolationException tooLong(String field, int length) {
        return new RuleViolationException(
                field, "error.question.tooLong", field + " is longer than " + length + " characters", field, length);
    }
}
