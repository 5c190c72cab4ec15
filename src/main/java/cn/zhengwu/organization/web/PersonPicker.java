package cn.zhengwu.organization.web;

import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people a select offers after a name search: a delegate, a secretary. The person the choice is for is
 * left out, and a person already chosen stays offered when the form comes back with errors.
 */
@Component
class PersonPicker {

    static final int CHOICES = 20;

    private final OrganizationManagement organization;

    PersonPicker(OrganizationManagement organization) {
        this.organization = organization;
    }

    List<PersonNameResponse> choices(String query, @Nullable PersonId excluded, @Nullable PersonId chosen) {
        List<PersonNameResponse> found = new ArrayList<>();
        if (chosen != null) {
            organization.nameOf(chosen).ifPresent(name -> found.add(new PersonNameResponse(chosen, name)));
        }
        if (!query.isBlank()) {
            organization.searchPeople(query, CHOICES).stream()
                .filter(person -> !person.id().equals(excluded) && !person.id().equals(chosen))
                .map(PersonNameResponse::of)
                .forEach(found::add);
        }
        return found;
    }
}
