package cn.zhengwu.documents.web;

import cn.zhengwu.organization.PersonId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies of the approval operations on a document. */
final class ProcessingRequests {

    private ProcessingRequests() {
    }

    /** An opinion (意见); empty at sign-off means 圈阅. */
    record Opinion(@Nullable String opinion) {

        String text() {
            return opinion == null ? "" : opinion;
        }
    }

    /**
     * 退回.
     *
     * @param step {@code previous}, {@code drafter} or an earlier step such as {@code review}
     */
    record Return(String step, String reason) {
    }

    /** 转办 to a person. */
    record Transfer(PersonId to) {
    }

    /** 加签. */
    record Countersigners(List<PersonId> people) {
    }
}
