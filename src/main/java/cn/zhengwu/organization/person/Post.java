package cn.zhengwu.organization.person;

import java.time.LocalDate;
import java.util.UUID;

import cn.zhengwu.organization.PostId;
import cn.zhengwu.organization.Rank;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 任职 — a person's post in a unit, held from one day until it ends. */
@Entity
@Table(name = "organization_post")
public class Post {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID personId = id;
    private UUID unitId = id;
    private String title = "";
    @Enumerated(EnumType.STRING)
    private Rank rank = Rank.STAFF;
    private boolean principal;
    private LocalDate startedOn = LocalDate.EPOCH;
    private @Nullable LocalDate endedOn;
    @Version
    private long version;

    protected Post() {
    }

    public Post(UUID personId, UUID unitId, String title, Rank rank, boolean principal, LocalDate startedOn) {
        this.personId = personId;
        this.unitId = unitId;
        this.title = title;
        this.rank = rank;
        this.principal = principal;
        this.startedOn = startedOn;
    }

    public void end(LocalDate day) {
        this.endedOn = day;
    }

    public void notPrincipal() {
        this.principal = false;
    }

    public PostId id() {
        return new PostId(id);
    }

    public UUID personId() {
        return personId;
    }

    public UUID unitId() {
        return unitId;
    }

    public String title() {
        return title;
    }

    public Rank rank() {
        return rank;
    }

    public boolean principal() {
        return principal;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public @Nullable LocalDate endedOn() {
        return endedOn;
    }

    public boolean ended() {
        return endedOn != null;
    }
}
