package org.jixiao.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.monitoring.internal.LightThresholdMapper;
import org.jixiao.monitoring.internal.LightThresholdSetting;
import org.jixiao.monitoring.lights.LightThresholds;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warning-light thresholds per finance bureau and fiscal year (light_threshold); the defaults of docs/rules.md §2
 * apply where a bureau has configured nothing. Only an ADMIN of the bureau changes them; everyone in the bureau
 * may read them, since they explain the lights.
 */
@Service
public class LightThresholdService {
    private final LightThresholdMapper mapper;

    LightThresholdService(LightThresholdMapper mapper) {
        this.mapper = mapper;
    }

    /** The thresholds in force: the bureau's own for the year, else the defaults. */
    @Transactional(readOnly = true)
    public LightThresholds thresholdsFor(Long financeOrgId, int fiscalYear) {
        LightThresholdSetting setting = mapper.find(financeOrgId, fiscalYear);
        return setting == null ? LightThresholds.defaults() : setting.thresholds();
    }

    /** The setting for the caller's bureau and year; {@code configured} false means the defaults apply. */
    @Transactional(readOnly = true)
    public LightThresholdSetting setting(CurrentUser user, Integer fiscalYear) {
        Long bureau = bureauOf(user);
        int year = year(fiscalYear);
        LightThresholdSetting setting = mapper.find(bureau, year);
        return setting != null ? setting : LightThresholdSetting.defaults(bureau, year);
    }

    /**
     * Saves the bureau's thresholds for the year (ADMIN only). {@code version} is the one read (0 when the
     * defaults were shown); a stale version is refused so two admins do not overwrite each other.
     */
    @Transactional
    public LightThresholdSetting save(CurrentUser user, Integer fiscalYear, LightThresholds thresholds, Integer version) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以修改预警阈值");
        }
        Long bureau = bureauOf(user);
        int year = year(fiscalYear);
        List<FieldViolation> violations = new ArrayList<>(thresholds.violations());
        if (version == null) {
            violations.add(new FieldViolation("version", "请提交读取时的版本号（version）"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("预警阈值设置有误", violations);
        }
        LightThresholdSetting setting = LightThresholdSetting.of(bureau, year, thresholds);
        setting.setVersion(version);
        setting.setUpdatedBy(user.username());
        setting.setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        LightThresholdSetting existing = mapper.find(bureau, year);
        if (existing == null) {
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
        return mapper.find(bureau, year);
    }

    private static ConflictException stale() {
        return new ConflictException("预警阈值已被他人修改，请刷新后再改");
    }

    private static Long bureauOf(CurrentUser user) {
        if (user.financeBureauId() == null) {
            throw new ForbiddenException("您不属于任何财政局，无法查看预警阈值");
        }
        return user.financeBureauId();
    }

    private static int year(Integer fiscalYear) {
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
            throw ValidationException.of("fiscalYear", "预算年度须在 2000–2100 之间");
        }
        return fiscalYear;
    }

}
