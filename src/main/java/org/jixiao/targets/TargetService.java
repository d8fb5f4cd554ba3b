package org.jixiao.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jixiao.approval.ReviewEvent;
import org.jixiao.approval.ReviewService;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.config.TargetRules;
import org.jixiao.config.TargetRulesService;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.DataScope;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.targets.internal.TargetMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting performance targets (create, save, copy, the submission checks) and reading them, always within the
 * caller's data scope; out-of-scope targets are reported as not found so their existence does not leak. The
 * approval chain is {@link TargetSubmission}; other features read through {@link TargetLookup}.
 */
@Service
public class TargetService {
    public static final String SUBJECT_TYPE = "TARGET";

    private final TargetMapper mapper;
    private final OrgDirectory directory;
    private final TargetRulesService rulesService;
    private final ReviewService reviewService;
    private final IndicatorKindRuleService kindRules;
    private final TargetLookup lookup;

    TargetService(TargetMapper mapper, OrgDirectory directory, TargetRulesService rulesService,
                  ReviewService reviewService, IndicatorKindRuleService kindRules, TargetLookup lookup) {
        this.mapper = mapper;
        this.directory = directory;
        this.rulesService = rulesService;
        this.reviewService = reviewService;
        this.kindRules = kindRules;
        this.lookup = lookup;
    }

    /** The target in the caller's scope (see {@link TargetLookup#get}). */
    public PerformanceTarget get(CurrentUser user, Long id) {
        return lookup.get(user, id);
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

    /** How the target's region proposes indicator kinds for its year (what the editor offers by default). */
    public IndicatorKindRules kindRulesFor(PerformanceTarget target) {
        return kindRules.rulesFor(target);
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
        lookup.defaultKinds(target);
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

    static void requireDrafter(CurrentUser user, PerformanceTarget target) {
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

    static String statusLabel(TargetStatus status) {
        return switch (status) {
            case DRAFT -> "草稿";
            case UNIT_REVIEW -> "待单位负责人审核";
            case DEPT_REVIEW -> "待主管部门审核";
            case FINANCE_REVIEW -> "待财政局审核";
            case RETURNED -> "被退回";
            case APPROVED -> "已批复";
            case SUPERSEDED -> "已被调整替代";
            case REJECTED -> "已否决";
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
