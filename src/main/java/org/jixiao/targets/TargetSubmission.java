package org.jixiao.targets;

import static org.jixiao.targets.TargetService.now;
import static org.jixiao.targets.TargetService.statusLabel;

import java.util.List;
import java.util.Map;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.chain.ChainRuns;
import org.jixiao.approval.chain.ChainType;
import org.jixiao.approval.process.ChainSteps;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.targets.internal.TargetMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target in the approval chain: the drafter submits (after the submission checks) or withdraws it, the process
 * keeps its status in step, and a reviewer's decision claims it first. Every change is a conditional update that
 * must hit one row before the engine is called.
 */
@Service
public class TargetSubmission {
    private final TargetMapper mapper;
    private final TargetService targets;
    private final OrgDirectory directory;
    private final ReviewService reviewService;
    private final ApplicationEventPublisher events;
    private final ChainRuns chainRuns;

    TargetSubmission(TargetMapper mapper, TargetService targets, OrgDirectory directory, ReviewService reviewService,
                     ApplicationEventPublisher events, ChainRuns chainRuns) {
        this.chainRuns = chainRuns;
        this.mapper = mapper;
        this.targets = targets;
        this.directory = directory;
        this.reviewService = reviewService;
        this.events = events;
    }

    /** Sends a draft or returned target into the approval chain after the submission checks pass. */
    @Transactional
    public PerformanceTarget submit(CurrentUser user, Long id) {
        PerformanceTarget target = targets.get(user, id);
        TargetService.requireDrafter(user, target);
        if (target.getStatus() == TargetStatus.REJECTED) {
            throw new ConflictException(TargetService.REJECTED_FINAL);
        }
        if (!target.getStatus().editable()) {
            throw new ConflictException(target.getStatus().inReview() ? "已提交，请勿重复操作（目标当前状态为「"
                    + statusLabel(target.getStatus()) + "」）" : "目标当前状态为「" + statusLabel(target.getStatus()) + "」，不能送审");
        }
        List<FieldViolation> violations = TargetChecks.check(target, targets.rulesFor(target));
        if (!violations.isEmpty()) {
            throw new ValidationException("送审检查未通过", violations);
        }
        if (mapper.claim(id, target.getStatus(), target.getVersion()) == 0) {
            throw new ConflictException("已提交，请勿重复操作（或目标刚被他人修改，请刷新后查看）");
        }
        Long departmentId = directory.nearest(target.getUnitId(), OrgKind.DEPARTMENT).map(OrgNode::getId).orElseThrow();
        Long financeId = directory.nearest(target.getUnitId(), OrgKind.FINANCE).map(OrgNode::getId).orElseThrow();
        // the chain in force is captured now: changing the configuration later never alters this review
        Long runId = chainRuns.capture(TargetService.SUBJECT_TYPE, id, ChainType.ofTargetKind(target.getKind().name()),
                target.getFiscalYear(), new ChainRuns.SubjectOrg(target.getUnitId(), departmentId, financeId));
        reviewService.submit(TargetService.SUBJECT_TYPE, id,
                Map.of("unitId", target.getUnitId(), "departmentId", departmentId, "financeBureauId", financeId,
                        ChainSteps.RUN, runId, ChainSteps.INDEX, 0),
                user, target.getStatus().name());
        return targets.get(user, id);
    }

    /**
     * Takes a submission back before the first reviewer of its chain has acted on it (the unit leader in the default
     * chain; the review chain checks that the first step is still open).
     */
    @Transactional
    public PerformanceTarget withdraw(CurrentUser user, Long id) {
        PerformanceTarget target = targets.get(user, id);
        TargetService.requireDrafter(user, target);
        if (!target.getStatus().inReview()) {
            throw new ConflictException("只有待单位负责人审核的目标可以撤回（当前：" + statusLabel(target.getStatus()) + "）");
        }
        if (mapper.claim(id, target.getStatus(), target.getVersion()) == 0) {
            throw new ConflictException("已撤回或已被审核，请勿重复操作；请刷新后查看");
        }
        reviewService.withdraw(TargetService.SUBJECT_TYPE, id, user, target.getStatus().name());
        return targets.get(user, id);
    }

    /**
     * Called by the approval process only: keeps the status in step with where the process stands. An approved
     * adjustment replaces the lineage's approved version in the same transaction (that one becomes SUPERSEDED
     * first, so the one-approved-version key never sees two).
     */
    @Transactional
    public void moveTo(Long id, TargetStatus status) {
        if (status == TargetStatus.APPROVED) {
            PerformanceTarget target = mapper.findById(id);
            if (target != null && target.isAdjustment() && target.getLineageId() != null) {
                Long active = mapper.findApprovedVersion(target.getLineageId());
                if (active != null && !active.equals(id)) {
                    mapper.supersede(active);
                    changeStatus(id, status);
                    events.publishEvent(new TargetVersionReplaced(active, id));
                    return;
                }
            }
        }
        changeStatus(id, status);
    }

    /**
     * Claims the target for a reviewer's decision at {@code status} (the review chain calls this before the engine):
     * false when another request changed it first.
     */
    @Transactional
    public boolean claim(Long id, TargetStatus status) {
        return mapper.claim(id, status, null) == 1;
    }

    /** A final state is never left (e.g. by a leftover task of a duplicate review): refused, the engine rolls back. */
    private void changeStatus(Long id, TargetStatus status) {
        if (mapper.changeStatus(id, status, now()) == 0) {
            PerformanceTarget target = mapper.findById(id);
            if (target == null) {
                throw new IllegalStateException("Performance target " + id + " does not exist");
            }
            throw new ConflictException("目标已是「" + statusLabel(target.getStatus()) + "」，不能再变更为「"
                    + statusLabel(status) + "」；该任务已失效");
        }
    }
}
