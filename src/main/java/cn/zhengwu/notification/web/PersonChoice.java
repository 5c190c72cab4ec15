package cn.zhengwu.notification.web;

import cn.zhengwu.organization.PersonId;

/** A person the announcement form offers, by name. */
record PersonChoice(PersonId id, String name, boolean chosen) {
}
