package cn.zhengwu.organization;

/** A person left a post (免职). */
public record PostEnded(PostId post, PersonId person, UnitId unit, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.post.ended";
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
