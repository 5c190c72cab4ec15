package cn.zhengwu.matters.thread;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.matters.InstructionChannel;
import cn.zhengwu.matters.InstructionId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 批示 — a leader's instruction on a matter, with the people it names. */
@Entity
@Table(name = "matters_instruction")
public class Instruction {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID matterId = id;
    private UUID authorPersonId = id;
    private @Nullable UUID recordedByPerson;
    private String recordedBy = "";
    @Enumerated(EnumType.STRING)
    private InstructionChannel channel = InstructionChannel.DOCUMENT;
    private String text = "";
    private Instant recordedAt = Instant.EPOCH;
    private boolean followUp;
    @Enumerated(EnumType.STRING)
    private Urgency urgency = Urgency.NORMAL;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matters_instruction_person", joinColumns = @JoinColumn(name = "instruction_id"))
    private Set<NamedPerson> people = new HashSet<>();

    protected Instruction() {
    }

    public Instruction(UUID matterId, UUID author, @Nullable UUID recordedByPerson, String recordedBy,
            InstructionChannel channel, String text, Instant recordedAt, boolean followUp, Urgency urgency,
            List<UUID> actors, List<UUID> readers) {
        this.matterId = matterId;
        this.authorPersonId = author;
        this.recordedByPerson = recordedByPerson;
        this.recordedBy = recordedBy;
        this.channel = channel;
        this.text = text.strip();
        this.recordedAt = recordedAt;
        this.followUp = followUp;
        this.urgency = urgency;
        actors.forEach(person -> people.add(new NamedPerson(person, NamedPerson.Role.ACTOR)));
        readers.forEach(person -> people.add(new NamedPerson(person, NamedPerson.Role.READER)));
    }

    public InstructionId id() {
        return new InstructionId(id);
    }

    public UUID matterId() {
        return matterId;
    }

    public UUID author() {
        return authorPersonId;
    }

    /** The secretary who recorded it for the author, or {@code null} when the author did. */
    public @Nullable UUID recordedFor() {
        return recordedByPerson != null && !recordedByPerson.equals(authorPersonId) ? recordedByPerson : null;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public InstructionChannel channel() {
        return channel;
    }

    public String text() {
        return text;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public boolean followUp() {
        return followUp;
    }

    public Urgency urgency() {
        return urgency;
    }

    public List<UUID> actors() {
        return people(NamedPerson.Role.ACTOR);
    }

    public List<UUID> readers() {
        return people(NamedPerson.Role.READER);
    }

    public boolean names(UUID person) {
        return people.stream().anyMatch(named -> named.personId().equals(person));
    }

    private List<UUID> people(NamedPerson.Role role) {
        return people.stream().filter(named -> named.role() == role).map(NamedPerson::personId).sorted().toList();
    }
}
