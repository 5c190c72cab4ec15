package cn.zhengwu.organization.unit;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 机构 — a node of the unit tree. Units are never deleted, only deactivated. */
@Entity
@Table(name = "organization_unit")
public class Unit {

    @Id
    private UUID id;
    private @Nullable UUID parentId;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private String fullName;
    private String shortName;
    private String code;
    private @Nullable String issuingCodeWord;
    private int sortOrder;
    private boolean active = true;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Unit() {
        this.id = UUID.randomUUID();
        this.kind = UnitKind.DIVISION;
        this.fullName = "";
        this.shortName = "";
        this.code = "";
        this.createdAt = Instant.EPOCH;
    }

    public Unit(UnitDetails details, Instant createdAt) {
        this();
        this.createdAt = createdAt;
        apply(details);
    }

    public void apply(UnitDetails details) {
        this.parentId = details.parent() == null ? null : details.parent().value();
        this.kind = java.util.Objects.requireNonNull(details.kind());
        this.fullName = details.fullName();
        this.shortName = details.shortName();
        this.code = details.code();
        this.issuingCodeWord = details.issuingCodeWord();
        this.sortOrder = details.sortOrder();
    }

    public void deactivate() {
        this.active = false;
    }

    public UnitId id() {
        return new UnitId(id);
    }

    public @Nullable UnitId parent() {
        return parentId == null ? null : new UnitId(parentId);
    }

    public String shortName() {
        return shortName;
    }

    public boolean active() {
        return active;
    }

    public UnitSummary summary() {
        return new UnitSummary(id(), parent(), kind, fullName, shortName, code, issuingCodeWord, sortOrder, active);
    }
}
