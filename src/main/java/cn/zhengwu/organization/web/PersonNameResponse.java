package cn.zhengwu.organization.web;

import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;

/** A person found by name: enough to choose them, without the contact numbers whose reading is audited. */
record PersonNameResponse(PersonId id, String name) {

    static PersonNameResponse of(PersonSummary person) {
        return new PersonNameResponse(person.id(), person.name());
    }
}
