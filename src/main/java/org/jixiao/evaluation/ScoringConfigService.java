package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.config.TargetRulesService;
import org.jixiao.evaluation.internal.ScoringConfigMapper;
import org.jixiao.evaluation.internal.ScoringSetting;
import org.jixiao.evaluation.scoring.ScoringConfig;
import org.jixiao.evaluation.scoring.Scores;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-evaluation scoring rules per finance bureau and fiscal year (scoring_config and its weights and outcomes);
 * the defaults of docs/rules.md §3 apply where a bureau has saved nothing. Only an ADMIN of the bureau reads and changes
 * them through the API; the scores themselves carry the rule applied, so no one else needs the whole setting.
 */
@Service
public class ScoringConfigService {
    private final ScoringConfigMapper mapper;
    private final TargetRulesService targetRules;

    ScoringConfigService(ScoringConfigMapper mapper, TargetRulesService targetRules) {
        this.mapper = mapper;
        this.targetRules = targetRules;
    }

    /** The rules in force: the bureau's own for the year, else the defaults. For the evaluation process and forms. */
    @Transactional(readOnly = true)
    public ScoringConfig configFor(Long financeOrgId, int fiscalYear) {
        ScoringSetting setting = load(financeOrgId, fiscalYear);
        return setting == null ? ScoringConfig.defaults() : setting.config();
    }

    /** The setting for the caller's bureau and year; {@code configured} false means the defaults apply. */
    @Transactional(readOnly = true)
    public ScoringSetting setting(CurrentUser user, Integer fiscalYear) {
        requireAdmin(user);
        Long bureau = bureauOf(user);
        int year = year(fiscalYear);
        ScoringSetting setting = load(bureau, year);
        return setting != null ? setting : ScoringSetting.defaults(bureau, year);
    }

    /**
     * Saves the bureau's rules for the year (ADMIN only). {@code version} is the one read (0 when the defaults
     * were shown); a stale version is refused so two admins do not overwrite each other.
     */
    @Transactional
    public ScoringSetting save(CurrentUser user, Integer fiscalYear, ScoringConfig config, Integer version) {
        requireAdmin(user);
        Long bureau = bureauOf(user);
        int year = year(fiscalYear);
        List<FieldViolation> violations = new ArrayList<>(config.violations());
        // Targets are drafted so their indicator weights add up to the target rules' total; scored against any
        // other total, a form could never reach 100 (or would pass it).
        BigDecimal drafted = targetRules.rulesFor(bureau, year).indicatorTotal();
        if (config.indicatorTotal() != null && config.indicatorTotal().compareTo(drafted) != 0) {
            violations.add(new FieldViolation("indicatorTotal", "绩效指标总分（" + Scores.plain(config.indicatorTotal())
                    + "）须等于本年度绩效目标编制时指标分值的合计（" + Scores.plain(drafted) + "），否则自评总分无法为 100"));
        }
        if (version == null) {
            violations.add(new FieldViolation("version", "请提交读取时的版本号（version）"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("自评评分规则设置有误", violations);
        }
        ScoringSetting setting = ScoringSetting.of(bureau, year, config);
        setting.setVersion(version);
        setting.setUpdatedBy(user.username());
        setting.setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (mapper.find(bureau, year) == null) {
            if (version != 0) {
                throw stale();
            }
            try {
                mapper.insert(setting);
            } catch (DuplicateKeyException raced) {
                throw stale();
            }
        } else if (mapper.update(setting) == 0) {
            throw stale();
        }
        mapper.deleteWeights(bureau, year);
        mapper.deleteOutcomes(bureau, year);
        setting.getWeights().forEach(w -> mapper.insertWeight(bureau, year, w));
        setting.getOutcomes().forEach(o -> mapper.insertOutcome(bureau, year, o));
        return load(bureau, year);
    }

    private ScoringSetting load(Long bureau, int year) {
        ScoringSetting setting = mapper.find(bureau, year);
        if (setting != null) {
            setting.setWeights(mapper.weights(bureau, year));
            setting.setOutcomes(mapper.outcomes(bureau, year));
        }
        return setting;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以查看和修改自评评分规则");
        }
    }

    private static ConflictException stale() {
        return new ConflictException("自评评分规则已被他人修改，请刷新后再改");
    }

    static Long bureauOf(CurrentUser user) {
        if (user.financeBureauId() == null) {
            throw new ForbiddenException("您不属于任何财政局，无法使用自评评分规则");
        }
        return user.financeBureauId();
    }

    static int year(Integer fiscalYear) {
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
            throw ValidationException.of("fiscalYear", "预算年度须在 2000–2100 之间");
        }
        return fiscalYear;
    }
}
