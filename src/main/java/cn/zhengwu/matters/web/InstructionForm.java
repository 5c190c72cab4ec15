package cn.zhengwu.matters.web;

import java.util.List;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.matters.InstructionChannel;
import cn.zhengwu.matters.NewInstruction;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/** The "record instruction" form on a matter's page; the people come from a name search. */
record InstructionForm(@Nullable PersonId author, @Nullable InstructionChannel channel, @Nullable String text,
        @Nullable List<PersonId> actors, @Nullable List<PersonId> readers, @Nullable Boolean followUp,
        @Nullable Urgency urgency) {

    static InstructionForm by(@Nullable PersonId author) {
        return new InstructionForm(author, InstructionChannel.DOCUMENT, "", List.of(), List.of(), false,
            Urgency.NORMAL);
    }

    public boolean acts(PersonId person) {
        return actors != null && actors.contains(person);
    }

    public boolean reads(PersonId person) {
        return readers != null && readers.contains(person);
    }

    /** An unchecked box sends nothing at all, so the field is a nullable Boolean: absent means no. */
    public boolean asksFollowUp() {
        return Boolean.TRUE.equals(followUp);
    }

    public List<PersonId> chosen() {
        return java.util.stream.Stream.concat(actors == null ? java.util.stream.Stream.empty() : actors.stream(),
            readers == null ? java.util.stream.Stream.empty() : readers.stream()).distinct().toList();
    }

    public NewInstruction toRequest() {
        return new NewInstruction(author, channel, text == null ? "" : text, actors == null ? List.of() : actors,
            readers == null ? List.of() : readers, asksFollowUp(), urgency);
    }
}
