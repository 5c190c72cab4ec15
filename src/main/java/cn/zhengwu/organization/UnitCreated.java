package cn.zhengwu.organization;

/** A unit was added to the tree. */
public record UnitCreated(UnitId unit, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.unit.created";
    }

    @Override
    public String subjectType() {
        return "unit";
    }

    @Override
    public String subjectId() {
        return unit.toString();
    }
}
