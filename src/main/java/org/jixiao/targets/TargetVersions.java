package org.jixiao.targets;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.targets.internal.TargetMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 目标调整 (财预〔2015〕88号 art. 28): an approved target is changed through an adjustment — an edited copy with a
 * reason that goes through the same approval chain and, once approved, replaces the approved version (see
 * {@link TargetService#moveTo}). Every version stays readable and comparable. Scope rules are those of
 * {@link TargetService#get}: another unit's ids are not found.
 */
@Service
public class TargetVersions {
    static final int REASON_MAX = org.jixiao.common.Limits.ADJUSTMENT_REASON;

    private final TargetService targets;
    private final TargetMapper mapper;

    TargetVersions(TargetService targets, TargetMapper mapper) {
        this.targets = targets;
        this.mapper = mapper;
    }

    /** A new draft copied from the approved target (fields, plan, tasks, indicators, attachments). */
    @Transactional
    public PerformanceTarget requestAdjustment(CurrentUser user, Long targetId, String reason) {
        PerformanceTarget source = targets.get(user, targetId);
        if (!user.hasRole(Role.STAFF) || !Objects.equals(user.orgId(), source.getUnitId())) {
            throw new ForbiddenException("只有本单位的项目经办人可以申请目标调整");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "请填写调整原因");
        }
        if (why.length() > REASON_MAX) {
            throw ValidationException.of("reason", "调整原因不能超过 " + REASON_MAX + " 字");
        }
        if (source.getLineageId() == null) {
            mapper.startLineage(source.getId()); // rows written around the service (bulk loads) have none yet
        }
        Long lineage = lineageOf(source);
        if (source.getStatus() != TargetStatus.APPROVED) {
            Long active = mapper.findApprovedVersion(lineage);
            throw new ConflictException("只有已批复的目标可以申请调整（当前：" + TargetService.statusLabel(source.getStatus())
                    + "）", active == null ? Map.of() : Map.of("activeVersionId", active));
        }
        Long open = mapper.findOpenAdjustment(lineage);
        if (open != null) {
            throw openAdjustmentExists(open);
        }
        Long sourceId = source.getId();
        PerformanceTarget draft = source; // a fresh read per call; turned into the new version's row here
        draft.setId(null);
        draft.setStatus(TargetStatus.DRAFT);
        draft.setVersion(0);
        draft.setLineageId(lineage);
        draft.setVersionNo(mapper.maxVersionNo(lineage) + 1);
        draft.setAdjustsTargetId(sourceId);
        draft.setAdjustmentReason(why);
        draft.setCopiedFromId(null);
        draft.setApprovedAt(null);
        draft.setCreatedBy(user.username());
        draft.setCreatedAt(TargetService.now());
        draft.setUpdatedAt(draft.getCreatedAt());
        draft.getIndicators().forEach(i -> i.setId(null));
        try {
            mapper.insert(draft);
        } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
            // Another request for the same lineage got in first; the unique keys decided it.
            Long winner = mapper.findOpenAdjustment(lineage);
            throw winner == null ? new ConflictException("该目标刚刚被他人申请调整，请刷新后查看") : openAdjustmentExists(winner);
        }
        targets.writeChildren(draft, true);
        mapper.copyAttachments(sourceId, draft.getId());
        return targets.get(user, draft.getId());
    }

    /**
     * Abandons an adjustment that is not in review (a draft, or returned): the draft and its children are deleted,
     * the approved version stays in force, and a new adjustment may be requested. The audit trail is kept.
     */
    @Transactional
    public void abandon(CurrentUser user, Long id) {
        PerformanceTarget target = targets.get(user, id);
        if (!user.hasRole(Role.STAFF) || !Objects.equals(user.orgId(), target.getUnitId())) {
            throw new ForbiddenException("只有本单位的项目经办人可以放弃目标调整");
        }
        if (!target.isAdjustment()) {
            throw new ConflictException("只有目标调整可以放弃；原始目标不能删除");
        }
        if (!target.getStatus().editable()) {
            throw new ConflictException("目标调整当前状态为「" + TargetService.statusLabel(target.getStatus())
                    + "」，不能放弃（审核中请先撤回）");
        }
        mapper.deleteAttachments(id);
        mapper.deleteIndicators(id);
        mapper.deleteSpendingPlan(id);
        mapper.deleteTasks(id);
        mapper.deleteTarget(id);
    }

    /** Every version of the target's lineage, oldest first (headers only). */
    @Transactional(readOnly = true)
    public List<PerformanceTarget> versions(CurrentUser user, Long id) {
        PerformanceTarget target = targets.get(user, id);
        if (target.getLineageId() == null) {
            return List.of(target);
        }
        return mapper.findLineage(target.getLineageId());
    }

    /**
     * Changes from version {@code againstId} (before) to version {@code id} (after); without {@code againstId},
     * against the version {@code id} adjusts. Both must belong to one lineage.
     */
    @Transactional(readOnly = true)
    public List<TargetChange> diff(CurrentUser user, Long id, Long againstId) {
        PerformanceTarget after = targets.get(user, id);
        Long beforeId = againstId != null ? againstId : after.getAdjustsTargetId();
        if (beforeId == null) {
            throw ValidationException.of("against", "请指定要对比的版本（against）");
        }
        Long afterLineage = lineageOf(after);
        PerformanceTarget before = targets.get(user, beforeId);
        if (!Objects.equals(lineageOf(before), afterLineage)) {
            throw ValidationException.of("against", "目标 " + beforeId + " 不是目标 " + id + " 的版本，不能对比");
        }
        return TargetDiff.between(before, after);
    }

    /** The adjustment of this target's lineage that is not approved yet, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> openAdjustment(CurrentUser user, Long id) {
        return Optional.ofNullable(mapper.findOpenAdjustment(lineageOf(targets.get(user, id))));
    }

    /** The version of this target's lineage now in force (APPROVED), if any. */
    @Transactional(readOnly = true)
    public Optional<Long> approvedVersion(CurrentUser user, Long id) {
        return Optional.ofNullable(mapper.findApprovedVersion(lineageOf(targets.get(user, id))));
    }

    private static Long lineageOf(PerformanceTarget target) {
        return target.getLineageId() == null ? target.getId() : target.getLineageId();
    }

    private static ConflictException openAdjustmentExists(Long open) {
        return new ConflictException("该目标已有一个进行中的调整（目标 " + open + "），请先完成或放弃该调整",
                Map.of("adjustmentId", open));
    }
}
