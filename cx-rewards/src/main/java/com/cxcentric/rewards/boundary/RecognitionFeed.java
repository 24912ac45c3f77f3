package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.control.Caller;
import com.cxcentric.rewards.control.FeedActivity;
import com.cxcentric.rewards.control.FeedActivity.CommentView;
import com.cxcentric.rewards.control.FeedActivity.ReportView;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.rewards.entity.Reaction;
import com.cxcentric.rewards.entity.ReportStatus;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The feed's conversation: everyone reacts to, comments on and reports the recognition they may
 * see; HR reviews what was reported (or flagged by the share-of-allowance rule) and hides it from
 * the feed or keeps it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class RecognitionFeed {

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private FeedActivity activity;

    /** Adds ({@code on}) or takes back the caller's reaction; again changes nothing. */
    public RecognitionView react(long recognitionId, Reaction reaction, boolean on) {
        return activity.react(recognitionId, reaction, on, reader());
    }

    /** Comments on a recognition, once per idempotency key. */
    public CommentView comment(long recognitionId, String idempotencyKey, String body) {
        return activity.comment(recognitionId, idempotencyKey, body, reader());
    }

    public List<CommentView> comments(long recognitionId) {
        return activity.comments(recognitionId, reader());
    }

    /** Reports a recognition for HR to review, once per person. */
    public FeedActivity.Reported report(long recognitionId, String reason) {
        return activity.report(recognitionId, reason, reader());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public Page<ReportView> reports(ReportStatus status, PageRequest page) {
        return activity.reports(status, page);
    }

    /** Hides the reported recognition from the feed, or keeps it, with an optional note. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public ReportView decide(long reportId, boolean hide, String note) {
        return activity.decide(
                reportId, hide, note, context.getCallerPrincipal().getName());
    }

    private Caller reader() {
        String username = context.getCallerPrincipal().getName();
        boolean hr = context.isCallerInRole(Role.HR_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
        return new Caller(accounts.employeeOf(username).orElse(null), username, hr);
    }
}
