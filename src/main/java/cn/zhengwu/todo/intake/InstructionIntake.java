package cn.zhengwu.todo.intake;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.matters.InstructionRecorded;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.NewTodoItem;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoManagement;
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

    private static final Logger log = LoggerFactory.getLogger(InstructionIntake.class);

    private final TodoManagement todo;

    InstructionIntake(TodoManagement todo) {
        this.todo = todo;
    }

    @ApplicationModuleListener
    void on(InstructionRecorded instruction) {
        RecordReference origin = new RecordReference("matters", "instruction", instruction.instruction().toString());
        String link = "/matters/" + instruction.matter() + "#instruction-" + instruction.instruction();
        SystemAuthentication.run(() -> {
            for (PersonId actor : instruction.actors()) {
                todo.add(new NewTodoItem(TodoKind.TO_DO, actor, instruction.matterTitle(), origin, link,
                    instruction.matter(), instruction.urgency(), null, null));
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
