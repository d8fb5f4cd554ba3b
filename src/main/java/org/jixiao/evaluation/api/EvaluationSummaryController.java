package org.jixiao.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.evaluation.internal.EvaluationListEntry;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.EvaluationSummaryService;
import org.jixiao.evaluation.internal.OrgAverage;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "绩效自评轮次")
class EvaluationSummaryController {
    private final EvaluationSummaryService summaries;
    private final CurrentUserProvider currentUser;

    EvaluationSummaryController(EvaluationSummaryService summaries, CurrentUserProvider currentUser) {
        this.summaries = summaries;
        this.currentUser = currentUser;
    }

    record Entry(Long id, Long targetId, String targetName, String unitName, String status, BigDecimal total,
                 String grade) {
        static Entry of(EvaluationListEntry e) {
            return new Entry(e.getId(), e.getTargetId(), e.getTargetName(), e.getUnitName(), e.getStatus().name(),
                    e.getTotal(), e.getGrade());
        }
    }

    record Average(Long orgId, String orgName, int evaluations, int submitted, BigDecimal average) {
        static Average of(OrgAverage a) {
            return new Average(a.getOrgId(), a.getOrgName(), a.getEvaluations(), a.getSubmitted(), a.getAverage());
        }
    }

    record SummaryJson(EvaluationRoundController.RoundJson round, List<EvaluationSummary.Application> results,
                       String averagesBy, List<Average> averages, List<Entry> lowest, int notSubmittedCount,
                       List<Entry> notSubmitted) {
    }

    @GetMapping("/api/evaluation-rounds/{id}/summary")
    @Operation(summary = "The round's summary in the caller's scope: progress, per grade the submitted and approved "
            + "counts with the configured recommendation, average final totals by department (UNIT below finance), "
            + "the 10 lowest final totals and what is not yet submitted (at most 200 listed)")
    SummaryJson summary(@PathVariable Long id) {
        EvaluationSummary s = summaries.summary(currentUser.require(), id);
        return new SummaryJson(EvaluationRoundController.RoundJson.of(s.round()), s.results(),
                s.byUnit() ? "UNIT" : "DEPARTMENT", s.averages().stream().map(Average::of).toList(),
                s.lowest().stream().map(Entry::of).toList(), s.notSubmittedCount(),
                s.notSubmitted().stream().map(Entry::of).toList());
    }
}
