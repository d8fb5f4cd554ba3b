package org.jixiao.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jixiao.approval.internal.ReviewEventMapper;
import org.jixiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ReviewEventMapperTest {

    @Autowired
    ReviewEventMapper mapper;

    ReviewEvent event(long subjectId, ReviewAction action, String opinion, Instant at) {
        ReviewEvent e = new ReviewEvent();
        e.setSubjectType("TARGET");
        e.setSubjectId(subjectId);
        e.setStep("UNIT_REVIEW");
        e.setAction(action);
        e.setActorUsername("leader");
        e.setActorName("乐亭县单位负责人");
        e.setActorRole("UNIT_LEADER");
        e.setOpinion(opinion);
        e.setCreatedAt(at);
        mapper.insert(e);
        return e;
    }

    @Test
    void historyIsPerSubjectInTimeOrder() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        event(-7, ReviewAction.RETURN, "满意度指标缺少分值，请补充后重新送审", t0.plusSeconds(60));
        ReviewEvent first = event(-7, ReviewAction.SUBMIT, null, t0);
        event(-8, ReviewAction.APPROVE, "同意", t0);

        var history = mapper.findBySubject("TARGET", -7L);

        assertThat(history).extracting(ReviewEvent::getAction).containsExactly(ReviewAction.SUBMIT, ReviewAction.RETURN);
        assertThat(history.get(0).getId()).isEqualTo(first.getId());
        assertThat(history.get(1).getOpinion()).isEqualTo("满意度指标缺少分值，请补充后重新送审");
        assertThat(history.get(1).getActorName()).isEqualTo("乐亭县单位负责人");
        assertThat(history.get(1).getCreatedAt()).isEqualTo(t0.plusSeconds(60));
        assertThat(mapper.findBySubject("MONITORING_REPORT", -7L)).isEmpty();
    }
}
