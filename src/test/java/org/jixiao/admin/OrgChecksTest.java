package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.common.FieldViolation;
import org.jixiao.org.OrgKind;
import org.jixiao.org.OrgNode;
import org.jixiao.org.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each kind of node may hang and what it needs, and which roles fit which node, as tables. */
class OrgChecksTest {
    // 1 bureau → 2 department → 3 unit → 4 sub-unit; 5 desk; 6 inactive department; 9 another bureau
    static final Map<Long, OrgNode> TREE = new LinkedHashMap<>();

    static {
        put(1, null, OrgKind.FINANCE, null, true);
        put(2, 1L, OrgKind.DEPARTMENT, "450", true);
        put(3, 2L, OrgKind.UNIT, "450001", true);
        put(4, 3L, OrgKind.UNIT, "450002", true);
        put(5, 1L, OrgKind.DESK, null, true);
        put(6, 1L, OrgKind.DEPARTMENT, "460", false);
        put(9, null, OrgKind.FINANCE, null, true);
    }

    static void put(long id, Long parent, OrgKind kind, String code, boolean active) {
        OrgNode n = new OrgNode(parent, kind, code, "n" + id);
        n.setId(id);
        n.setActive(active);
        TREE.put(id, n);
    }

    @ParameterizedTest(name = "{0} under {1} code={2} type={3} desk={4} self={5} → {6}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            UNIT       | 2    | 450003 | 行政     | NULL | NULL | 
            UNIT       | 3    | 450003 | 事业单位 | NULL | NULL | 
            UNIT       | 1    | 450003 | 行政     | NULL | NULL | parentId
            UNIT       | 5    | 450003 | 行政     | NULL | NULL | parentId
            UNIT       | 6    | 450003 | 行政     | NULL | NULL | parentId
            UNIT       | 9    | 450003 | 行政     | NULL | NULL | parentId
            UNIT       | NULL | 450003 | 行政     | NULL | NULL | parentId
            UNIT       | 2    | NULL   | 行政     | NULL | NULL | code
            UNIT       | 2    | 450001 | 行政     | NULL | NULL | code
            UNIT       | 2    | 450001 | 行政     | NULL | 3    | 
            UNIT       | 2    | 45 01  | 行政     | NULL | NULL | code
            UNIT       | 2    | 450003 | NULL     | NULL | NULL | unitType
            UNIT       | 2    | 450003 | 国企     | NULL | NULL | unitType
            UNIT       | 2    | 450003 | 行政     | 5    | NULL | inChargeDeskId
            UNIT       | 4    | 450001 | 行政     | NULL | 3    | parentId
            DEPARTMENT | 1    | NULL   | NULL     | 5    | NULL | 
            DEPARTMENT | 1    | 470    | 行政     | 2    | NULL | inChargeDeskId
            DEPARTMENT | 2    | 470    | NULL     | NULL | NULL | parentId
            DESK       | 1    | NULL   | NULL     | NULL | NULL | 
            DESK       | 2    | NULL   | NULL     | NULL | NULL | parentId
            FINANCE    | NULL | NULL   | NULL     | NULL | NULL | kind
            """)
    void nodes(OrgKind kind, Long parent, String code, String type, Long desk, Long self, String field) {
        List<FieldViolation> problems = OrgChecks.check(kind, new OrgDraft(parent, code, "名称", type, desk), self, TREE, 1L);
        assertThat(problems.stream().map(FieldViolation::field).toList())
                .isEqualTo(field == null ? List.of() : List.of(field));
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            STAFF            | UNIT       | true
            UNIT_LEADER      | UNIT       | true
            STAFF            | DEPARTMENT | false
            DEPT_REVIEWER    | DEPARTMENT | true
            DEPT_REVIEWER    | UNIT       | false
            FINANCE_REVIEWER | FINANCE    | true
            FINANCE_REVIEWER | DESK       | true
            ADMIN            | DESK       | true
            ADMIN            | UNIT       | false
            """)
    void rolesFitTheirNode(Role role, OrgKind kind, boolean fits) {
        assertThat(UserChecks.fits(role, kind)).isEqualTo(fits);
    }
}
