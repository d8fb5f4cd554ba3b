package org.jixiao.targets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.targets.IndicatorKind;
import org.jixiao.targets.IndicatorKindRuleSettings;
import org.jixiao.targets.IndicatorKindRuleSettings.RuleInput;
import org.jixiao.targets.IndicatorKindRuleSettings.RuleSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/indicator-kind-rules")
@Tag(name = "指标类型规则", description = "The caller's finance bureau's rules that default indicators to 累计型 (CUMULATIVE) "
        + "or 状态型 (LEVEL) per fiscal year (FINANCE_REVIEWER, ADMIN)")
class IndicatorKindRuleController {
    private final IndicatorKindRuleSettings settings;
    private final CurrentUserProvider currentUser;

    IndicatorKindRuleController(IndicatorKindRuleSettings settings, CurrentUserProvider currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    record RuleJson(String unit, String nameContains, String nameEndsWith, IndicatorKind kind) {
    }

    /** {@code custom} false: the central defaults apply; {@code version} 0 when the year was never saved. */
    record RuleSetJson(int fiscalYear, int version, boolean custom, List<RuleJson> rules, IndicatorKind fallback,
                       String updatedBy, Instant updatedAt) {
        static RuleSetJson of(RuleSet s) {
            return new RuleSetJson(s.fiscalYear(), s.version(), s.custom(), s.rules().stream()
                    .map(r -> new RuleJson(r.unit(), r.nameContains(), r.nameEndsWith(), r.kind())).toList(),
                    s.fallback(), s.updatedBy(), s.updatedAt());
        }
    }

    record SaveJson(Integer version, IndicatorKind fallback, List<RuleJson> rules) {
    }

    @GetMapping("/{fiscalYear}")
    @Operation(summary = "The rules in force for the year, tried in order (the first match wins, else fallback)")
    RuleSetJson get(@PathVariable Integer fiscalYear) {
        return RuleSetJson.of(settings.view(currentUser.require(), fiscalYear));
    }

    @PutMapping("/{fiscalYear}")
    @Operation(summary = "Replace the year's rules with the version read: 422 per field (rules[i].unit, rules[i].kind, "
            + "fallback, version), 409 when someone saved in between; an empty list goes back to the defaults")
    RuleSetJson save(@PathVariable Integer fiscalYear, @RequestBody SaveJson body) {
        List<RuleInput> rules = body.rules() == null ? null : body.rules().stream()
                .map(r -> r == null ? null : new RuleInput(r.unit(), r.nameContains(), r.nameEndsWith(), r.kind())).toList();
        return RuleSetJson.of(settings.save(currentUser.require(), fiscalYear, body.version(), rules, body.fallback()));
    }
}
