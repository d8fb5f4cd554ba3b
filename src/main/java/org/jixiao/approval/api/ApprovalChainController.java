package org.jixiao.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jixiao.approval.chain.ApprovalChains;
import org.jixiao.approval.chain.ChainSetting;
import org.jixiao.approval.chain.StepDraft;
import org.jixiao.org.CurrentUser;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/approval-chains")
@Tag(name = "审核流程", description = "The review chain of the caller's finance bureau per fiscal year and subject type "
        + "(ADMIN)")
class ApprovalChainController {
    private final ApprovalChains chains;
    private final CurrentUserProvider currentUser;

    ApprovalChainController(ApprovalChains chains, CurrentUserProvider currentUser) {
        this.chains = chains;
        this.currentUser = currentUser;
    }

    /** A finance desk (科室) of the bureau that a DESK step may name. */
    record DeskJson(Long id, String name) {
    }

    /**
     * {@code configured} false: nothing saved, the default chain applies (version 0). {@code configurable} false:
     * the subject type's process has fixed steps (monitoring reports and self-evaluations for now).
     * {@code afterReturn}: RERUN or TO_RETURNER (直送退回人), what happens once a step a case was returned to approves.
     */
    record ChainJson(int fiscalYear, String subjectType, List<StepDraft> steps, Integer version, Boolean configured,
                     Boolean configurable, String updatedBy, Instant updatedAt, List<DeskJson> desks,
                     String afterReturn) {
    }

    @GetMapping("/{fiscalYear}/{subjectType}")
    @Operation(summary = "The chain in force for the year and subject type (the defaults when none is saved)")
    ChainJson get(@PathVariable Integer fiscalYear, @PathVariable String subjectType) {
        CurrentUser user = currentUser.require();
        return json(user, chains.setting(user, fiscalYear, subjectType));
    }

    @PutMapping("/{fiscalYear}/{subjectType}")
    @Operation(summary = "Replace the chain (ADMIN). Body {steps, version, afterReturn (RERUN|TO_RETURNER, default "
            + "RERUN)}; an invalid chain answers 422 per field (steps[i].key …, afterReturn), a stale version 409. "
            + "Reviews already under way keep the chain they started with")
    ChainJson put(@PathVariable Integer fiscalYear, @PathVariable String subjectType, @RequestBody ChainJson body) {
        CurrentUser user = currentUser.require();
        return json(user, chains.save(user, fiscalYear, subjectType, body.steps(), body.version(),
                body.afterReturn()));
    }

    private ChainJson json(CurrentUser user, ChainSetting s) {
        return new ChainJson(s.fiscalYear(), s.type().name(), s.steps().stream().map(StepDraft::of).toList(),
                s.version(), s.configured(), s.configurable(), s.updatedBy(), s.updatedAt(),
                chains.desks(user).stream().map(d -> new DeskJson(d.getId(), d.getName())).toList(),
                s.afterReturn().name());
    }
}
