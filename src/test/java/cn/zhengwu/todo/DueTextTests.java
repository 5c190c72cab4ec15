package cn.zhengwu.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How a to-do item's due moment reads. */
class DueTextTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDeadlineAtMidnightReadsAsTheEndOfTheDayBefore() {
        assertThat(dueAt(Instant.parse("2026-12-04T16:00:00Z")).dueText(SHANGHAI)).isEqualTo("2026-12-04");
    }

    @Test
    void aDeadlineDuringTheDayReadsToTheMinute() {
        assertThat(dueAt(Instant.parse("2026-12-04T02:30:00Z")).dueText(SHANGHAI)).isEqualTo("2026-12-04 10:30");
    }

    @Test
    void noDeadlineReadsAsNothing() {
        assertThat(dueAt(null).dueText(SHANGHAI)).isNull();
    }

    private static TodoItemSummary dueAt(@Nullable Instant due) {
        return new TodoItemSummary(new TodoItemId(UUID.randomUUID()), TodoKind.TO_DO, new PersonId(UUID.randomUUID()),
            "张敏", "批示", new RecordReference("matters", "instruction", "1"), "/matters/1", null, Urgency.NORMAL, due,
            null, Instant.EPOCH, TodoState.OPEN, null, null, null);
    }
}
