package cn.zhengwu.organization;

/** A person's name or contact numbers changed. */
public record PersonChanged(PersonId person, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.person.changed";
    }

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return person.toString();
    }
}
