package org.jixiao.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.config.TargetRules;
import org.jixiao.config.TargetRulesService;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.DataScope;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, reading and submitting performance targets, always within the caller's data scope.
 * Out-of-scope targets are reported as not found so their existence does not leak.
 */
@Service
public class TargetService {
    public static final String SUBJECT_TYPE = "TARGET";

    private final TargetMapper mapper;
    private final OrgDirectory directory;
    private final TargetRulesService rulesService;
    private final ReviewService reviewService;
    private final ApplicationEventPublisher events;
    private final IndicatorKindRuleService kindRules;

    TargetService(TargetMapper mapper, OrgDirectory directory, TargetRulesService rulesService,
                  ReviewService reviewService, ApplicationEventPublisher events, IndicatorKindRuleService kindRules) {
        this.mapper = mapper;
        this.directory = directory;
        this.rulesService = rulesService;
        this.reviewService = reviewService;
        this.events = events;
        this.kindRules = kindRules;
    }

    @Transactional(readOnly = true)
    public PerformanceTarget get(CurrentUser user, Long id) {
        PerformanceTarget target = id == null ? null : mapper.findById(id);
        if (target == null || !directory.scopeOf(user).includes(target.getUnitId())) {
            throw notFound(id);
        }
        loadChildren(target);
        return target;
    }

    @Transactional(readOnly = true)
    public List<PerformanceTarget> list(CurrentUser user, Integer fiscalYear, TargetStatus status) {
        DataScope scope = directory.scopeOf(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return mapper.findInScope(scope.unitIds(), fiscalYear, status);
    }

    /** Creates a draft in the staff member's unit (or the unit named by code, which must be theirs). */
    @Transactional
    public PerformanceTarget create(CurrentUser user, PerformanceTarget draft) {
        requireRole(user, Role.STAFF, "只有项目经办人可以填报绩效目标");
        Long unitId = draftingUnit(user, draft.getUnitCode());
        List<FieldViolation> violations = TargetDraftValidator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ValidationException("绩效目标数据有误", violations);
        }
        Instant now = now();
        draft.setId(null);
        draft.setUnitId(unitId);
        draft.setStatus(TargetStatus.DRAFT);
        draft.setCreatedBy(user.username());
        draft.setCreatedAt(now);
        draft.setUpdatedAt(now);
        // A copy starts a lineage of its own, whatever the source was.
        draft.setLineageId(null);
        draft.setVersionNo(1);
        draft.setAdjustsTargetId(null);
        draft.setAdjustmentReason(null);
        draft.setApprovedAt(null);
        mapper.insert(draft);
        mapper.startLineage(draft.getId());
        writeChildren(draft, true);
        return get(user, draft.getId());
    }

    /** Saves a draft; refuses a stale version instead of overwriting someone else's change. */
    @Transactional
    public PerformanceTarget update(CurrentUser user, Long id, PerformanceTarget changes) {
        PerformanceTarget current = get(user, id);
        requireDrafter(user, current);
        if (!current.getStatus().editable()) {
            throw new ConflictException("目标当前状态为「" + statusLabel(current.getStatus()) + "」，不能修改");
        }
        if (changes.getVersion() != current.getVersion()) {
            throw staleVersion(current);
        }
        List<FieldViolation> violations = TargetDraftValidator.validate(changes);
        violations.addAll(TargetDraftValidator.adjustment(current, changes));
        if (!violations.isEmpty()) {
            throw new ValidationException("绩效目标数据有误", violations);
        }
        Set<Long> existingIds = new HashSet<>();
        current.getIndicators().forEach(i -> existingIds.add(i.getId()));
        for (Indicator indicator : changes.getIndicators()) {
            if (indicator.getId() != null && !existingIds.contains(indicator.getId())) {
                throw ValidationException.of("indicators", "指标 " + indicator.getId() + " 不属于该目标");
            }
        }
        changes.setId(id);
        changes.setUnitId(current.getUnitId()); // the region's kind defaults follow the unit
        changes.setUpdatedAt(now());
        if (mapper.update(changes) == 0) {
            throw staleVersion(mapper.findById(id));
        }
        writeChildren(changes, false);
        return get(user, id);
    }

