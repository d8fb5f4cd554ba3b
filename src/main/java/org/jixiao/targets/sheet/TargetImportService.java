package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.common.FieldViolation;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetKind;
import org.jixiao.targets.TargetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of filled official tables as drafts of the uploader's unit, and export of a target in the same layout.
 * Preview and apply read the file the same way; apply creates every sheet's draft in one transaction or none (a
 * single error anywhere refuses the whole file with all its errors). Only a unit's staff import, and only into
 * their own unit: a sheet naming another 单位编码 is an error on that cell.
 */
@Service
public class TargetImportService {
    private final TargetService targets;
    private final OrgDirectory directory;

    TargetImportService(TargetService targets, OrgDirectory directory) {
        this.targets = targets;
        this.directory = directory;
    }

    /** What each sheet would become, and every problem by cell; nothing is stored. */
    public List<TargetWorkbooks.SheetRead> preview(CurrentUser user, byte[] file, Integer fiscalYear) {
        requireStaff(user);
        String myCode = directory.node(user.orgId()).map(OrgNode::getCode).orElse(null);
        List<TargetWorkbooks.SheetRead> sheets = new ArrayList<>();
        for (TargetWorkbooks.SheetRead read : TargetWorkbooks.read(file, fiscalYear)) {
            PerformanceTarget t = read.target();
            if (t == null) {
                sheets.add(read);
                continue;
            }
            List<CellError> errors = new ArrayList<>(read.errors());
            if (t.getUnitCode() != null && !Objects.equals(t.getUnitCode().strip(), myCode)) {
                errors.add(new CellError(null, "unitCode", "单位编码 " + Numbers.quote(t.getUnitCode())
                        + " 不是您所在的单位（" + myCode + "），只能导入本单位的绩效目标"));
            }
            t.setUnitCode(myCode);
            t.setUnitName(user.orgName());
            sheets.add(new TargetWorkbooks.SheetRead(read.name(), t, errors, read.warnings()));
        }
        return sheets;
    }

    /** Creates one draft per sheet, all or none; returns their ids in sheet order. */
    @Transactional
    public List<Long> apply(CurrentUser user, byte[] file, Integer fiscalYear) {
        List<TargetWorkbooks.SheetRead> sheets = preview(user, file, fiscalYear);
        List<FieldViolation> violations = new ArrayList<>();
        for (TargetWorkbooks.SheetRead sheet : sheets) {
            for (CellError e : sheet.errors()) {
                String where = sheet.name() + (e.cell() == null ? "" : "!" + e.cell());
                violations.add(new FieldViolation(where, "工作表「" + sheet.name() + "」"
                        + (e.cell() == null ? "" : e.cell() + " ") + e.message()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("文件中有 " + violations.size() + " 处错误，未导入任何绩效目标", violations);
        }
        List<Long> ids = new ArrayList<>();
        for (TargetWorkbooks.SheetRead sheet : sheets) {
            ids.add(targets.create(user, sheet.target()).getId());
        }
        return ids;
    }

    /** A blank template of the kind; anyone signed in may download it. */
    public byte[] template(TargetKind kind, int fiscalYear) {
        return TargetWorkbooks.template(kind == null ? TargetKind.PROJECT : kind, fiscalYear);
    }

    /** The target in its official layout; same scope as reading it (out of scope → 404). */
    public byte[] export(CurrentUser user, Long id) {
        return TargetWorkbooks.write(List.of(targets.get(user, id)));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.hasRole(Role.STAFF)) {
            throw new ForbiddenException("只有单位的项目经办人可以导入绩效目标");
        }
    }
}
