package cn.zhengwu.organization;

/** A unit was added to the tree, renamed, moved, recoded or deactivated. */
public record UnitChanged(UnitId unit, Change change, String details) implements OrganizationEvent {

    public enum Change {
        CREATED, CHANGED, DEACTIVATED
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
