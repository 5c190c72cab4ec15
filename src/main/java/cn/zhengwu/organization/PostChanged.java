package cn.zhengwu.organization;

/** A person took up a post (任职) or left it (免职). */
public record PostChanged(PostId post, PersonId person, UnitId unit, Change change, String details)
        implements OrganizationEvent {

    public enum Change {
        ASSIGNED, ENDED
    }

    @Override
    public String subjectType() {
        return "post";
    }

    @Override
    public String subjectId() {
        return post.toString();
    }
}
