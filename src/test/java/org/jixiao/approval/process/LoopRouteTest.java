package org.jixiao.approval.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the review loop goes after each kind of decision (issue 13 §3), as a table of plain values. */
class LoopRouteTest {
    private static LoopRoute at(int index) {
        return new LoopRoute(index, null, false, null, List.of(), 4);
    }

    @Test
    void approvalsWalkTheChainAndEndAfterTheLastStep() {
        assertThat(at(0).next()).contains(at(1));
        assertThat(at(2).next()).contains(at(3));
        assertThat(at(3).next()).isEmpty();
    }

    @Test
    void aSignerBeforeTheStepHandsBackToTheStep() {
        LoopRoute signing = at(1).signFirst(7L);
        assertThat(signing).isEqualTo(new LoopRoute(1, 7L, true, null, List.of(), 4));
        assertThat(signing.next()).contains(at(1));
        assertThat(at(3).signFirst(7L).next()).as("also at the last step").contains(at(3));
    }

    @Test
    void aSignerAfterTheStepFollowsItsApprovalThenTheChainGoesOn() {
        LoopRoute waiting = new LoopRoute(1, null, false, 8L, List.of(), 4);
        LoopRoute signing = waiting.next().orElseThrow();
        assertThat(signing).isEqualTo(new LoopRoute(1, 8L, false, null, List.of(), 4));
        assertThat(signing.next()).contains(at(2));
        assertThat(new LoopRoute(3, null, false, 8L, List.of(), 4).next().orElseThrow().next())
                .as("after the last step the signer is the last to review").isEmpty();
    }

    @Test
    void rerunWalksEveryStepAgainStraightBackJumpsToTheReturner() {
        assertThat(at(3).returnTo(1, false)).isEqualTo(at(1));
        LoopRoute back = at(3).returnTo(1, true);
        assertThat(back).isEqualTo(new LoopRoute(1, null, false, null, List.of(3), 4));
        assertThat(back.next()).contains(at(3));
        assertThat(back.resumeText()).isEqualTo("3");
        assertThat(LoopRoute.parseResume("3,1")).containsExactly(3, 1);
        assertThat(LoopRoute.parseResume(null)).isEmpty();
    }

    @Test
    void nestedStraightBackReturnsUnwindInnermostFirst() {
        LoopRoute twice = at(3).returnTo(2, true).returnTo(0, true);
        assertThat(twice.resume()).containsExactly(3, 2);
        LoopRoute first = twice.next().orElseThrow();
        assertThat(first).isEqualTo(new LoopRoute(2, null, false, null, List.of(3), 4));
        assertThat(first.next()).contains(at(3));
    }

    @Test
    void aReturnDropsTheStepsSignersAndGoesOnlyBackwards() {
        LoopRoute waiting = new LoopRoute(2, null, false, 8L, List.of(), 4);
        assertThat(waiting.returnTo(0, false)).isEqualTo(at(0));
        assertThatThrownBy(() -> at(1).returnTo(1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(1).returnTo(2, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
