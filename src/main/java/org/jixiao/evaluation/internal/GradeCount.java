package org.jixiao.evaluation.internal;

/** How many self-evaluations carry a final grade: submitted ones, and of them the approved ones. */
public class GradeCount {
    private String grade;
    private int submitted;
    private int approved;

    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public int getSubmitted() { return submitted; }
    public void setSubmitted(int submitted) { this.submitted = submitted; }
    public int getApproved() { return approved; }
    public void setApproved(int approved) { this.approved = approved; }
}
