package org.jixiao.approval;

import java.time.Instant;

/** One row of 已办: a task the user decided, with what they did, when, and saying what. */
public class DoneItem extends InboxItem {
    private ReviewAction action;
    private Instant actedAt;
    private String opinion;

    public ReviewAction getAction() { return action; }
    public void setAction(ReviewAction action) { this.action = action; }
    public Instant getActedAt() { return actedAt; }
    public void setActedAt(Instant actedAt) { this.actedAt = actedAt; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
}
