package cn.zhengwu.matters;

import java.util.List;
import java.util.stream.Collectors;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import org.jmolecules.event.types.DomainEvent;

/**
 * A leader's instruction (批示) was recorded on a matter. The to-do list gives each person who must act a
 * 待办 and each reader a 待阅; supervision will open a task when it asks for follow-up.
 *
 * @param matterTitle the matter's title, so that listeners can name the work without asking
 * @param actors the people who must act (承办)
 * @param readers the people who must read (阅知)
 */
public record InstructionRecorded(MatterId matter, String matterTitle, InstructionId instruction,
        PersonId author, List<PersonId> actors, List<PersonId> readers, boolean followUp, Urgency urgency,
        SecurityClassification classification) implements AuditableEvent, DomainEvent {

    public InstructionRecorded {
        actors = List.copyOf(actors);
        readers = List.copyOf(readers);
    }

    @Override
    public String action() {
        return "matters.instruction.recorded";
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
        return "matter " + matter + "; author " + author + "; actors " + join(actors) + "; readers "
            + join(readers) + "; follow-up " + followUp + "; " + urgency;
    }

    private static String join(List<PersonId> people) {
        return people.stream().map(PersonId::toString).collect(Collectors.joining(","));
    }
}
