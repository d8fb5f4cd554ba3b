package org.jixiao.approval.chain;

/**
 * A step as an admin sent it, before validation: role and level as text so an unknown value is a 422 on its field,
 * not an unreadable body.
 */
public record StepDraft(String key, String name, String role, String level, Long deskId, Boolean grading,
                        Integer slaDays, Boolean mayReturn, Boolean opinionRequired) {

    public static StepDraft of(ChainStep s) {
        return new StepDraft(s.key(), s.name(), s.role().name(), s.level().name(), s.deskId(), s.grading(),
                s.slaDays(), s.mayReturn(), s.opinionRequired());
    }
}
