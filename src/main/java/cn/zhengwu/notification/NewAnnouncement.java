package cn.zhengwu.notification;

import java.util.Set;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An administrator's announcement (通知公告) to some people, to everyone holding a post in a unit today, or
 * both.
 */
public record NewAnnouncement(Set<PersonId> people, @Nullable UnitId unit,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String text,
        @NotNull(message = "{validation.required}") Urgency urgency) {

    public NewAnnouncement {
        people = people == null ? Set.of() : Set.copyOf(people);
        text = text == null ? "" : text.strip();
    }
}