    /** A new draft from an existing target (e.g. last year's), in the copier's unit. */
    @Transactional
    public PerformanceTarget copy(CurrentUser user, Long sourceId, Integer fiscalYear) {
        PerformanceTarget source = get(user, sourceId);
        requireDrafter(user, source);
        // Read before changing anything: within one transaction MyBatis may hand back the same object twice.
        int sourceYear = source.getFiscalYear();
        String sourceName = source.getName();
        PerformanceTarget copy = get(user, sourceId);
        int year = fiscalYear == null ? sourceYear : fiscalYear;
        copy.setFiscalYear(year);
        copy.setCopiedFromId(sourceId);
        copy.setVersion(0);
        if (year == sourceYear) {
            copy.setName(sourceName + "（副本）");
        }
        copy.getIndicators().forEach(i -> i.setId(null));
        copy.setUnitCode(source.getUnitCode());
        return create(user, copy);
    }

    /** Submission checks of the target as stored, all at once. */
    @Transactional(readOnly = true)
    public List<FieldViolation> check(CurrentUser user, Long id) {
        PerformanceTarget target = get(user, id);
        return TargetChecks.check(target, rulesFor(target));
    }

    public TargetRules rulesFor(PerformanceTarget target) {
        Long financeId = directory.nearest(target.getUnitId(), OrgKind.FINANCE).map(OrgNode::getId).orElse(null);
        return rulesService.rulesFor(financeId, target.getFiscalYear());
    }

    /** Sends a draft or returned target into the approval chain after the submission checks pass. */
    @Transactional
    public PerformanceTarget submit(CurrentUser user, Long id) {
        PerformanceTarget target = get(user, id);
        requireDrafter(user, target);
        if (!target.getStatus().editable()) {
            throw new ConflictException(target.getStatus().inReview() ? "已提交，请勿重复操作（目标当前状态为「"
                    + statusLabel(target.getStatus()) + "」）" : "目标当前状态为「" + statusLabel(target.getStatus()) + "」，不能送审");
        }
        List<FieldViolation> violations = TargetChecks.check(target, rulesFor(target));
        if (!violations.isEmpty()) {
            throw new ValidationException("送审检查未通过", violations);
        }
        if (mapper.claim(id, target.getStatus(), target.getVersion()) == 0) {
            throw new ConflictException("已提交，请勿重复操作（或目标刚被他人修改，请刷新后查看）");
        }
        Long departmentId = directory.nearest(target.getUnitId(), OrgKind.DEPARTMENT).map(OrgNode::getId).orElseThrow();
        Long financeId = directory.nearest(target.getUnitId(), OrgKind.FINANCE).map(OrgNode::getId).orElseThrow();
        reviewService.submit(SUBJECT_TYPE, id,
                Map.of("unitId", target.getUnitId(), "departmentId", departmentId, "financeBureauId", financeId),
                user, target.getStatus().name());
        return get(user, id);
    }

    /** Takes a submission back before the unit leader has acted on it. */
    @Transactional
    public PerformanceTarget withdraw(CurrentUser user, Long id) {
        PerformanceTarget target = get(user, id);
        requireDrafter(user, target);
        if (target.getStatus() != TargetStatus.UNIT_REVIEW) {
            throw new ConflictException("只有待单位负责人审核的目标可以撤回（当前：" + statusLabel(target.getStatus()) + "）");
        }
        if (mapper.claim(id, TargetStatus.UNIT_REVIEW, target.getVersion()) == 0) {
            throw new ConflictException("已撤回或已被审核，请勿重复操作；请刷新后查看");
        }
        reviewService.withdraw(SUBJECT_TYPE, id, user, target.getStatus().name());
        return get(user, id);
    }

    @Transactional(readOnly = true)
    public List<ReviewEvent> history(CurrentUser user, Long id) {
        get(user, id);
        return reviewService.history(SUBJECT_TYPE, id);
    }

