package com.cxcentric.web.hr;

import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.QuestionText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A question being written: {@code number} null for a new one. */
public final class QuestionForm implements Serializable {
    private static final long serialVersionUID = 1L;
    final Integer number;
    QuestionKind kind;
    String scenario;
    String prompt;
    final List<OptionForm> options = new ArrayList<>();

    QuestionForm(Integer number, QuestionText text) {
        this.number = number;
        this.kind = text.kind();
        this.scenario = text.scenario();
        this.prompt = text.prompt();
        text.options().forEach(o -> options.add(new OptionForm(o.label(), o.correct(), o.explanation())));
    }

    QuestionText text() {
        return new QuestionText(
                kind,
                scenario,
                prompt,
                options.stream()
                        .map(o -> new QuestionText.OptionText(o.label, o.correct, o.explanation))
                        .toList());
    }

    public Integer getNumber() {
        return number;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getPrompt() {
        return prompt;
    }

    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public List<OptionForm> getOptions() {
        return options;
    }
}
