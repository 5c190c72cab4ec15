package cn.zhengwu.organization.person;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 人员 — a person in the government's directory. */
@Entity
@Table(name = "organization_person")
public class Person {

    @Id
    private UUID id = UUID.randomUUID();
    private String name = "";
    private @Nullable String mobile;
    private @Nullable String officePhone;
    private @Nullable String email;
    @Column(updatable = false)
    private Instant createdAt = Instant.EPOCH;
    @Version
    private long version;

    protected Person() {
    }

    public Person(PersonDetails details, Instant createdAt) {
        this.createdAt = createdAt;
        apply(details);
    }

    public void apply(PersonDetails details) {
        this.name = details.name();
        this.mobile = details.mobile();
        this.officePhone = details.officePhone();
        this.email = details.email();
    }

    public PersonId id() {
        return new PersonId(id);
    }

    public String name() {
        return name;
    }

    public PersonSummary summary() {
        return new PersonSummary(id(), name, mobile, officePhone, email);
    }
}
