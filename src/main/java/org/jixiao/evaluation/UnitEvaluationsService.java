package org.jixiao.evaluation;

import java.util.List;
import java.util.Set;
import org.jixiao.evaluation.internal.UnitEvaluationMapper;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-evaluation as the workbench sees it: what the caller's unit still has to fill in (issue 12 §5). */
@Service
public class UnitEvaluationsService {
    private final UnitEvaluationMapper mapper;
    private final OrgDirectory directory;

    UnitEvaluationsService(UnitEvaluationMapper mapper, OrgDirectory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    /** The unit's self-evaluations in open rounds still to fill or to correct (STAFF only; others get none). */
    @Transactional(readOnly = true)
    public List<PendingEvaluation> pendingForUnit(CurrentUser user) {
        if (!user.hasRole(Role.STAFF) || user.financeBureauId() == null) {
            return List.of();
        }
        Set<Long> units = directory.scopeOf(user).unitIds();
        return units.isEmpty() ? List.of()
                : mapper.findPending(user.financeBureauId(), units, SelfEvaluationStatus.WITH_UNIT);
    }
}
