package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.jixiao.support.IntegrationTest;
import org.jixiao.targets.internal.Attachment;
import org.jixiao.targets.internal.TargetMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

/** 目标调整 through the services, the real approval process and the database's own guarantees. */
@IntegrationTest
class TargetVersionsTest {

    @Autowired TargetService targets;

    @Autowired TargetSubmission submission;
    @Autowired TargetVersions versions;
    @Autowired TargetMapper mapper;
    @Autowired ReviewService reviews;
    @Autowired OrgDirectory directory;
    @Autowired AttachmentService attachments;

    @Test
    void adjustmentApprovedThroughTheReviewChainSupersedesTheApprovedVersion() {
        Long original = approved("服务层调整");
        PerformanceTarget draft = versions.requestAdjustment(user("staff"), original, "会诊次数增加");
        assertThat(draft.isAdjustment()).isTrue();
        assertThat(draft.getVersionNo()).isEqualTo(2);
        assertThat(draft.getLineageId()).isEqualTo(original);
        assertThat(draft.getStatus()).isEqualTo(TargetStatus.DRAFT);
        assertThat(versions.openAdjustment(user("staff"), original)).contains(draft.getId());

        draft.setGoals("会诊增至每月一次。");
        targets.update(user("staff"), draft.getId(), draft);
        submission.submit(user("staff"), draft.getId());
        for (String reviewer : List.of("leader", "dept", "finance")) {
            assertThat(targets.get(user(reviewer), draft.getId()).getAdjustmentReason())
                    .as("the reason is shown to " + reviewer).isEqualTo("会诊次数增加");
            approve(reviewer, draft.getId());
        }

        assertThat(status(original)).isEqualTo(TargetStatus.SUPERSEDED);
        assertThat(status(draft.getId())).isEqualTo(TargetStatus.APPROVED);
        assertThat(targets.get(user("finance"), draft.getId()).getApprovedAt()).isNotNull();
        assertThat(versions.openAdjustment(user("staff"), original)).isEmpty();
        assertThat(versions.approvedVersion(user("staff"), original)).contains(draft.getId());
        assertThat(versions.versions(user("dept"), original)).extracting(PerformanceTarget::getStatus)
                .containsExactly(TargetStatus.SUPERSEDED, TargetStatus.APPROVED);
        assertThat(versions.diff(user("staff"), draft.getId(), null)).extracting(TargetChange::field)
                .containsExactly("goals");
        assertThatThrownBy(() -> versions.versions(user("staff2"), original)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDatabaseRefusesASecondOpenAdjustmentAndASecondApprovedVersion() {
        Long original = approved("数据库约束");
        PerformanceTarget first = versions.requestAdjustment(user("staff"), original, "第一次");

        PerformanceTarget sneaky = targets.get(user("staff"), first.getId());
        sneaky.setId(null);
        sneaky.setVersionNo(9);
        assertThatThrownBy(() -> mapper.insert(sneaky)).as("second open adjustment")
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> mapper.updateStatus(first.getId(), TargetStatus.APPROVED))
                .as("second approved version").isInstanceOf(DuplicateKeyException.class);
        assertThat(status(first.getId())).isEqualTo(TargetStatus.DRAFT);
    }

    @Test
    void concurrentRequestsOpenOneAdjustment() throws Exception {
        Long original = approved("并发调整");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String reason = "并发 " + i;
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return versions.requestAdjustment(user("staff"), original, reason);
                } catch (ConflictException refused) {
                    return refused;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (CompletableFuture<Object> attempt : attempts) {
            outcomes.add(attempt.get(30, TimeUnit.SECONDS));
        }
        assertThat(outcomes).filteredOn(PerformanceTarget.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(versions.versions(user("staff"), original)).hasSize(2);
    }

    @Test
    void attachmentsAreCopiedAndAbandoningDeletesOnlyTheCopies() {
        Long id = targets.create(user("staff"), target("附件随调整复制")).getId();
        attachments.add(user("staff"), id, "立项依据.pdf", "%PDF-1.4 依据".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        submission.submit(user("staff"), id);
        for (String reviewer : List.of("leader", "dept", "finance")) {
            approve(reviewer, id);
        }
        Long draft = versions.requestAdjustment(user("staff"), id, "附件").getId();
        var copied = attachments.list(user("staff"), draft);
        assertThat(copied).extracting(Attachment::fileName).containsExactly("立项依据.pdf");
        assertThat(attachments.download(user("staff"), draft, copied.get(0).id()).content())
                .isEqualTo("%PDF-1.4 依据".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        versions.abandon(user("staff"), draft);
        assertThat(attachments.list(user("staff"), id)).hasSize(1);
    }

    @Test
    void onlyTheUnitsStaffMayRequestOrAbandon() {
        Long original = approved("权限");
        assertThatThrownBy(() -> versions.requestAdjustment(user("leader"), original, "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> versions.requestAdjustment(user("staff2"), original, "x"))
                .isInstanceOf(NotFoundException.class);
        Long draft = versions.requestAdjustment(user("staff"), original, "x").getId();
        assertThatThrownBy(() -> versions.abandon(user("dept"), draft)).isInstanceOf(ForbiddenException.class);
        versions.abandon(user("staff"), draft);
        assertThat(versions.openAdjustment(user("staff"), original)).isEmpty();
    }

    @Test
    void bulkLoadedApprovedTargetsWithoutLineageCanBeAdjusted() {
        PerformanceTarget bare = targets.get(user("staff"), targets.create(user("staff"), target("无谱系")).getId());
        bare.setId(null);
        bare.setStatus(TargetStatus.APPROVED);
        bare.setLineageId(null);
        bare.setCreatedBy("loader");
        bare.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        bare.setUpdatedAt(bare.getCreatedAt());
        mapper.insert(bare);
        bare.getIndicators().forEach(i -> i.setId(null));
        targets.writeChildren(bare, true);

        PerformanceTarget draft = versions.requestAdjustment(user("staff"), bare.getId(), "补登");
        assertThat(draft.getLineageId()).isEqualTo(bare.getId());
        submission.submit(user("staff"), draft.getId());
        for (String reviewer : List.of("leader", "dept", "finance")) {
            approve(reviewer, draft.getId());
        }
        assertThat(status(bare.getId())).isEqualTo(TargetStatus.SUPERSEDED);
        assertThat(status(draft.getId())).isEqualTo(TargetStatus.APPROVED);
    }

    private Long approved(String name) {
        Long id = targets.create(user("staff"), target(name)).getId();
        submission.submit(user("staff"), id);
        for (String reviewer : List.of("leader", "dept", "finance")) {
            approve(reviewer, id);
        }
        assertThat(status(id)).isEqualTo(TargetStatus.APPROVED);
        return id;
    }

    private void approve(String username, Long id) {
        CurrentUser reviewer = user(username);
        String task = reviews.openTaskFor(reviewer, TargetService.SUBJECT_TYPE, id).map(ReviewTask::id).orElseThrow();
        reviews.approve(task, reviewer, "同意");
    }

    private TargetStatus status(Long id) {
        return targets.get(user("finance"), id).getStatus();
    }

    private CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow();
    }

    static PerformanceTarget target(String name) {
        PerformanceTarget t = new PerformanceTarget();
        t.setKind(TargetKind.PROJECT);
        t.setFiscalYear(2025);
        t.setProjectCode("ADJ-" + name.hashCode());
        t.setName(name);
        t.setFiscalFunds(new BigDecimal("40.00"));
        t.setOtherFunds(BigDecimal.ZERO);
        t.setGoals("建设完善视频监控软硬件平台。");
        t.setSpendingPlan(new ArrayList<>(List.of(new SpendingPlanPoint(6, new BigDecimal("50")),
                new SpendingPlanPoint(12, new BigDecimal("100")))));
        t.getIndicators().add(indicator("产出指标", "数量指标", "维修视频监控", "≥5次", "50"));
        t.getIndicators().add(indicator("效益指标", "经济效益指标", "数据共享率", "=100%", "30"));
        t.getIndicators().add(indicator("满意度指标", "服务对象满意度指标", "参会人员满意度", "≥95%", "10"));
        return t;
    }

    private static Indicator indicator(String level1, String level2, String name, String valueText, String weight) {
        Indicator i = new Indicator();
        i.setLevel1(level1);
        i.setLevel2(level2);
        i.setName(name);
        i.setDescription(name);
        i.setValueText(valueText);
        i.setWeight(new BigDecimal(weight));
        i.setBasis("年度工作计划");
        return i;
    }
}
