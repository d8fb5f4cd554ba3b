package org.jixiao.approval;

import java.time.Instant;

/** One line of a subject's audit trail: who, in which role, at which step, did what, saying what. */
public class ReviewEvent {
    private Long id;
    private String subjectType;
    private Long subjectId;
    private String step;
    private ReviewAction action;
    private String actorUsername;
    private String actorName;
    private String actorRole;
    private String opinion;
    private Instant createdAt;
    /** The engine task this event decided, if it decided one (unique: a task is decided once). */
    private String taskId;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public ReviewAction getAction() { return action; }
    public void setAction(ReviewAction action) { this.action = action; }
    public String getActorUsername() { return actorUsername; }
    public void setActorUsername(String actorUsername) { this.actorUsername = actorUsername; }
    public String getActorName() { return actorName; }
    public void setActorName(String actorName) { this.actorName = actorName; }
    public String getActorRole() { return actorRole; }
    public void setActorRole(String actorRole) { this.actorRole = actorRole; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }

    /** 代 X 审批: the absent user a deputy acted for (V46). */
    private String onBehalfOf;
    private String onBehalfOfName;
    /** Who received a transfer or delegation, or got a delegated task back (V46). */
    private String counterpart;
    private String counterpartName;

    public String getOnBehalfOf() { return onBehalfOf; }
    public void setOnBehalfOf(String onBehalfOf) { this.onBehalfOf = onBehalfOf; }
    public String getOnBehalfOfName() { return onBehalfOfName; }
    public void setOnBehalfOfName(String onBehalfOfName) { this.onBehalfOfName = onBehalfOfName; }
    public String getCounterpart() { return counterpart; }
    public void setCounterpart(String counterpart) { this.counterpart = counterpart; }
    public String getCounterpartName() { return counterpartName; }
    public void setCounterpartName(String counterpartName) { this.counterpartName = counterpartName; }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }
}
