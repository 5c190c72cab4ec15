package cn.zhengwu.matters;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.organization.PersonId;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/** A person named on an instruction read it or marked it done (已阅回执), perhaps through someone acting for them. */
public record InstructionRead(MatterId matter, InstructionId instruction, PersonId reader,
        @Nullable PersonId actedBy, SecurityClassification classification) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "matters.instruction.read";
    }

    @Override
    public String subjectType() {
        return "instruction";
    }

    @Override
    public String subjectId() {
        return instruction.toString();
    }

    @Override
    public String details() {
        return "reader " + reader + (actedBy == null ? "" : " by " + actedBy);
    }
}
