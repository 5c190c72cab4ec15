package cn.zhengwu.matters.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhengwu.core.Actor;
import cn.zhengwu.matters.PersonName;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import org.springframework.stereotype.Component;

/**
 * The people the instruction form offers: those found by a name search, plus those already chosen (so a form
 * that comes back with errors keeps them), and the authors the caller may record for (themselves and the
 * leaders they serve as secretary).
 */
@Component
class PeopleChoices {

    static final int FOUND = 20;

    private final OrganizationManagement organization;

    PeopleChoices(OrganizationManagement organization) {
        this.organization = organization;
    }

    List<PersonName> people(String query, List<PersonId> chosen) {
        Map<PersonId, PersonName> found = new LinkedHashMap<>();
        for (PersonId person : chosen) {
            organization.nameOf(person).ifPresent(name -> found.put(person, new PersonName(person, name)));
        }
        if (!query.isBlank()) {
            organization.searchPeople(query, FOUND)
                .forEach(person -> found.putIfAbsent(person.id(), new PersonName(person.id(), person.name())));
        }
        return List.copyOf(found.values());
    }

    List<PersonName> authors(Actor actor) {
        List<PersonName> authors = new ArrayList<>();
        if (actor.personId() == null) {
            return authors;
        }
        PersonId me = new PersonId(actor.personId());
        organization.nameOf(me).ifPresent(name -> authors.add(new PersonName(me, name)));
        for (PersonId leader : organization.leadersServedBy(me)) {
            organization.nameOf(leader).ifPresent(name -> authors.add(new PersonName(leader, name)));
        }
        return authors;
    }
}
