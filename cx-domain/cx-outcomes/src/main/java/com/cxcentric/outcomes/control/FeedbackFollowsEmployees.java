package com.cxcentric.outcomes.control;

import com.cxcentric.organization.entity.EmployeesChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Feedback that named people before they were known counts for them once an import adds them. */
@ApplicationScoped
public class FeedbackFollowsEmployees {

    @Inject
    private FeedbackStore feedback;

    void onEmployeesChanged(@Observes @Priority(EmployeesChanged.OUTCOMES) EmployeesChanged change) {
        if (change.anyone() && (change.created() > 0 || change.updated() > 0)) {
            feedback.attributeNewEmployees();
        }
    }
}
