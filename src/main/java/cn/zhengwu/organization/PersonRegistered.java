package cn.zhengwu.organization;

/** A person was entered in the directory. */
public record PersonRegistered(PersonId person, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.person.registered";
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
