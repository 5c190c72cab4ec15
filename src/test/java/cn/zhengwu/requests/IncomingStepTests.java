package cn.zhengwu.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.requests.incoming.IncomingNumbers;
import org.junit.jupiter.api.Test;

/** The order of the seven steps, and the written 收文编号. */
class IncomingStepTests {

    @Test
    void theStepsFollowTheRegulationsOrder() {
        IncomingStage stage = IncomingStage.ARRIVED;
        for (IncomingStep step : new IncomingStep[] { IncomingStep.SIGN, IncomingStep.REGISTER, IncomingStep.ACCEPT,
            IncomingStep.PROPOSE, IncomingStep.INSTRUCT, IncomingStep.ASSIGN, IncomingStep.PRESS,
            IncomingStep.ANSWER }) {
            stage = step.takeFrom(stage);
        }
        assertThat(stage).isEqualTo(IncomingStage.ANSWERED);
        assertThat(stage.closed()).isTrue();
    }

    @Test
    void noAnswerBeforeHandlingNoHandlingBeforeReviewNothingAfterTheEnd() {
        for (IncomingStage early : new IncomingStage[] { IncomingStage.ARRIVED, IncomingStage.SIGNED,
            IncomingStage.REGISTERED, IncomingStage.REVIEWED, IncomingStage.PROPOSED }) {
            assertThatThrownBy(() -> IncomingStep.ANSWER.takeFrom(early))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(BusinessRuleViolation.Kind.CONFLICT);
                    assertThat(refused.messageKey()).isEqualTo("requests.step.notNow");
                });
        }
        assertThat(IncomingStep.ASSIGN.allowedFrom(IncomingStage.REGISTERED)).isFalse();
        assertThat(IncomingStep.INSTRUCT.allowedFrom(IncomingStage.REVIEWED)).isFalse();
        assertThat(IncomingStep.RETURN.allowedFrom(IncomingStage.HANDLING)).isFalse();
        assertThat(IncomingStep.PRESS.allowedFrom(IncomingStage.ANSWERED)).isFalse();
        assertThat(IncomingStep.REPLY_LINKED.allowedFrom(IncomingStage.ANSWERED)).isTrue();
        assertThat(IncomingStep.CONTRIBUTE.allowedFrom(IncomingStage.INSTRUCTED)).isFalse();
        assertThat(IncomingStep.CONTRIBUTE.allowedFrom(IncomingStage.ANSWERED)).isFalse();
        assertThat(IncomingStep.CONTRIBUTE.takeFrom(IncomingStage.HANDLING)).isEqualTo(IncomingStage.HANDLING);
    }

    @Test
    void aNumberCarriesTheUnitsCodeWordTheYearAndTheSequence() {
        assertThat(IncomingNumbers.format("沪府办", 2026, 3)).isEqualTo("沪府办收〔2026〕3号");
        assertThat(IncomingNumbers.format(null, 2026, 12)).isEqualTo("收〔2026〕12号");
    }

    @Test
    void everyStageHasItsTab() {
        for (IncomingStage stage : IncomingStage.values()) {
            assertThat(IncomingTab.of(stage).stages()).contains(stage);
        }
    }
}
