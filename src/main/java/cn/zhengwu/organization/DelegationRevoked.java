package cn.zhengwu.organization;

/** A delegation was revoked before its end. */
public record DelegationRevoked(DelegationId delegation, PersonId delegator, PersonId delegate, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.delegation.revoked";
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