    /** The latest return opinion, shown to the drafter of a returned target. */
    @Transactional(readOnly = true)
    public ReviewEvent lastReturn(CurrentUser user, Long id) {
        List<ReviewEvent> history = history(user, id);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getAction() == org.jixiao.approval.ReviewAction.RETURN) {
                return history.get(i);
            }
        }
        return null;
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

    /**
     * Claims the target for a reviewer's decision at {@code status} (the review chain calls this before the engine):
     * false when another request changed it first.
     */
    @Transactional
    public boolean claim(Long id, TargetStatus status) {
        return mapper.claim(id, status, null) == 1;
    }

    /**
     * A target with its indicators, spending plan and tasks, whatever its unit: for system work such as event
     * listeners, which act for no user. Work done for a user reads through {@link #get(CurrentUser, Long)}.
     */
    @Transactional(readOnly = true)
    public PerformanceTarget loadForSystem(Long id) {
        PerformanceTarget target = id == null ? null : mapper.findById(id);
        if (target == null) {
            throw notFound(id);
        }
        loadChildren(target);
        return target;
    }

    @Transactional(readOnly = true)
    public List<PerformanceTarget> headers(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    public boolean visibleTo(CurrentUser user, Long id) {
        PerformanceTarget target = id == null ? null : mapper.findById(id);
        return target != null && directory.scopeOf(user).includes(target.getUnitId());
    }

    /** How the target's region proposes indicator kinds for its year (what the editor offers by default). */
    public IndicatorKindRules kindRulesFor(PerformanceTarget target) {
        return kindRules.rulesFor(target);
    }

    void loadChildren(PerformanceTarget target) {
        target.setIndicators(mapper.findIndicators(target.getId()));
        defaultKinds(target);
        target.setSpendingPlan(new ArrayList<>(mapper.findSpendingPlan(target.getId())));
        target.setTasks(mapper.findTasks(target.getId()));
    }

    void writeChildren(PerformanceTarget target, boolean fresh) {
        Long id = target.getId();
        if (!fresh) {
            mapper.deleteSpendingPlan(id);
            mapper.deleteTasks(id);
        }
        for (SpendingPlanPoint point : target.getSpendingPlan()) {
            mapper.insertSpendingPoint(id, new SpendingPlanPoint(point.month(),
                    point.percent().setScale(2, RoundingMode.UNNECESSARY)));
        }
        int order = 0;
        for (AnnualTask task : target.getTasks()) {
            mapper.insertTask(id, order++, task);
        }
        List<Long> kept = new ArrayList<>();
        order = 0;
        for (Indicator indicator : target.getIndicators()) {
            indicator.setSortOrder(order++);
            indicator.applyParsedValue();
        }
        // after parsing: the default kind reads the parsed unit
        defaultKinds(target);
        for (Indicator indicator : target.getIndicators()) {
            if (indicator.getId() != null) {
                mapper.updateIndicator(id, indicator);
            } else {
                mapper.insertIndicator(id, indicator);
            }
            kept.add(indicator.getId());
        }
        mapper.deleteIndicatorsExcept(id, kept);
    }

    /** Indicators without a kind (stored before kinds existed, or sent without one) get their region's default. */
    private void defaultKinds(PerformanceTarget target) {
        if (target.getIndicators().stream().noneMatch(i -> i.getProgressKind() == null)) {
            return;
        }
        IndicatorKindRules rules = kindRules.rulesFor(target);
        target.getIndicators().stream().filter(i -> i.getProgressKind() == null)
                .forEach(i -> i.setProgressKind(rules.kindOf(i)));
    }

    private Long draftingUnit(CurrentUser user, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return user.orgId();
        }
        OrgNode unit = directory.unitByCode(unitCode.strip())
                .filter(u -> directory.scopeOf(user).includes(u.getId()))
                .orElseThrow(() -> ValidationException.of("unitCode", "单位编码 " + unitCode + " 不存在"));
        if (!Objects.equals(unit.getId(), user.orgId())) {
            throw new ForbiddenException("只能为本单位填报绩效目标");
        }
        return unit.getId();
    }

    private static void requireDrafter(CurrentUser user, PerformanceTarget target) {
        if (!user.hasRole(Role.STAFF) || !Objects.equals(user.orgId(), target.getUnitId())) {
            throw new ForbiddenException("只有本单位的项目经办人可以编辑、送审或撤回绩效目标");
        }
    }

    private static void requireRole(CurrentUser user, Role role, String message) {
        if (!user.hasRole(role)) {
            throw new ForbiddenException(message);
        }
    }

    private static ConflictException staleVersion(PerformanceTarget current) {
        return new ConflictException("目标已被他人修改（当前版本 " + current.getVersion() + "），请刷新后重新编辑，您的修改未保存");
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException("绩效目标 " + id + " 不存在");
    }

    static String statusLabel(TargetStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case UNIT_REVIEW -> "待单位负责人审核";
            case DEPT_REVIEW -> "待主管部门审核";
            case FINANCE_REVIEW -> "待财政局审核";
            case RETURNED -> "被退回";
            case APPROVED -> "已批复";
            case SUPERSEDED -> "已被调整替代";
        };
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Rounds to 万元 with 2 decimals, as stored. */
    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
