package org.jixiao.evaluation.internal;

/** Counts over a round's self-evaluations (mapper result). */
public class EvaluationCounts {
    private int created;
    private int submitted;
    private int approved;
    private int overdue;
    private int excellent;
    private int good;
    private int fair;
    private int poor;

    public int getCreated() { return created; }
    public void setCreated(int created) { this.created = created; }
    public int getSubmitted() { return submitted; }
    public void setSubmitted(int submitted) { this.submitted = submitted; }
    public int getApproved() { return approved; }
    public void setApproved(int approved) { this.approved = approved; }
    public int getOverdue() { return overdue; }
    public void setOverdue(int overdue) { this.overdue = overdue; }
    public int getExcellent() { return excellent; }
    public void setExcellent(int excellent) { this.excellent = excellent; }
    public int getGood() { return good; }
    public void setGood(int good) { this.good = good; }
    public int getFair() { return fair; }
    public void setFair(int fair) { this.fair = fair; }
    public int getPoor() { return poor; }
    public void setPoor(int poor) { this.poor = poor; }
}
