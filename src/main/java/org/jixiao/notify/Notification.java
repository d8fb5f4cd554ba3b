package org.jixiao.notify;

import java.time.Instant;

/** One notice to one user (table {@code notification}, V43); the texts are copied when it is made. */
public class Notification {
    private Long id;
    private Long recipientId;
    private NotificationKind kind;
    private String subjectType;
    private Long subjectId;
    private String subjectName;
    private String stepName;
    private String actorName;
    private String opinion;
    /** Where the UI opens it (a route such as {@code targets/12}). */
    private String location;
    private Instant createdAt;
    private Instant readAt;
    /** null: no mail due; PENDING, SENT or FAILED otherwise. */
    private String mailState;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getRecipientId() { return recipientId; }
    public void setRecipientId(Long recipientId) { this.recipientId = recipientId; }
    public NotificationKind getKind() { return kind; }
    public void setKind(NotificationKind kind) { this.kind = kind; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public String getSubjectName() { return subjectName; }
    public void setSubjectName(String subjectName) { this.subjectName = subjectName; }
    public String getStepName() { return stepName; }
    public void setStepName(String stepName) { this.stepName = stepName; }
    public String getActorName() { return actorName; }
    public void setActorName(String actorName) { this.actorName = actorName; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getReadAt() { return readAt; }
    public void setReadAt(Instant readAt) { this.readAt = readAt; }
    public String getMailState() { return mailState; }
    public void setMailState(String mailState) { this.mailState = mailState; }

    public boolean isRead() {
        return readAt != null;
    }

    /** A copy of this notice for another recipient (the same event told to a whole group). */
    Notification to(Long recipient, String mail) {
        Notification copy = new Notification();
        copy.recipientId = recipient;
        copy.kind = kind;
        copy.subjectType = subjectType;
        copy.subjectId = subjectId;
        copy.subjectName = subjectName;
        copy.stepName = stepName;
        copy.actorName = actorName;
        copy.opinion = opinion;
        copy.location = location;
        copy.createdAt = createdAt;
        copy.mailState = mail;
        return copy;
    }
}
