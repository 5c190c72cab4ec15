package cn.zhengwu.organization;

/** A secretary began or stopped acting for a leader (领导—秘书). */
public record SecretaryChanged(PersonId leader, PersonId secretary, Change change, String details)
        implements OrganizationEvent {

    public enum Change {
        ASSIGNED, ENDED
    }

    @Override
    public String subjectType() {
        return "secretary";
    }

    @Override
    public String subjectId() {
        return leader.toString();
    }
}
