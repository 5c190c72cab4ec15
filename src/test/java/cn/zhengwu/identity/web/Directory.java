package cn.zhengwu.identity.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.organization.Rank;
import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;

/** People and posts for the tests, registered by the system itself under names no other test uses. */
public final class Directory {

    private final OrganizationManagement organization;
    private final Clock clock;

    public Directory(OrganizationManagement organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    public PersonSummary person(String name) {
        return SystemAuthentication.call(() -> organization.registerPerson(new PersonDetails(name, null, null, null)));
    }

    /** A post in a unit of its own, held from today. */
    public PostSummary post(PersonSummary person, String unitName, String title) {
        String code = Fixtures.unique("u");
        return SystemAuthentication.call(() -> {
            UnitSummary unit = organization.createUnit(new UnitDetails(null, UnitKind.DEPARTMENT, unitName + code,
                unitName + code, code, null, 0));
            return organization.assignPost(person.id(), new NewPost(unit.id(), title, Rank.DIVISION, false,
                LocalDate.now(clock)));
        });
    }
}
