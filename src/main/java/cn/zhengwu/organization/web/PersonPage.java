package cn.zhengwu.organization.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.NewSecretary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.Rank;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything one person's page shows: contact details (an audited read), posts, leader–secretary pairs and
 * delegations, with the forms to change them. Shared by the actions that render the page again.
 */
@Component
class PersonPage {

    static final String VIEW = "organization/person";
    static final String POST_FORM = "postForm";
    static final String SECRETARY_FORM = "secretaryForm";

    private final OrganizationManagement organization;
    private final PersonPicker picker;
    private final Clock clock;

    PersonPage(OrganizationManagement organization, PersonPicker picker, Clock clock) {
        this.organization = organization;
        this.picker = picker;
        this.clock = clock;
    }

    void show(PersonId id, String secretaryQuery, Model model) {
        LocalDate today = LocalDate.now(clock);
        PersonSummary person = organization.person(id);
        model.addAttribute("person", person);
        model.addAttribute("posts", organization.postsOf(id));
        model.addAttribute("secretaries", organization.secretariesInvolving(id));
        model.addAttribute("delegations", organization.delegationsInvolving(id).stream()
            .map(delegation -> DelegationResponse.of(delegation, clock)).toList());
        model.addAttribute("units", UnitOption.flatten(organization.unitTree(false)));
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("today", today);
        // A post that could not be bound at all (a value missing for a primitive) leaves no form to show again.
        if (model.getAttribute(POST_FORM) == null) {
            model.addAttribute(POST_FORM, new NewPost(null, "", null, false, today));
        }
        NewSecretary secretaryForm = (NewSecretary) model.getAttribute(SECRETARY_FORM);
        if (secretaryForm == null) {
            secretaryForm = new NewSecretary(null, today);
            model.addAttribute(SECRETARY_FORM, secretaryForm);
        }
        model.addAttribute("secretaryQuery", secretaryQuery.strip());
        model.addAttribute("secretaryOptions", picker.choices(secretaryQuery, id, secretaryForm.secretary()));
    }
}
