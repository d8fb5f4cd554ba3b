package org.jixiao.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.org.OrgDirectory;
import org.jixiao.rounds.RoundKind;
import org.jixiao.rounds.RoundRef;
import org.jixiao.rounds.RoundScopes;
import org.jixiao.rounds.TargetRef;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.springframework.stereotype.Component;

/**
 * Evaluation rounds on the shared round machinery: the round row is evaluation_round, an item is a
 * self_evaluation ({@code UNIQUE(round_id, target_id)}), created with 年初预算数 from the approved target and its review process.
 */
@Component
class EvaluationRounds implements RoundKind {
    private final EvaluationRoundMapper rounds;
    private final SelfEvaluationMapper evaluations;
    private final RoundScopes scopes;
    private final OrgDirectory directory;
    private final TargetService targets;
    private final EvaluationWorkflow workflow;

    EvaluationRounds(EvaluationRoundMapper rounds, SelfEvaluationMapper evaluations, RoundScopes scopes,
                     OrgDirectory directory, TargetService targets, EvaluationWorkflow workflow) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.scopes = scopes;
        this.directory = directory;
        this.targets = targets;
        this.workflow = workflow;
    }

    @Override
    public String label() {
        return "Evaluation";
    }

    @Override
    public RoundRef find(Long roundId) {
        EvaluationRound round = rounds.findById(roundId);
        if (round == null) {
            return null;
        }
        Set<Long> units = units(round);
        return new RoundRef(round.getId(), round.getFinanceOrgId(), round.getFiscalYear(), units,
                directory.departmentsOf(units));
    }

    Set<Long> units(EvaluationRound round) {
        return scopes.units(round.getFinanceOrgId(), round.isAllDepartments() ? null : rounds.findDepartmentIds(round.getId()));
    }

    @Override
    public List<Long> openingRoundIds() {
        return rounds.findIdsByStatus(EvaluationRoundStatus.OPENING);
    }

    @Override
    public int claim(Long roundId, String worker, Instant now, Instant leaseUntil) {
        return rounds.claim(roundId, worker, now, leaseUntil);
    }

    @Override
    public int renew(Long roundId, String worker, Instant leaseUntil) {
        return rounds.renew(roundId, worker, leaseUntil);
    }

    @Override
    public void release(Long roundId, String worker) {
        rounds.release(roundId, worker);
    }

    @Override
    public List<TargetRef> targetsWithoutItem(RoundRef round, long afterTargetId, int limit) {
        return rounds.findTargetsWithoutEvaluation(round.id(), round.fiscalYear(), round.unitIds(), afterTargetId, limit);
    }

    @Override
    public List<Long> createItems(RoundRef round, List<TargetRef> refs, Instant now) {
        Map<Long, PerformanceTarget> headers = targets.headers(refs.stream().map(TargetRef::id).toList()).stream()
                .collect(Collectors.toMap(PerformanceTarget::getId, t -> t));
        List<SelfEvaluation> rows = new ArrayList<>(refs.size());
        for (TargetRef ref : refs) {
            SelfEvaluation e = new SelfEvaluation();
            e.setRoundId(round.id());
            e.setTargetId(ref.id());
            e.setUnitId(ref.unitId());
            e.setDepartmentId(round.departmentOfUnit().get(ref.unitId()));
            e.setStatus(SelfEvaluationStatus.DRAFT);
            PerformanceTarget header = headers.get(ref.id());
            e.setPlannedFunds(header == null ? null : header.totalFunds()); // 年初预算数 as approved
            e.setCreatedAt(now);
            rows.add(e);
        }
        evaluations.insertAll(rows);
        List<SelfEvaluation> created = evaluations.findStarts(round.id(), refs.stream().map(TargetRef::id).toList());
        workflow.startEvaluations(created, round.financeOrgId());
        return created.stream().map(SelfEvaluation::getId).toList();
    }

    @Override
    public void refreshCreatedCount(Long roundId) {
        rounds.refreshCreatedCount(roundId);
    }

    @Override
    public int markOpen(Long roundId, String worker) {
        return rounds.markOpen(roundId, worker);
    }
}
