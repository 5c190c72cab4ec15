package cn.zhengwu.organization;

/** A unit was renamed, moved, recoded or deactivated. */
public record UnitChanged(UnitId unit, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.unit.changed";
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
