package org.jixiao.targets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.approval.sheet.ReviewSheets;
import org.jixiao.support.Api;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.Race;
import org.jixiao.support.ReviewSheetBodies;
import org.jixiao.support.TargetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 88号 review sheet at the finance bureau's graded step, over REST through the real engine: each result's
 * route (优/良 approved, 中 returned, 差 rejected for good), the sheet's checks per field, scope, the race, the
 * export read back, and what a rejected target still allows (copy) and refuses (edit, submit). Fiscal year 2026
 * (targets only, no rounds); every assertion is on this test's own targets.
 */
@IntegrationTest
class ReviewSheetApiTest {
    private static final int YEAR = 2026;

    @Autowired TestRestTemplate rest;
    @Autowired ReviewSheets sheets;

    private static final String CHAIN = "/api/approval-chains/" + YEAR + "/TARGET_PROJECT";
    @Autowired JdbcTemplate jdbc;

    private Api as(String user) {
        return Api.as(rest, user);
    }

    /** The default chain with grading at its last step (财政局审核), as a bureau configures it, for this test only. */
    @BeforeEach
    void gradeAtTheFinanceStep() {
        JsonNode chain = as("admin").get(CHAIN).expect(200).body();
        List<Map<String, Object>> steps = new ObjectMapper().convertValue(chain.get("steps"), new TypeReference<>() {
        });
        steps.get(steps.size() - 1).put("grading", true);
        Map<String, Object> body = new HashMap<>();
        body.put("steps", steps);
        body.put("version", chain.get("version").asInt());
        as("admin").put(CHAIN, body).expect(200);
    }

    @AfterEach
    void restoreTheDefaultChain() {
        jdbc.update("DELETE FROM approval_chain_step WHERE fiscal_year = ?", YEAR);
        jdbc.update("DELETE FROM approval_chain WHERE fiscal_year = ?", YEAR);
    }

    /** A target of unit 450001 submitted and approved by its leader and department: at the finance step now. */
    private long atFinance(String name) {
        Map<String, Object> body = TargetFixtures.validProject(name);
        body.put("fiscalYear", YEAR);
        long id = as("staff").post("/api/targets", body).expect(201).id();
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        for (String reviewer : List.of("leader", "dept")) {
            Api api = as(reviewer);
            api.post("/api/tasks/" + api.taskOf("TARGET", id) + "/approve", null).expect(200);
        }
        assertThat(sheets.gradingRequired(financeTask(id))).isTrue();
        return id;
    }

    private String financeTask(long id) {
        return as("finance").taskOf("TARGET", id);
    }

    private String status(long id) {
        return as("staff").get("/api/targets/" + id).expect(200).body().get("status").asText();
    }

