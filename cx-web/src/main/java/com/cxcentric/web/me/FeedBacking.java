package com.cxcentric.web.me;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.rewards.boundary.RecognitionFeed;
import com.cxcentric.rewards.control.FeedActivity.CommentView;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.rewards.entity.Reaction;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * The conversation on /me/recognition.xhtml: reacting to a recognition, and its thread – the
 * comments, a new one (one key per comment, so a double click comments once) and reporting it to HR.
 */
@Named
@ViewScoped
public class FeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecognitionFeed feed;

    @Inject
    private RecognitionBacking recognition;

    @Inject
    private FacesMessages messages;

    private RecognitionView open;
    private List<CommentView> comments = List.of();
    private String comment;
    private String reason;
    private boolean reporting;
    private String key = UUID.randomUUID().toString();

    /** Adds the reaction, or takes it back when the reader had it. */
    public void toggle(RecognitionView r, String reaction) {
        try {
            feed.react(r.id(), Reaction.valueOf(reaction), !r.mine(reaction));
            recognition.reload();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void open(RecognitionView r) {
        try {
            comments = feed.comments(r.id());
            open = r;
            comment = null;
            reason = null;
            reporting = false;
            // The thread opens above the lists: take the reader there, not leave them at the card.
            PrimeFaces.current().scrollTo("threadArea");
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void close() {
        open = null;
    }

    public void post() {
        try {
            feed.comment(open.id(), key, comment);
            key = UUID.randomUUID().toString();
            comment = null;
            comments = feed.comments(open.id());
            recognition.reload();
        } catch (BusinessException refused) {
            messages.error(refused, "threadForm");
        }
    }

    public void startReport() {
        reporting = true;
    }

    public void report() {
        try {
            boolean again = feed.report(open.id(), reason).repeated();
            messages.info(again ? "feed.reportedAlready" : "feed.reported");
            reporting = false;
            reason = null;
        } catch (BusinessException refused) {
            messages.error(refused, "threadForm");
        }
    }

    public RecognitionView getOpen() {
        return open;
    }

    public List<CommentView> getComments() {
        return comments;
    }

    public boolean isReporting() {
        return reporting;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
