package cn.zhengwu.documents.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** 主送 or 抄送 unit of a document, and the state of its copy once issued (分发, 签收, 撤回, 催办). */
@Embeddable
public class Recipient {

    /** 主送 or 抄送. */
    public enum Role { MAIN, COPY }

    @Column(name = "role")
    private String role = Role.MAIN.name();
    private UUID unitId = new UUID(0, 0);
    private String name = "";
    private @Nullable Instant deliveredAt;
    private @Nullable Instant receivedAt;
    private @Nullable UUID receivedBy;
    private @Nullable String receivedByName;
    private @Nullable Instant recalledAt;
    private @Nullable Instant pressedAt;

    protected Recipient() {
    }

    Recipient(Role role, UUID unitId, String name) {
        this.role = role.name();
        this.unitId = unitId;
        this.name = name;
    }

    void deliver(Instant at) {
        deliveredAt = at;
    }

    void receive(UUID person, String personName, Instant at) {
        receivedAt = at;
        receivedBy = person;
        receivedByName = personName;
    }

    void recall(Instant at) {
        recalledAt = at;
    }

    void press(Instant at) {
        pressedAt = at;
    }

    /** Delivered, not yet signed for, not recalled: the unit may sign for it, the sender may recall or press. */
    public boolean awaitsReceipt() {
        return deliveredAt != null && receivedAt == null && recalledAt == null;
    }

    public Role role() {
        return Role.valueOf(role);
    }

    public UUID unitId() {
        return unitId;
    }

    public String name() {
        return name;
    }

    public @Nullable Instant deliveredAt() {
        return deliveredAt;
    }

    public @Nullable Instant receivedAt() {
        return receivedAt;
    }

    public @Nullable UUID receivedBy() {
        return receivedBy;
    }

    public @Nullable String receivedByName() {
        return receivedByName;
    }

    public @Nullable Instant recalledAt() {
        return recalledAt;
    }

    public @Nullable Instant pressedAt() {
        return pressedAt;
    }
}