    @ParameterizedTest(name = "{0} → {1}, target {2}")
    @CsvSource({"EXCELLENT, APPROVE, APPROVED", "GOOD, APPROVE, APPROVED", "FAIR, RETURN, RETURNED",
        "POOR, REJECT, REJECTED"})
    void theResultRoutesTheTarget(String grade, String action, String status) {
        long id = atFinance("审核表路由-" + grade);
        JsonNode answer = as("finance").post("/api/tasks/" + financeTask(id) + "/approve",
                ReviewSheetBodies.approve(grade, "财政审核意见")).expect(200).body();

        assertThat(answer.get("action").asText()).isEqualTo(action);
        assertThat(status(id)).isEqualTo(status);
        JsonNode stored = as("staff").get("/api/targets/" + id + "/review-sheets").expect(200).body();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("result").asText()).isEqualTo(grade);
        assertThat(stored.get(0).get("grades").get("appropriateness").asText()).isEqualTo(grade);
        assertThat(stored.get(0).get("comments").get("feasibility").asText()).contains("feasibility");
        assertThat(stored.get(0).get("stepName").asText()).isEqualTo("财政局审核");
        assertThat(stored.get(0).get("reviewer").asText()).isEqualTo("finance");
        if ("GOOD".equals(grade)) {
            assertThat(stored.get(0).get("improvement").asText()).isEqualTo("请细化满意度指标的测算依据");
        } else {
            assertThat(stored.get(0).get("improvement").isNull()).isTrue();
        }
        JsonNode events = as("staff").get("/api/targets/" + id + "/history").expect(200).body();
        assertThat(events.get(events.size() - 1).get("action").asText()).isEqualTo(action);
    }

    @Test
    void aReturnedTargetRestartsTheChainAndKeepsEverySheet() {
        long id = atFinance("审核表中退回");
        as("finance").post("/api/tasks/" + financeTask(id) + "/approve", ReviewSheetBodies.approve("FAIR", "指标需细化"))
                .expect(200);
        as("staff").post("/api/targets/" + id + "/submit", null).expect(200);
        assertThat(status(id)).isEqualTo("UNIT_REVIEW");
        for (String reviewer : List.of("leader", "dept")) {
            as(reviewer).post("/api/tasks/" + as(reviewer).taskOf("TARGET", id) + "/approve", null).expect(200);
        }
        as("finance").post("/api/tasks/" + financeTask(id) + "/approve", ReviewSheetBodies.approve("EXCELLENT", null))
                .expect(200);

        assertThat(status(id)).isEqualTo("APPROVED");
        JsonNode stored = as("dept").get("/api/targets/" + id + "/review-sheets").expect(200).body();
        assertThat(stored).extracting(s -> s.get("result").asText()).containsExactly("FAIR", "EXCELLENT");
    }

    @Test
    void aRejectedTargetIsFinalShownAndCopyable() {
        long id = atFinance("审核表差否决");
        as("finance").post("/api/tasks/" + financeTask(id) + "/approve", ReviewSheetBodies.approve("POOR", "不符合预算安排条件"))
                .expect(200);

        Api.Response submit = as("staff").post("/api/targets/" + id + "/submit", null).expect(409);
        assertThat(submit.body().get("detail").asText()).contains("已否决").contains("复制为新草稿");
        Map<String, Object> edit = Api.toMap(as("staff").get("/api/targets/" + id).expect(200).body());
        Api.Response update = as("staff").put("/api/targets/" + id, edit).expect(409);
        assertThat(update.body().get("detail").asText()).contains("已否决");
        JsonNode rejected = as("finance").get("/api/targets?fiscalYear=" + YEAR + "&status=REJECTED").expect(200).body();
        assertThat(rejected).extracting(t -> t.get("id").asLong()).contains(id);
        assertThat(as("finance").tasks()).noneMatch(t -> t.get("subjectId").asLong() == id);

        as("dept").post("/api/targets/" + id + "/copy", null).expect(403);
        JsonNode copy = as("staff").post("/api/targets/" + id + "/copy", null).expect(201).body();
        assertThat(copy.get("status").asText()).isEqualTo("DRAFT");
        assertThat(copy.get("copiedFromId").asLong()).isEqualTo(id);
        assertThat(status(id)).isEqualTo("REJECTED");
    }

    @Test
    void theSheetIsCheckedPerFieldAndOnlyWhereTheStepGrades() {
        long id = atFinance("审核表校验");
        String task = financeTask(id);
        assertFields(as("finance").post("/api/tasks/" + task + "/approve", Map.of("opinion", "同意")),
                "review.completeness", "review.relevance", "review.appropriateness", "review.feasibility",
                "review.result");
        Map<String, Object> bad = ReviewSheetBodies.approve("GOOD", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> review = new HashMap<>((Map<String, Object>) bad.get("review"));
        review.put("relevance", "BEST");
        review.remove("improvement");
        review.put("comments", Map.of("completeness", "长".repeat(501)));
        bad.put("review", review);
        assertFields(as("finance").post("/api/tasks/" + task + "/approve", bad), "review.relevance",
                "review.improvement", "review.comments.completeness");
        assertFields(as("finance").post("/api/tasks/" + task + "/approve", ReviewSheetBodies.approve("POOR", " ")),
                "opinion");
        assertThat(financeTask(id)).isEqualTo(task);
        assertThat(status(id)).isEqualTo("FINANCE_REVIEW");

        JsonNode batch = as("finance").post("/api/tasks/batch/approve", Map.of("taskIds", List.of(task)))
                .expect(200).body().get("results").get(0);
        assertThat(batch.get("status").asText()).isEqualTo("REFUSED");
        assertThat(batch.get("problem").get("detail").asText()).contains("审核表");

        Map<String, Object> draft = TargetFixtures.validProject("审核表非评分环节");
        draft.put("fiscalYear", YEAR);
        long other = as("staff").post("/api/targets", draft).expect(201).id();
        as("staff").post("/api/targets/" + other + "/submit", null).expect(200);
        String leaderTask = as("leader").taskOf("TARGET", other);
        assertFields(as("leader").post("/api/tasks/" + leaderTask + "/approve",
                ReviewSheetBodies.approve("EXCELLENT", null)), "review");
        assertThat(status(other)).isEqualTo("UNIT_REVIEW");
    }

    @Test
    void onlyTheTargetsScopeSeesOrGradesTheSheet() {
        long id = atFinance("审核表范围");
        String task = financeTask(id);
        as("staff2").post("/api/tasks/" + task + "/approve", ReviewSheetBodies.approve("EXCELLENT", null)).expect(404);
        as("dept").post("/api/tasks/" + task + "/approve", ReviewSheetBodies.approve("EXCELLENT", null)).expect(403);
        as("finance").post("/api/tasks/" + task + "/approve", ReviewSheetBodies.approve("GOOD", null)).expect(200);

        as("staff2").get("/api/targets/" + id + "/review-sheets").expect(404);
        as("dept2").get("/api/targets/" + id + "/review-sheets").expect(404);
        assertThat(download("staff2", id).getStatusCode().value()).isEqualTo(404);
        assertThat(as("leader").get("/api/targets/" + id + "/review-sheets").expect(200).body()).hasSize(1);
        as("staff").get("/api/targets/not-a-number/review-sheets").expect(400);
    }

    @Test
    void tenParallelGradingsDecideOnceAndStoreOneSheet() {
        long id = atFinance("审核表并发");
        String task = financeTask(id);
        List<Api.Response> answers = Race.run(Race.THREADS, i -> as("finance").post("/api/tasks/" + task + "/approve",
                ReviewSheetBodies.approve(i % 2 == 0 ? "POOR" : "EXCELLENT", "并发审核 " + i)));
        Api.Response winner = Race.oneWinner(answers);

        String expected = winner.body().get("action").asText().equals("REJECT") ? "REJECTED" : "APPROVED";
        assertThat(status(id)).isEqualTo(expected);
        assertThat(as("staff").get("/api/targets/" + id + "/review-sheets").expect(200).body()).hasSize(1);
        JsonNode events = as("staff").get("/api/targets/" + id + "/history").expect(200).body();
        List<String> decisions = new ArrayList<>();
        events.forEach(e -> decisions.add(e.get("action").asText()));
        assertThat(decisions).filteredOn(a -> a.equals("APPROVE") || a.equals("REJECT")).hasSize(3);
    }

    @Test
    void theReviewSheetExportsAndReadsBack() throws Exception {
        long id = atFinance("审核表导出");
        assertThat(download("staff", id).getStatusCode().value()).isEqualTo(409);
        Map<String, Object> body = ReviewSheetBodies.approve("GOOD", "=同意（良）");
        as("finance").post("/api/tasks/" + financeTask(id) + "/approve", body).expect(200);

        ResponseEntity<byte[]> file = download("staff", id);
        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("1-财政局审核");
            assertThat(text(sheet, 0, 0)).isEqualTo("绩效目标审核表");
            assertThat(text(sheet, 1, 0)).isEqualTo("（2026年度）");
            assertThat(text(sheet, 2, 1)).isEqualTo("审核表导出");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(200.0);
            assertThat(text(sheet, 5, 0)).isEqualTo("审核内容");
            List<String> rows = new ArrayList<>();
            for (int r = 6; r < 10; r++) {
                rows.add(text(sheet, r, 0) + "|" + text(sheet, r, 2) + "|" + text(sheet, r, 3));
            }
            assertThat(rows).containsExactly("完整性|良|该项审核意见：completeness", "相关性|良|该项审核意见：relevance",
                    "适当性|良|该项审核意见：appropriateness", "可行性|良|该项审核意见：feasibility");
            assertThat(text(sheet, 10, 1)).startsWith("良");
            assertThat(text(sheet, 11, 1)).isEqualTo("请细化满意度指标的测算依据");
            assertThat(text(sheet, 12, 1)).isEqualTo("=同意（良）");
            assertThat(sheet.getRow(12).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(text(sheet, 13, 1)).isNotBlank();
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? null : r.getCell(column).getStringCellValue();
    }

    private ResponseEntity<byte[]> download(String user, long id) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return rest.exchange("/api/targets/" + id + "/review-sheets.xlsx", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }

    private static void assertFields(Api.Response response, String... fields) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(422);
        List<String> named = new ArrayList<>();
        response.body().get("errors").forEach(e -> named.add(e.get("field").asText()));
        assertThat(named).as(String.valueOf(response.body())).contains(fields);
    }
}
