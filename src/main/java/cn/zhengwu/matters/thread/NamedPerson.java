package cn.zhengwu.matters.thread;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person named on an instruction, and whether they must act (承办) or read (阅知). */
@Embeddable
public record NamedPerson(UUID personId, @Enumerated(EnumType.STRING) Role role) {

    public enum Role {
        ACTOR, READER
    }
}
