package cn.zhengwu.organization;

/** A person delegated their work to another for a period (委托). */
public record DelegationGranted(DelegationId delegation, PersonId delegator, PersonId delegate, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.delegation.granted";
    }

    @Override
    public String subjectType() {
        return "delegation";
    }

    @Override
    public String subjectId() {
        return delegation.toString();
    }
}
