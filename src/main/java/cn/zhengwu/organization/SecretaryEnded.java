package cn.zhengwu.organization;

/** A secretary no longer acts for a leader. */
public record SecretaryEnded(PersonId leader, PersonId secretary, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.secretary.ended";
    }

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return leader.toString();
    }
}
