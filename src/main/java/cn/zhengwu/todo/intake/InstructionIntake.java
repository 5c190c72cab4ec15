package cn.zhengwu.todo.intake;

import java.time.Clock;
import java.time.Instant;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.matters.InstructionRecorded;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.NewTodoItem;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a leader's instruction (批示) into work: a 待办 for each person who must act, a 待阅 for each person who
 * must read. Items are keyed by their origin, so a redelivered event adds nothing twice.
 */
@Component
class InstructionIntake {

    /** The clock rule of an instruction's follow-up (see {@code zhengwu.clocks.rules} in application.yml). */
    static final String FOLLOW_UP_RULE = "instruction-follow-up";

    private static final Logger log = LoggerFactory.getLogger(InstructionIntake.class);

    private final TodoManagement todo;

    private final StatutoryClocks clocks;
    private final Clock clock;

    InstructionIntake(TodoManagement todo, StatutoryClocks clocks, Clock clock) {
        this.todo = todo;
        this.clocks = clocks;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InstructionRecorded instruction) {
        RecordReference origin = new RecordReference("matters", "instruction", instruction.instruction().toString());
        String link = "/matters/" + instruction.matter() + "#instruction-" + instruction.instruction();
        SystemAuthentication.run(() -> {
            // 督办: an instruction that asks for follow-up must be acted on within the rule's time (时限).
            @Nullable ClockId deadline = instruction.followUp()
                ? clocks.startOnce(origin, FOLLOW_UP_RULE, clock.instant()) : null;
            @Nullable Instant due = deadline == null ? null : clocks.find(deadline).dueAt();
            for (PersonId actor : instruction.actors()) {
                todo.add(new NewTodoItem(TodoKind.TO_DO, actor, instruction.matterTitle(), origin, link,
                    instruction.matter(), instruction.urgency(), due, deadline));
            }
            for (PersonId reader : instruction.readers()) {
                todo.add(new NewTodoItem(TodoKind.TO_READ, reader, instruction.matterTitle(), origin, link,
                    instruction.matter(), instruction.urgency(), null, null));
            }
        });
        log.debug("Instruction {} put on {} lists", instruction.instruction(),
            instruction.actors().size() + instruction.readers().size());
    }
}
