package cn.zhengwu.organization;

/** A unit named a liaison officer or duty contact. */
public record LiaisonContactAdded(LiaisonId liaison, UnitId unit, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.liaison.added";
    }

    @Override
    public String subjectType() {
        return "liaison";
    }

    @Override
    public String subjectId() {
        return liaison.toString();
    }
}
