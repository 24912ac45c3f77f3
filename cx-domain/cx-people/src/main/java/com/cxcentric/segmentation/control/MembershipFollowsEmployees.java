package com.cxcentric.segmentation.control;

import com.cxcentric.organization.entity.EmployeesChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Segment memberships follow every change of employees: recomputed in the same transaction. */
@ApplicationScoped
public class MembershipFollowsEmployees {

    @Inject
    private SegmentMembershipStore membership;

    void onEmployeesChanged(@Observes @Priority(EmployeesChanged.SEGMENTS) EmployeesChanged change) {
        if (change.anyone()) {
            membership.recomputeAll(change.day());
        } else {
            membership.recomputeFor(change.only(), change.day());
        }
    }
}
