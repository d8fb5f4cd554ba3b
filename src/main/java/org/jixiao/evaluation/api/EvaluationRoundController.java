package org.jixiao.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.evaluation.EvaluationRoundService;
import org.jixiao.evaluation.EvaluationRoundSummary;
import org.jixiao.evaluation.SelfEvaluationService;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "绩效自评轮次", description = "Opening year-end self-evaluation rounds and following their progress")
class EvaluationRoundController {
    private final EvaluationRoundService rounds;
    private final SelfEvaluationService evaluations;
    private final CurrentUserProvider currentUser;

    EvaluationRoundController(EvaluationRoundService rounds, SelfEvaluationService evaluations,
                              CurrentUserProvider currentUser) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
    }

    /** {@code departmentIds} omitted (null) means every department of the finance bureau. */
    record OpenRequest(Integer fiscalYear, LocalDate dueDate, List<Long> departmentIds) {
    }

    /** The status document of monitoring rounds plus {@code grades} {优, 良, 中, 差}. */
    record RoundJson(Long id, int fiscalYear, LocalDate dueDate, boolean allDepartments, List<Long> departmentIds,
                     String status, int total, int created, int submitted, int approved, int overdue,
                     java.util.Map<String, Integer> grades) {
        static RoundJson of(EvaluationRoundSummary s) {
            java.util.Map<String, Integer> grades = new java.util.LinkedHashMap<>();
            grades.put("优", s.grades().excellent());
            grades.put("良", s.grades().good());
            grades.put("中", s.grades().fair());
            grades.put("差", s.grades().poor());
            return new RoundJson(s.id(), s.fiscalYear(), s.dueDate(), s.allDepartments(), s.departmentIds(),
                    s.status().name(), s.total(), s.created(), s.submitted(), s.approved(), s.overdue(), grades);
        }
    }

    @PostMapping("/api/evaluation-rounds")
    @Operation(summary = "Open the year's self-evaluation round (FINANCE_REVIEWER): 202, self-evaluations are created "
            + "in the background; the year's round again answers 409 with its roundId")
    ResponseEntity<RoundJson> open(@RequestBody OpenRequest body) {
        EvaluationRoundSummary round = rounds.open(currentUser.require(), body.fiscalYear(), body.dueDate(),
                body.departmentIds());
        return ResponseEntity.accepted().location(URI.create("/api/evaluation-rounds/" + round.id()))
                .body(RoundJson.of(round));
    }

    @GetMapping("/api/evaluation-rounds/{id}")
    @Operation(summary = "A round with its progress and grades")
    RoundJson get(@PathVariable Long id) {
        return RoundJson.of(rounds.get(currentUser.require(), id));
    }

    @PostMapping("/api/evaluation-rounds/{id}/close")
    @Operation(summary = "End the round (FINANCE_REVIEWER of its bureau), body {fiscalYear} naming the round's year: no more filling or submissions, reviews go "
            + "on; once — again answers 409")
    RoundJson close(@PathVariable Long id, @RequestBody(required = false) Confirm body) {
        return RoundJson.of(rounds.close(currentUser.require(), id, body == null ? null : body.fiscalYear()));
    }

    /** The round's fiscal year, named as a confirmation of which round is meant. */
    record Confirm(Integer fiscalYear) {
    }

    /** What a cancel removed. */
    record Cancelled(Long id, int deletedItems) {
    }

    @PostMapping("/api/evaluation-rounds/{id}/cancel")
    @Operation(summary = "Withdraw a round no unit has submitted to (FINANCE_REVIEWER of its bureau), body {fiscalYear}: the round, its "
            + "self-evaluations and their processes are deleted; once — again, or after a submission, answers 409")
    Cancelled cancel(@PathVariable Long id, @RequestBody(required = false) Confirm body) {
        return new Cancelled(id, rounds.cancel(currentUser.require(), id, body == null ? null : body.fiscalYear()));
    }

    @GetMapping("/api/evaluation-rounds")
    @Operation(summary = "Rounds in the caller's scope, optionally of one fiscal year")
    List<RoundJson> list(@RequestParam(required = false) Integer fiscalYear) {
        return rounds.list(currentUser.require(), fiscalYear).stream().map(RoundJson::of).toList();
    }

    record EvaluationListItem(Long id, Long targetId, String targetName, String unitName, String status,
                              java.math.BigDecimal total, String grade) {
        static EvaluationListItem of(SelfEvaluationSummary s) {
            return new EvaluationListItem(s.id(), s.targetId(), s.targetName(), s.unitName(), s.status().name(),
                    s.total(), s.grade());
        }
    }

    @GetMapping("/api/self-evaluations")
    @Operation(summary = "The round's self-evaluations in the caller's scope: id, targetId, status, total, grade")
    List<EvaluationListItem> evaluations(@RequestParam Long roundId) {
        return evaluations.list(currentUser.require(), roundId).stream().map(EvaluationListItem::of).toList();
    }
}
