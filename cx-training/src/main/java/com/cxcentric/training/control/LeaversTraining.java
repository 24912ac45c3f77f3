package com.cxcentric.training.control;

import com.cxcentric.organization.entity.EmployeesChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;

/** People who left keep their training history; what they still had to do is cancelled. */
@ApplicationScoped
public class LeaversTraining {

    @Inject
    private AssignmentStore assignments;

    void onEmployeesChanged(@Observes @Priority(EmployeesChanged.TRAINING) EmployeesChanged change) {
        if (change.anyone()) {
            assignments.cancelForLeavers(Instant.now());
        }
    }
}
