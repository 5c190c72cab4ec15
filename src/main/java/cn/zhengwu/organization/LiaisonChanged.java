package cn.zhengwu.organization;

/** A unit named a liaison officer or duty contact, or one stepped down. */
public record LiaisonChanged(LiaisonId liaison, UnitId unit, Change change, String details)
        implements OrganizationEvent {

    public enum Change {
        ADDED, ENDED
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
