package cn.zhengwu.organization.unit;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitRevision;
import cn.zhengwu.organization.UnitSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A snapshot of a unit written on every change, so renames and moves keep their history. */
@Entity
@Table(name = "organization_unit_revision")
public class UnitRevisionEntry {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID unitId;
    private Instant revisedAt;
    private String revisedBy;
    private @Nullable UUID parentId;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private String fullName;
    private String shortName;
    private String code;
    private @Nullable String issuingCodeWord;
    private boolean active;

    protected UnitRevisionEntry() {
        this.unitId = id;
        this.revisedAt = Instant.EPOCH;
        this.revisedBy = "";
        this.kind = UnitKind.DIVISION;
        this.fullName = "";
        this.shortName = "";
        this.code = "";
    }

    public UnitRevisionEntry(UnitSummary unit, Instant revisedAt, String revisedBy) {
        this.unitId = unit.id().value();
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
        this.parentId = unit.parent() == null ? null : unit.parent().value();
        this.kind = unit.kind();
        this.fullName = unit.fullName();
        this.shortName = unit.shortName();
        this.code = unit.code();
        this.issuingCodeWord = unit.issuingCodeWord();
        this.active = unit.active();
    }

    public UnitRevision revision() {
        return new UnitRevision(revisedAt, revisedBy,
            parentId == null ? null : new cn.zhengwu.organization.UnitId(parentId), kind, fullName, shortName, code,
            issuingCodeWord, active);
    }
}
