package com.cxcentric.vision.control;

import com.cxcentric.organization.entity.EmployeesChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** New joiners are asked to read the current vision in the transaction that brought them in. */
@ApplicationScoped
public class JoinersAreAsked {

    @Inject
    private VisionDrafts drafts;

    @Inject
    private Acknowledgements acknowledgements;

    void onEmployeesChanged(@Observes @Priority(EmployeesChanged.VISION) EmployeesChanged change) {
        if (change.created() == 0) {
            return;
        }
        drafts.current().ifPresent(current -> acknowledgements.askEveryoneNotAsked(current, change.day()));
    }
}
