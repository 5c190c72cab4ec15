package cn.zhengwu.organization;

/** A secretary now acts for a leader. */
public record SecretaryAssigned(PersonId leader, PersonId secretary, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.secretary.assigned";
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
