package org.jixiao.evaluation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.approval.AuditTrail;
import org.jixiao.approval.ReviewAction;
import org.jixiao.evaluation.EvaluationWorkflow;
import org.jixiao.evaluation.SelfEvaluation;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.SelfEvaluationStatus;
import org.jixiao.rounds.RoundKind;
import org.jixiao.rounds.RoundRef;
import org.jixiao.rounds.RoundTables;
import org.jixiao.rounds.TargetRef;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation rounds on the shared round machinery: the round row is evaluation_round, an item is a
 * self_evaluation ({@code UNIQUE(round_id, target_id)}), created with 年初预算数 from the approved target and its review process.
 */
@Component
public class EvaluationRounds implements RoundKind {
    public static final RoundTables TABLES = new RoundTables("evaluation_round", "evaluation_round_department",
            "self_evaluation");

    private final SelfEvaluationMapper evaluations;
    private final TargetLookup targets;
    private final EvaluationWorkflow workflow;
    private final EvaluationRoundMapper rounds;
    private final AuditTrail auditTrail;

    EvaluationRounds(SelfEvaluationMapper evaluations, TargetLookup targets, EvaluationWorkflow workflow,
                     EvaluationRoundMapper rounds, AuditTrail auditTrail) {
        this.rounds = rounds;
        this.auditTrail = auditTrail;
        this.evaluations = evaluations;
        this.targets = targets;
        this.workflow = workflow;
    }

    @Override
    public String label() {
        return "Evaluation";
    }

    @Override
    public RoundTables tables() {
        return TABLES;
    }

    @Override
    public String itemProcessKey() {
        return "SelfEvaluationProcess";
    }

    @Override
    public void deleteItemDetails(Long roundId) {
        evaluations.deleteIndicatorsOfRound(roundId);
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
        workflow.startEvaluations(created, round.financeOrgId(), round.fiscalYear());
        return created.stream().map(SelfEvaluation::getId).toList();
    }

    /**
     * Before the due date: each self-evaluation still with its unit gets a reminder in its history. Whether one is
     * overdue is read from the due date (see the round's counts), so nothing else is stored.
     */
    @Override
    @Transactional
    public int remindUnsubmitted(Long roundId) {
        EvaluationRound round = rounds.findById(roundId);
        List<Long> ids = evaluations.findIdsByStatus(roundId, SelfEvaluationStatus.WITH_UNIT);
        auditTrail.recordSystemEvent(SelfEvaluationService.SUBJECT_TYPE, ids, SelfEvaluationStatus.DRAFT.name(),
                ReviewAction.REMIND, "绩效自评将于 " + round.getDueDate() + " 截止报送，请尽快填报");
        return ids.size();
    }

    /** After the due date: each self-evaluation still with its unit gets "overdue" in its history. */
    @Override
    @Transactional
    public int markOverdue(Long roundId) {
        EvaluationRound round = rounds.findById(roundId);
        List<Long> ids = evaluations.findIdsByStatus(roundId, SelfEvaluationStatus.WITH_UNIT);
        auditTrail.recordSystemEvent(SelfEvaluationService.SUBJECT_TYPE, ids, SelfEvaluationStatus.DRAFT.name(),
                ReviewAction.OVERDUE, "已超过自评报送截止日期 " + round.getDueDate());
        return ids.size();
    }
}
