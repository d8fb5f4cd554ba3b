package org.jixiao.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.monitoring.LightThresholdService;
import org.jixiao.monitoring.internal.LightThresholdSetting;
import org.jixiao.monitoring.lights.BudgetMode;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.security.CurrentUserProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/light-thresholds")
@Tag(name = "预警阈值", description = "Warning-light thresholds of the caller's finance bureau per fiscal year")
class LightThresholdController {
    private final LightThresholdService thresholds;
    private final CurrentUserProvider currentUser;

    LightThresholdController(LightThresholdService thresholds, CurrentUserProvider currentUser) {
        this.thresholds = thresholds;
        this.currentUser = currentUser;
    }

    /** Percent values; {@code indicatorBlueFrom} null switches the blue light off; {@code configured} false = defaults. */
    record ThresholdsJson(int fiscalYear, BigDecimal budgetRedBelow, BigDecimal budgetGreenFrom,
                          BigDecimal indicatorRedBelow, BigDecimal indicatorGreenFrom, BigDecimal indicatorBlueFrom,
                          BudgetMode budgetMode, Integer version, Boolean configured, String updatedBy,
                          Instant updatedAt) {
        static ThresholdsJson of(LightThresholdSetting s) {
            LightThresholds t = s.thresholds();
            return new ThresholdsJson(s.getFiscalYear(), t.budgetRedBelow(), t.budgetGreenFrom(), t.indicatorRedBelow(),
                    t.indicatorGreenFrom(), t.indicatorBlueFrom(), t.budgetMode(), s.getVersion(), s.isConfigured(),
                    s.getUpdatedBy(), s.getUpdatedAt());
        }

        LightThresholds thresholds() {
            return new LightThresholds(budgetRedBelow, budgetGreenFrom, indicatorRedBelow, indicatorGreenFrom,
                    indicatorBlueFrom, budgetMode);
        }
    }

    @GetMapping("/{fiscalYear}")
    @Operation(summary = "The thresholds in force for the year (the defaults of docs/rules.md §2 when none are configured)")
    ThresholdsJson get(@PathVariable Integer fiscalYear) {
        return ThresholdsJson.of(thresholds.setting(currentUser.require(), fiscalYear));
    }

    @PutMapping("/{fiscalYear}")
    @Operation(summary = "Change the thresholds (ADMIN); invalid bands answer 422 per field, a stale version 409")
    ThresholdsJson save(@PathVariable Integer fiscalYear, @RequestBody ThresholdsJson body) {
        return ThresholdsJson.of(thresholds.save(currentUser.require(), fiscalYear, body.thresholds(), body.version()));
    }
}
