package cn.zhengwu.organization;

/** A person took up a post (任职). */
public record PostAssigned(PostId post, PersonId person, UnitId unit, String details) implements OrganizationEvent {

    @Override
    public String action() {
        return "organization.post.assigned";
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
