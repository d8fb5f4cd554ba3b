package org.jixiao.approval.sheet;

import java.time.Instant;

/** A stored review sheet: who graded which step of which subject, when, how, and what it decided. */
public class SheetRecord {
    private Long id;
    private String taskId;
    private String subjectType;
    private Long subjectId;
    private String step;
    private String stepName;
    private Grade completeness;
    private String completenessComment;
    private Grade relevance;
    private String relevanceComment;
    private Grade appropriateness;
    private String appropriatenessComment;
    private Grade feasibility;
    private String feasibilityComment;
    private Grade result;
    private String improvement;
    private String opinion;
    private String reviewerUsername;
    private String reviewerName;
    private Instant createdAt;

    /** The grade given to one criterion. */
    public Grade grade(Criterion criterion) {
        return switch (criterion) {
            case COMPLETENESS -> completeness;
            case RELEVANCE -> relevance;
            case APPROPRIATENESS -> appropriateness;
            case FEASIBILITY -> feasibility;
        };
    }

    /** The comment on one criterion, or null. */
    public String comment(Criterion criterion) {
        return switch (criterion) {
            case COMPLETENESS -> completenessComment;
            case RELEVANCE -> relevanceComment;
            case APPROPRIATENESS -> appropriatenessComment;
            case FEASIBILITY -> feasibilityComment;
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getStepName() {
        return stepName;
    }

    public void setStepName(String stepName) {
        this.stepName = stepName;
    }

    public Grade getCompleteness() {
        return completeness;
    }

    public void setCompleteness(Grade completeness) {
        this.completeness = completeness;
    }

    public String getCompletenessComment() {
        return completenessComment;
    }

    public void setCompletenessComment(String completenessComment) {
        this.completenessComment = completenessComment;
    }

    public Grade getRelevance() {
        return relevance;
    }

    public void setRelevance(Grade relevance) {
        this.relevance = relevance;
    }

    public String getRelevanceComment() {
        return relevanceComment;
    }

    public void setRelevanceComment(String relevanceComment) {
        this.relevanceComment = relevanceComment;
    }

    public Grade getAppropriateness() {
        return appropriateness;
    }

    public void setAppropriateness(Grade appropriateness) {
        this.appropriateness = appropriateness;
    }

    public String getAppropriatenessComment() {
        return appropriatenessComment;
    }

    public void setAppropriatenessComment(String appropriatenessComment) {
        this.appropriatenessComment = appropriatenessComment;
    }

    public Grade getFeasibility() {
        return feasibility;
    }

    public void setFeasibility(Grade feasibility) {
        this.feasibility = feasibility;
    }

    public String getFeasibilityComment() {
        return feasibilityComment;
    }

    public void setFeasibilityComment(String feasibilityComment) {
        this.feasibilityComment = feasibilityComment;
    }

    public Grade getResult() {
        return result;
    }

    public void setResult(Grade result) {
        this.result = result;
    }

    public String getImprovement() {
        return improvement;
    }

    public void setImprovement(String improvement) {
        this.improvement = improvement;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getReviewerUsername() {
        return reviewerUsername;
    }

    public void setReviewerUsername(String reviewerUsername) {
        this.reviewerUsername = reviewerUsername;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public void setReviewerName(String reviewerName) {
        this.reviewerName = reviewerName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
