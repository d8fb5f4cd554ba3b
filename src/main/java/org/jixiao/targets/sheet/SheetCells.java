package org.jixiao.targets.sheet;

import org.jixiao.common.xlsx.CellError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.common.FieldViolation;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.TargetDraftValidator;
import org.jixiao.targets.TargetKind;

/**
 * While a sheet is read: the cell each field of the draft came from, and the problems found so far, so that the
 * draft's own checks ({@link TargetDraftValidator}) can be reported on the cell a person has to fix.
 */
final class SheetCells {
    private final Map<String, String> cells = new HashMap<>();
    private final List<CellError> errors = new ArrayList<>();

    void put(String field, String cell) {
        cells.put(field, cell);
    }

    void putAll(Map<String, String> more) {
        cells.putAll(more);
    }

    /** The problems found so far; the readers add to it. */
    List<CellError> errors() {
        return errors;
    }

    /** What a draft must satisfy to be stored, each problem on the cell it came from. */
    void validate(PerformanceTarget t) {
        if (t.getName() == null) {
            errors.add(new CellError(null, "name", t.getKind() == TargetKind.PROJECT
                    ? "未找到项目名称（「项目名称」右侧的单元格）" : "未找到部门（单位）名称"));
        }
        for (FieldViolation v : TargetDraftValidator.validate(t)) {
            if ("name".equals(v.field()) && t.getName() == null || "fiscalYear".equals(v.field())) {
                continue; // already said above, in the sheet's words
            }
            if (errors.stream().anyMatch(e -> v.field().equals(e.field()))) {
                continue;
            }
            errors.add(new CellError(cellOf(v.field()), v.field(), v.message()));
        }
    }

    /** The cell a field came from: the field itself, else its nearest parent (indicators[2].x → indicators[2]). */
    private String cellOf(String field) {
        String f = field;
        while (f != null) {
            if (cells.containsKey(f)) {
                return cells.get(f);
            }
            int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
            f = cut > 0 ? f.substring(0, cut) : null;
        }
        return null;
    }
}
