package cn.zhengwu.requests.web;

import java.util.List;

import cn.zhengwu.matters.MatterId;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/** The bodies of the step calls of {@code /api/v1/incoming/{id}/…}: small, each naming what its step needs. */
final class StepRequests {

    private StepRequests() {
    }

    /** Words given with a step: an opinion, a reason, a remark, a note, an answer. */
    record Words(@Nullable String text) {

        String value() {
            return text == null ? "" : text;
        }
    }

    /** 初审: accept, or return to the sender with the reason. */
    record Review(@Nullable Outcome outcome, @Nullable String text) {

        enum Outcome {
            ACCEPT, RETURN
        }
    }

    /** 登记 of a signed document, joining a matter or opening one. */
    record Registration(@Nullable MatterId matter) {
    }

    /** 批示, and whether the leader asks for follow-up (督办). */
    record Instruction(@Nullable String text, boolean followUp) {
    }

    /** 传阅: the leaders in order. */
    record Circulation(@Nullable List<PersonId> readers) {
    }
}
