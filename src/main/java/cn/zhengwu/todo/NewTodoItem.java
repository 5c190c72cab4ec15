package cn.zhengwu.todo;

import java.time.Instant;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.organization.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An item a module puts on someone's list.
 *
 * @param kind 待办 or 待阅
 * @param assignee whose item it is
 * @param title what to handle or read (data, shown as given)
 * @param origin the record the item is about; with the kind and the assignee it identifies the item, so adding
 *        it again changes nothing
 * @param link where in Zhengwu the record is handled, a path such as {@code /matters/…}
 * @param matter the matter the work belongs to, if any
 * @param due when it must be done, if there is a deadline
 * @param clock the statutory clock that sets the due moment, whose explanation pages show beside it
 */
public record NewTodoItem(
        @NotNull(message = "{validation.required}") @Nullable TodoKind kind,
        @NotNull(message = "{validation.required}") @Nullable PersonId assignee,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") @Nullable RecordReference origin,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "/[^/].*", message = "{todo.link.invalid}")
        @Size(max = 300, message = "{validation.tooLong}") String link,
        @Nullable MatterId matter, @Nullable Urgency urgency, @Nullable Instant due,
        @Nullable ClockId clock) {
}
