package cn.zhengwu.organization;

/** A liaison officer or duty contact stepped down. */
public record LiaisonContactEnded(LiaisonId liaison, UnitId unit, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.liaison.ended";
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
