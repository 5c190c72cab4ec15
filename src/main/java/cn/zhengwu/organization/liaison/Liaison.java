package cn.zhengwu.organization.liaison;

import java.time.LocalDate;
import java.util.UUID;

import cn.zhengwu.organization.LiaisonId;
import cn.zhengwu.organization.LiaisonRole;
import cn.zhengwu.organization.LiaisonSummary;
import cn.zhengwu.organization.NewLiaison;
import cn.zhengwu.organization.UnitId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A unit's liaison officer (联络员) or 24-hour duty contact (值班联系人) for a period. */
@Entity
@Table(name = "organization_liaison")
public class Liaison {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID unitId = id;
    @Enumerated(EnumType.STRING)
    private LiaisonRole role = LiaisonRole.LIAISON_OFFICER;
    private String name = "";
    private String phone = "";
    private @Nullable String mobile;
    private LocalDate startedOn = LocalDate.EPOCH;
    private @Nullable LocalDate endedOn;

    protected Liaison() {
    }

    public Liaison(UUID unitId, NewLiaison contact) {
        this.unitId = unitId;
        this.role = java.util.Objects.requireNonNull(contact.role());
        this.name = contact.name();
        this.phone = contact.phone();
        this.mobile = contact.mobile();
        this.startedOn = java.util.Objects.requireNonNull(contact.startedOn());
    }

    public void end(LocalDate day) {
        this.endedOn = day;
    }

    public UUID unitId() {
        return unitId;
    }

    public @Nullable LocalDate endedOn() {
        return endedOn;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LiaisonSummary summary() {
        return new LiaisonSummary(new LiaisonId(id), new UnitId(unitId), role, name, phone, mobile, startedOn,
            endedOn);
    }
}
