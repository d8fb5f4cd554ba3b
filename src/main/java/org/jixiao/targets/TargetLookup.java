package org.jixiao.targets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.targets.internal.SettledTargetContent;
import org.jixiao.targets.internal.TargetMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features read of a target: one in the caller's scope (out of scope is not found, so its existence does
 * not leak), one for system work that acts for no user, headers by id, and whether a user may see one. Drafting is
 * {@link TargetService}, the approval chain {@link TargetSubmission}.
 */
@Service
public class TargetLookup {
    private final TargetMapper mapper;
    private final OrgDirectory directory;
    private final IndicatorKindRuleService kindRules;
    private final SettledTargetContent settled;

    TargetLookup(TargetMapper mapper, OrgDirectory directory, IndicatorKindRuleService kindRules,
                 SettledTargetContent settled) {
        this.mapper = mapper;
        this.settled = settled;
        this.directory = directory;
        this.kindRules = kindRules;
    }

    /** The target with its indicators, spending plan and tasks, if it is in the caller's scope. */
    @Transactional(readOnly = true)
    public PerformanceTarget get(CurrentUser user, Long id) {
        PerformanceTarget target = id == null ? null : mapper.findById(id);
        if (target == null || !directory.scopeOf(user).includes(target.getUnitId())) {
            throw notFound(id);
        }
        loadChildren(target);
        return target;
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

    /** The targets' own rows (no indicators), e.g. for names in lists. */
    @Transactional(readOnly = true)
    public List<PerformanceTarget> headers(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    /** Of the targets, those in the user's scope: one read of the targets and one of the scope (a batch). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> visibleAmong(CurrentUser user, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        var scope = directory.scopeOf(user);
        return headers(ids).stream().filter(t -> scope.includes(t.getUnitId())).map(PerformanceTarget::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    public boolean visibleTo(CurrentUser user, Long id) {
        PerformanceTarget target = id == null ? null : mapper.findById(id);
        return target != null && directory.scopeOf(user).includes(target.getUnitId());
    }

    void loadChildren(PerformanceTarget target) {
        SettledTargetContent.Content content = target.getStatus() != null && target.getStatus().terminal()
                ? settled.of(target.getId(), this::read) : read(target.getId());
        target.setIndicators(new ArrayList<>(content.indicators()));
        defaultKinds(target);
        target.setSpendingPlan(new ArrayList<>(content.spendingPlan()));
        target.setTasks(new ArrayList<>(content.tasks()));
    }

    private SettledTargetContent.Content read(Long id) {
        return new SettledTargetContent.Content(mapper.findIndicators(id), mapper.findSpendingPlan(id), mapper.findTasks(id));
    }

    /** Indicators without a kind (stored before kinds existed, or sent without one) get their region's default. */
    void defaultKinds(PerformanceTarget target) {
        if (target.getIndicators().stream().noneMatch(i -> i.getProgressKind() == null)) {
            return;
        }
        IndicatorKindRules rules = kindRules.rulesFor(target);
        target.getIndicators().stream().filter(i -> i.getProgressKind() == null)
                .forEach(i -> i.setProgressKind(rules.kindOf(i)));
    }

    static NotFoundException notFound(Long id) {
        return new NotFoundException("绩效目标 " + id + " 不存在");
    }
}
