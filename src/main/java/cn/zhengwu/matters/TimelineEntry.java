package cn.zhengwu.matters;

import java.time.Instant;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import org.jspecify.annotations.Nullable;

/**
 * One step of a matter's thread (事项主线), in time order.
 *
 * @param kind what happened
 * @param at when
 * @param text the summary, the instruction's words, or the conclusion (data, not a translated sentence)
 * @param by who did it
 * @param forWhom on whose behalf, when someone acted for another person
 * @param record the record of another module, for attachments
 * @param instruction the instruction the entry is about, for instructions and receipts
 */
public record TimelineEntry(Kind kind, Instant at, String text, String by, @Nullable String forWhom,
        SecurityClassification classification, @Nullable RecordReference record,
        @Nullable InstructionId instruction) {

    public enum Kind {
        OPENED, ATTACHED, INSTRUCTED, READ, CONCLUDED;

        public String messageKey() {
            return "matters.timeline." + name();
        }
    }
}
