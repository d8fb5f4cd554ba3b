package org.jixiao.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.ScoringConfigService;
import org.jixiao.evaluation.internal.ScoringSetting;
import org.jixiao.evaluation.scoring.Grade;
import org.jixiao.evaluation.scoring.GradeBands;
import org.jixiao.evaluation.scoring.Level1Weight;
import org.jixiao.evaluation.scoring.LowerIsBetterFormula;
import org.jixiao.evaluation.scoring.Outcome;
import org.jixiao.evaluation.scoring.Recommendation;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/scoring-config")
@Tag(name = "自评评分规则", description = "Self-evaluation scoring rules of the caller's finance bureau per fiscal year")
class ScoringConfigController {
    private final ScoringConfigService configs;
    private final CurrentUserProvider currentUser;

    ScoringConfigController(ScoringConfigService configs, CurrentUserProvider currentUser) {
        this.configs = configs;
        this.currentUser = currentUser;
    }

    record WeightJson(String level1, BigDecimal weight) {
    }

    /** {@code grade} is 优/良/中/差; {@code recommendation} PRIORITY/KEEP/REDUCE/CANCEL. */
    record OutcomeJson(String grade, Recommendation recommendation, String label) {
    }

    /** {@code configured} false: the defaults of docs/rules.md §3 apply (version 0). */
    record ConfigJson(int fiscalYear, BigDecimal budgetPoints, BigDecimal indicatorTotal, List<WeightJson> weights,
                      LowerIsBetterFormula lowerIsBetter, BigDecimal excellentFrom, BigDecimal goodFrom,
                      BigDecimal fairFrom, List<OutcomeJson> outcomes, Integer version, Boolean configured,
                      String updatedBy, Instant updatedAt) {
        static ConfigJson of(ScoringSetting s) {
            ScoringConfig c = s.config();
            List<OutcomeJson> outcomes = new ArrayList<>();
            for (Grade g : Grade.values()) {
                Outcome o = c.outcome(g);
                outcomes.add(new OutcomeJson(g.label(), o.recommendation(), o.label()));
            }
            return new ConfigJson(s.getFiscalYear(), c.budgetPoints(), c.indicatorTotal(),
                    c.weights().stream().map(w -> new WeightJson(w.level1(), w.weight())).toList(), c.lowerIsBetter(),
                    c.gradeBands().excellentFrom(), c.gradeBands().goodFrom(), c.gradeBands().fairFrom(), outcomes,
                    s.getVersion(), s.isConfigured(), s.getUpdatedBy(), s.getUpdatedAt());
        }

        ScoringConfig config() {
            Map<Grade, Outcome> byGrade = new EnumMap<>(Grade.class);
            if (outcomes != null) {
                for (OutcomeJson o : outcomes) {
                    for (Grade g : Grade.values()) {
                        if (o != null && g.label().equals(o.grade())) {
                            byGrade.put(g, new Outcome(o.recommendation(), o.label()));
                        }
                    }
                }
            }
            List<Level1Weight> ws = weights == null ? List.of() : weights.stream()
                    .map(w -> w == null ? null : new Level1Weight(w.level1(), w.weight())).toList();
            return new ScoringConfig(budgetPoints, indicatorTotal, ws, lowerIsBetter,
                    new GradeBands(excellentFrom, goodFrom, fairFrom), byGrade);
        }
    }

    @GetMapping("/{fiscalYear}")
    @Operation(summary = "The scoring rules in force for the year (the defaults of docs/rules.md §3 when none are saved)")
    ConfigJson get(@PathVariable Integer fiscalYear) {
        return ConfigJson.of(configs.setting(currentUser.require(), fiscalYear));
    }

    @PutMapping("/{fiscalYear}")
    @Operation(summary = "Change the scoring rules (ADMIN); inconsistent weights or bands answer 422 per field, a "
            + "stale version 409")
    ConfigJson save(@PathVariable Integer fiscalYear, @RequestBody ConfigJson body) {
        return ConfigJson.of(configs.save(currentUser.require(), fiscalYear, body.config(), body.version()));
    }
}
