package org.jixiao.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A valid project target modelled on seed 001's 安全生产专家会诊服务费, as API JSON. */
public final class TargetFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TargetFixtures() {
    }

    public static Map<String, Object> validProject(String name) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("kind", "PROJECT");
        t.put("fiscalYear", 2025);
        t.put("unitCode", "450001");
        t.put("projectCode", "13022525P" + String.format("%06d", SEQUENCE.incrementAndGet()));
        t.put("name", name);
        t.put("projectAttribute", "延续");
        t.put("fiscalFunds", "200.00");
        t.put("otherFunds", "0.00");
        t.put("fundUse", "化工企业每季度一次的事故隐患专家会诊");
        t.put("spendingPlan", List.of(point(3, "25"), point(6, "50"), point(10, "75"), point(12, "100")));
        t.put("goals", "1.开展每季度一次的事故隐患专家会诊工作。");
        List<Map<String, Object>> indicators = new ArrayList<>();
        indicators.add(indicator("产出指标", "数量指标", "组织专家审查次数", "≥12次", "25.00"));
        indicators.add(indicator("产出指标", "时效指标", "按时完成项目", "按时完成", "25.00"));
        indicators.add(indicator("效益指标", "经济效益指标", "提高效率", "≥95%", "30.00"));
        indicators.add(indicator("满意度指标", "服务对象满意度指标", "满意率", "≥ 95%", "10.00"));
        t.put("indicators", indicators);
        return t;
    }

    /**
     * Drafts the target as its unit's staff and approves it up the whole chain over the REST API (unit 460001:
     * staff2/leader2/dept2, else staff/leader/dept; finance last); returns its id.
     */
    public static long approve(TestRestTemplate rest, Map<String, Object> body) {
        String suffix = "460001".equals(body.get("unitCode")) ? "2" : "";
        Api staff = Api.as(rest, "staff" + suffix);
        long id = staff.post("/api/targets", body).expect(201).id();
        staff.post("/api/targets/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of("leader" + suffix, "dept" + suffix, "finance")) {
            Api api = Api.as(rest, reviewer);
            ReviewSheetBodies.approve(api, api.taskOf("TARGET", id), null).expect(200);
        }
        return id;
    }

    /** A valid project of unit 450001 in the year, approved up the chain; returns its id. */
    public static long approved(TestRestTemplate rest, int year, String name) {
        Map<String, Object> body = validProject(name);
        body.put("fiscalYear", year);
        return approve(rest, body);
    }

    public static Map<String, Object> indicator(String level1, String level2, String name, String valueText,
                                                String weight) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("level1", level1);
        i.put("level2", level2);
        i.put("name", name);
        i.put("description", name);
        i.put("valueText", valueText);
        i.put("weight", weight);
        i.put("basis", "根据年初工作计划安排");
        return i;
    }

    private static Map<String, Object> point(int month, String percent) {
        return Map.of("month", month, "percent", percent);
    }
}
