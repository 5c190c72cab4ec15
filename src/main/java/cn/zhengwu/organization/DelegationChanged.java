package cn.zhengwu.organization;

/** A person delegated their work to another for a period (委托), or the delegation was revoked early. */
public record DelegationChanged(DelegationId delegation, PersonId delegator, PersonId delegate, Change change,
        String details) implements OrganizationEvent {

    public enum Change {
        GRANTED, REVOKED
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
