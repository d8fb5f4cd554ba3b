package org.jixiao.approval;

/**
 * The options of the step an open task stands at (issue 13 §1): whether approving needs the 88号 review sheet,
 * the step's deadline in days and whether an opinion is mandatory. Implemented by the configurable chains.
 */
public interface StepRules {
    boolean gradingRequired(String taskId);

    Integer slaDays(String taskId);

    boolean opinionRequired(String taskId);
}
