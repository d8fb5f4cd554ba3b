package org.jixiao.monitoring.internal;

/** Aggregates over a round's report rows (one SQL query), mapped by MyBatis. */
public class ReportCounts {
    private int created;
    private int submitted;
    private int approved;
    private int overdue;
    private int red;
    private int yellow;
    private int green;
    private int blue;

    public int getCreated() { return created; }
    public void setCreated(int created) { this.created = created; }
    public int getSubmitted() { return submitted; }
    public void setSubmitted(int submitted) { this.submitted = submitted; }
    public int getApproved() { return approved; }
    public void setApproved(int approved) { this.approved = approved; }
    public int getOverdue() { return overdue; }
    public void setOverdue(int overdue) { this.overdue = overdue; }
    public int getRed() { return red; }
    public void setRed(int red) { this.red = red; }
    public int getYellow() { return yellow; }
    public void setYellow(int yellow) { this.yellow = yellow; }
    public int getGreen() { return green; }
    public void setGreen(int green) { this.green = green; }
    public int getBlue() { return blue; }
    public void setBlue(int blue) { this.blue = blue; }
}
