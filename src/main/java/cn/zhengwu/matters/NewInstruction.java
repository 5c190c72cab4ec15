package cn.zhengwu.matters;

import java.util.List;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A leader's instruction (批示) to record on a matter.
 *
 * @param author the leader who gave it; the caller themselves, or a leader they serve as secretary
 * @param channel where it was given
 * @param text the words of the instruction, as written
 * @param actors the people who must act on it (承办)
 * @param readers the people who must read it (阅知)
 * @param followUp whether the leader asks for follow-up (督办)
 * @param urgency how urgent the work is
 */
public record NewInstruction(
        @NotNull(message = "{validation.required}") @Nullable PersonId author,
        @NotNull(message = "{validation.required}") @Nullable InstructionChannel channel,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String text,
        List<PersonId> actors, List<PersonId> readers, boolean followUp,
        @NotNull(message = "{validation.required}") @Nullable Urgency urgency) {

    public NewInstruction {
        actors = List.copyOf(actors);
        readers = List.copyOf(readers);
    }
}
