package org.jixiao.evaluation.process;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.InboxSource;
import org.jixiao.approval.ReviewSubjects;
import org.jixiao.approval.SubjectSummary;
import org.jixiao.evaluation.SelfEvaluationReviews;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.SelfEvaluationStatus;
import org.jixiao.org.CurrentUser;
import org.springframework.stereotype.Component;

/** Tells the review chain about self-evaluations. */
@Component
class SelfEvaluationSubjects implements ReviewSubjects {
    static final String PROCESS_KEY = "SelfEvaluationProcess";
    /** The unit's own work: completed through the self-evaluation after its checks, never by "approve". */
    static final String FILL_TASK = "Task_FillEvaluation";
    /** The review loop's one task: a step of the chain captured at hand-in (processes/self-evaluation.bpmn). */
    static final String REVIEW_TASK = "Task_Review";
    /** Finance's task of the fixed-chain version (exporterVersion 1.0): evaluations started on it finish on it. */
    static final String FINANCE_REVIEW_TASK = "Task_ReviewByFinanceBureau";

    private final SelfEvaluationService evaluations;
    private final SelfEvaluationReviews reviews;

    SelfEvaluationSubjects(SelfEvaluationService evaluations, SelfEvaluationReviews reviews) {
        this.evaluations = evaluations;
        this.reviews = reviews;
    }

    @Override
    public String subjectType() {
        return SelfEvaluationService.SUBJECT_TYPE;
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public String reviewLocation(String taskId, Long subjectId) {
        return "evaluation/self/" + subjectId;
    }

    @Override
    public Set<ReviewDecision> decisionsAt(String taskDefinitionKey) {
        return FILL_TASK.equals(taskDefinitionKey) ? EnumSet.noneOf(ReviewDecision.class)
                : EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN);
    }

    /**
     * Finance's review is the 复核 of the scores (it may re-score with a reason): one self-evaluation at a time, at the
     * fixed chain's finance task and at every finance step (财政局 or 科室, status FINANCE_REVIEW) of the loop.
     */
    @Override
    public String batchRefusal(String taskDefinitionKey, Long subjectId) {
        return batchRefusals(taskDefinitionKey, java.util.List.of(subjectId)).get(subjectId);
    }

    @Override
    public Map<Long, String> batchRefusals(String taskDefinitionKey, Collection<Long> subjectIds) {
        Map<Long, String> refused = new LinkedHashMap<>();
        if (FINANCE_REVIEW_TASK.equals(taskDefinitionKey)) {
            subjectIds.forEach(id -> refused.put(id, RESCORE_ONE_BY_ONE));
        } else if (REVIEW_TASK.equals(taskDefinitionKey)) {
            evaluations.summaries(subjectIds).forEach((id, s) -> {
                if (s.status() == SelfEvaluationStatus.FINANCE_REVIEW) {
                    refused.put(id, RESCORE_ONE_BY_ONE);
                }
            });
        }
        return refused;
    }

    private static final String RESCORE_ONE_BY_ONE = "财政局复核须逐项核对评分，不能批量审核通过";

    @Override
    public Map<Long, SubjectSummary> describe(Collection<Long> ids) {
        Map<Long, SubjectSummary> result = new LinkedHashMap<>();
        evaluations.summaries(ids).forEach((id, s) -> result.put(id,
                new SubjectSummary(id, "绩效自评：" + s.targetName(), s.status().name(), s.unitName())));
        return result;
    }

    @Override
    public void moveTo(Long id, String status) {
        reviews.moveTo(id, SelfEvaluationStatus.valueOf(status));
    }

    @Override
    public boolean claim(Long id, String status) {
        return reviews.claim(id, SelfEvaluationStatus.valueOf(status));
    }

    /** A self-evaluation is due with its round; its amount is the target's 预算数 (财政资金 + 其他资金). */
    @Override
    public InboxSource inboxSource() {
        return new InboxSource("t.fiscal_year, s.round_id, NULL, t.name, t.project_code,"
                + " COALESCE(t.fiscal_funds, 0) + COALESCE(t.other_funds, 0), r.due_date",
                "self_evaluation s JOIN performance_target t ON t.id = s.target_id"
                        + " JOIN evaluation_round r ON r.id = s.round_id WHERE s.id = #{subjectId}",
                "self_evaluation", "status", null, "绩效自评：");
    }

    @Override
    public boolean visibleTo(CurrentUser user, Long id) {
        return evaluations.visibleTo(user, id);
    }
}
