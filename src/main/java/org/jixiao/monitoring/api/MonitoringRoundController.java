package org.jixiao.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.monitoring.MonitoringRoundService;
import org.jixiao.monitoring.MonitoringRoundSummary;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/monitoring-rounds")
@Tag(name = "绩效运行监控轮次", description = "Opening mid-year monitoring rounds and following their progress")
class MonitoringRoundController {
    private final MonitoringRoundService rounds;
    private final CurrentUserProvider currentUser;

    MonitoringRoundController(MonitoringRoundService rounds, CurrentUserProvider currentUser) {
        this.rounds = rounds;
        this.currentUser = currentUser;
    }

    /** {@code departmentIds} omitted (null) means every department of the finance bureau. */
    record OpenRequest(Integer fiscalYear, Integer cutoffMonth, LocalDate dueDate, List<Long> departmentIds) {
    }

    @PostMapping
    @Operation(summary = "Open a round (FINANCE_REVIEWER): 202, reports are created in the background; "
            + "an existing round of the same year and cut-off month answers 409 with its roundId")
    ResponseEntity<MonitoringRoundSummary> open(@RequestBody OpenRequest body) {
        MonitoringRoundSummary round = rounds.open(currentUser.require(), body.fiscalYear(), body.cutoffMonth(), body.dueDate(),
                body.departmentIds());
        return ResponseEntity.accepted().location(URI.create("/api/monitoring-rounds/" + round.id())).body(round);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A round with its progress: total, created, submitted, approved, overdue, lights")
    MonitoringRoundSummary get(@PathVariable Long id) {
        return rounds.get(currentUser.require(), id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "End the round (FINANCE_REVIEWER of its bureau), body {fiscalYear} naming the round's year: no more filling or submissions, reviews go "
            + "on; once — again answers 409")
    MonitoringRoundSummary close(@PathVariable Long id, @RequestBody(required = false) Confirm body) {
        return rounds.close(currentUser.require(), id, body == null ? null : body.fiscalYear());
    }

    /** The round's fiscal year, named as a confirmation of which round is meant. */
    record Confirm(Integer fiscalYear) {
    }

    /** What a cancel removed. */
    record Cancelled(Long id, int deletedItems) {
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Withdraw a round no unit has submitted to (FINANCE_REVIEWER of its bureau), body {fiscalYear}: the round, its "
            + "reports and their processes are deleted; once — again, or after a submission, answers 409")
    Cancelled cancel(@PathVariable Long id, @RequestBody(required = false) Confirm body) {
        return new Cancelled(id, rounds.cancel(currentUser.require(), id, body == null ? null : body.fiscalYear()));
    }

    @GetMapping
    @Operation(summary = "Rounds in the caller's scope, optionally of one fiscal year")
    List<MonitoringRoundSummary> list(@RequestParam(required = false) Integer fiscalYear) {
        return rounds.list(currentUser.require(), fiscalYear);
    }
}
