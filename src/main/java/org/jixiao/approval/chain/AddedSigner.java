package org.jixiao.approval.chain;

import java.time.Instant;

/**
 * A signer added to one case (加签, {@code approval_added_signer}): who reviews, in which candidate group, before or
 * after which step of the run, and on which task it was added (one signer per task). Never changes once written.
 */
public class AddedSigner {
    public static final String BEFORE = "BEFORE";
    public static final String AFTER = "AFTER";

    private Long id;
    private Long runId;
    private String taskId;
    private int stepPosition;
    private String placement;
    private String username;
    private String displayName;
    private String candidateGroup;
    private String note;
    private String addedBy;
    private Instant addedAt;

    public boolean before() {
        return BEFORE.equals(placement);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getRunId() { return runId; }
    public void setRunId(Long runId) { this.runId = runId; }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public int getStepPosition() { return stepPosition; }
    public void setStepPosition(int stepPosition) { this.stepPosition = stepPosition; }
    public String getPlacement() { return placement; }
    public void setPlacement(String placement) { this.placement = placement; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getCandidateGroup() { return candidateGroup; }
    public void setCandidateGroup(String candidateGroup) { this.candidateGroup = candidateGroup; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getAddedBy() { return addedBy; }
    public void setAddedBy(String addedBy) { this.addedBy = addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public void setAddedAt(Instant addedAt) { this.addedAt = addedAt; }
}
