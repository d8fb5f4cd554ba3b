package org.jixiao.approval.chain;

import org.jixiao.org.Role;

/** A step as stored, configured ({@code approval_chain_step}) or captured in a run ({@code approval_chain_run_step}). */
public class StepRow {
    private int position;
    private String stepKey;
    private String name;
    private String actorRole;
    private String actorLevel;
    private Long deskId;
    private boolean grading;
    private Integer slaDays;
    private boolean mayReturn;
    private boolean opinionRequired;
    /** Captured runs only: the org node whose holders of the role act, and their candidate group. */
    private Long orgId;
    private String candidateGroup;

    static StepRow of(int position, ChainStep s) {
        StepRow row = new StepRow();
        row.position = position;
        row.stepKey = s.key();
        row.name = s.name();
        row.actorRole = s.role().name();
        row.actorLevel = s.level().name();
        row.deskId = s.deskId();
        row.grading = s.grading();
        row.slaDays = s.slaDays();
        row.mayReturn = s.mayReturn();
        row.opinionRequired = s.opinionRequired();
        return row;
    }

    public ChainStep step() {
        return new ChainStep(stepKey, name, Role.valueOf(actorRole), ChainLevel.valueOf(actorLevel), deskId, grading,
                slaDays, mayReturn, opinionRequired);
    }

    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getStepKey() { return stepKey; }
    public void setStepKey(String stepKey) { this.stepKey = stepKey; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getActorRole() { return actorRole; }
    public void setActorRole(String actorRole) { this.actorRole = actorRole; }
    public String getActorLevel() { return actorLevel; }
    public void setActorLevel(String actorLevel) { this.actorLevel = actorLevel; }
    public Long getDeskId() { return deskId; }
    public void setDeskId(Long deskId) { this.deskId = deskId; }
    public boolean isGrading() { return grading; }
    public void setGrading(boolean grading) { this.grading = grading; }
    public Integer getSlaDays() { return slaDays; }
    public void setSlaDays(Integer slaDays) { this.slaDays = slaDays; }
    public boolean isMayReturn() { return mayReturn; }
    public void setMayReturn(boolean mayReturn) { this.mayReturn = mayReturn; }
    public boolean isOpinionRequired() { return opinionRequired; }
    public void setOpinionRequired(boolean opinionRequired) { this.opinionRequired = opinionRequired; }
    public Long getOrgId() { return orgId; }
    public void setOrgId(Long orgId) { this.orgId = orgId; }
    public String getCandidateGroup() { return candidateGroup; }
    public void setCandidateGroup(String candidateGroup) { this.candidateGroup = candidateGroup; }
}
