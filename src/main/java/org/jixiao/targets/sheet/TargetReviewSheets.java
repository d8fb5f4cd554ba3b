package org.jixiao.targets.sheet;

import java.util.List;
import org.jixiao.approval.sheet.ReviewSheets;
import org.jixiao.approval.sheet.SheetRecord;
import org.jixiao.common.ConflictException;
import org.jixiao.org.CurrentUser;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target's 88号 review sheets for whoever may see the target (its unit, its department, the finance bureau):
 * out of scope is not found, as for the target itself.
 */
@Service
public class TargetReviewSheets {
    private final TargetService targets;
    private final ReviewSheets sheets;

    TargetReviewSheets(TargetService targets, ReviewSheets sheets) {
        this.targets = targets;
        this.sheets = sheets;
    }

    /** The sheets, oldest first; empty when no graded step has decided yet. */
    @Transactional(readOnly = true)
    public List<SheetRecord> history(CurrentUser user, Long targetId) {
        targets.get(user, targetId);
        return sheets.history(TargetService.SUBJECT_TYPE, targetId);
    }

    /** The 绩效目标审核表 (.xlsx), one worksheet per sheet; 409 while there is none. */
    @Transactional(readOnly = true)
    public byte[] export(CurrentUser user, Long targetId) {
        PerformanceTarget target = targets.get(user, targetId);
        List<SheetRecord> list = sheets.history(TargetService.SUBJECT_TYPE, targetId);
        if (list.isEmpty()) {
            throw new ConflictException("该目标还没有绩效目标审核表：财政审核填写审核表后才能导出");
        }
        return ReviewSheetWorkbook.write(target, list);
    }
}
