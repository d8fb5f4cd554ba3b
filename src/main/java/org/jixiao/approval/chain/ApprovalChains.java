package org.jixiao.approval.chain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.approval.internal.ChainMapper;
import org.jixiao.common.ConflictException;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review chains per finance bureau × fiscal year × chain type (issue 13 §1). Only an ADMIN reads and changes them,
 * always of the bureau they belong to. Saving is exactly-once per version: the header's conditional update (or, for
 * the first save, its primary key) lets one of concurrent saves with the same version through; the rest get 409.
 */
@Service
public class ApprovalChains {
    private final ChainMapper mapper;
    private final OrgDirectory directory;

    ApprovalChains(ChainMapper mapper, OrgDirectory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    /** The chain in force for a submission: the bureau's own for the year, else the defaults. */
    @Transactional(readOnly = true)
    public ChainSetting inForce(Long bureau, int year, ChainType type) {
        ChainHeader header = mapper.find(bureau, year, type.name());
        if (header == null) {
            return new ChainSetting(year, type, type.defaults(), 0, false, type.configurable(), null, null);
        }
        List<ChainStep> steps = mapper.steps(bureau, year, type.name()).stream().map(StepRow::step).toList();
        return new ChainSetting(year, type, steps, header.getVersion(), true, type.configurable(),
                header.getUpdatedBy(), header.getUpdatedAt());
    }

    @Transactional(readOnly = true)
    public ChainSetting setting(CurrentUser user, Integer fiscalYear, String type) {
        return inForce(bureauOf(user), year(fiscalYear), type(type));
    }

    /** Saves the chain; {@code version} is the one read (0 when the defaults were shown). */
    @Transactional
    public ChainSetting save(CurrentUser user, Integer fiscalYear, String typeName, List<StepDraft> steps,
                             Integer version) {
        Long bureau = bureauOf(user);
        int year = year(fiscalYear);
        ChainType type = type(typeName);
        List<FieldViolation> problems = new ArrayList<>();
        ChainValidator.Result checked = ChainValidator.validate(type, steps, desksOf(bureau));
        problems.addAll(checked.violations());
        if (version == null) {
            problems.add(new FieldViolation("version", "请提交读取时的版本号（version）"));
        } else if (version < 0) {
            problems.add(new FieldViolation("version", "版本号不能为负数"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("审核流程设置有误", problems);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (version == 0) {
            try {
                mapper.insert(bureau, year, type.name(), user.username(), now);
            } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
                throw stale();
            }
        } else if (mapper.update(bureau, year, type.name(), version, user.username(), now) == 0) {
            throw stale();
        }
        mapper.deleteSteps(bureau, year, type.name());
        for (int i = 0; i < checked.steps().size(); i++) {
            mapper.insertStep(bureau, year, type.name(), StepRow.of(i, checked.steps().get(i)));
        }
        return inForce(bureau, year, type);
    }

    /** The bureau's active finance desks (科室), which a DESK step may name. */
    @Transactional(readOnly = true)
    public List<OrgNode> desks(CurrentUser user) {
        Long bureau = bureauOf(user);
        return directory.all().stream().filter(n -> n.getKind() == OrgKind.DESK && n.isActive()
                && bureau.equals(n.getParentId())).toList();
    }

    private Set<Long> desksOf(Long bureau) {
        return directory.all().stream().filter(n -> n.getKind() == OrgKind.DESK && n.isActive()
                && bureau.equals(n.getParentId())).map(OrgNode::getId).collect(Collectors.toSet());
    }

    private static ConflictException stale() {
        return new ConflictException("审核流程已被他人修改，请刷新后再改");
    }

    static Long bureauOf(CurrentUser user) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以查看和修改审核流程");
        }
        if (user.financeBureauId() == null) {
            throw new ForbiddenException("您不属于任何财政局，无法设置审核流程");
        }
        return user.financeBureauId();
    }

    static int year(Integer fiscalYear) {
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
            throw ValidationException.of("fiscalYear", "预算年度须在 2000–2100 之间");
        }
        return fiscalYear;
    }

    static ChainType type(String name) {
        for (ChainType t : ChainType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw ValidationException.of("subjectType", "事项类型“" + name
                + "”不存在（可选：TARGET_PROJECT、TARGET_DEPARTMENT、MONITORING_REPORT、SELF_EVALUATION）");
    }
}
