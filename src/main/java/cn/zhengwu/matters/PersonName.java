package cn.zhengwu.matters;

import cn.zhengwu.organization.PersonId;

/** A person as a matter's records show them: the id and the name. */
public record PersonName(PersonId id, String name) {
}
