package cn.zhengwu.organization;

/** A person was entered in the directory, or their name or contact numbers changed. */
public record PersonChanged(PersonId person, Change change, String details) implements OrganizationEvent {

    public enum Change {
        REGISTERED, CHANGED
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
