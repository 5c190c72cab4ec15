package cn.zhengwu.organization.web;

import java.time.LocalDate;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 任职与免职 — giving a person a post (one of several, 兼职) and ending one, from the person's page. */
@Controller
@RequestMapping("/organization/people/{personId}/posts")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_READ')")
class PostController {

    private final OrganizationManagement organization;
    private final PersonPage personPage;

    PostController(OrganizationManagement organization, PersonPage personPage) {
        this.organization = organization;
        this.personPage = personPage;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "", "/{id}/end" })
    String formAsPage(@PathVariable PersonId personId) {
        return "redirect:/organization/people/" + personId + "#posts";
    }

    @PostMapping
    String assign(@PathVariable PersonId personId, @Valid @ModelAttribute(PersonPage.POST_FORM) NewPost form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            personPage.show(personId, "", model);
            return PersonPage.VIEW;
        }
        try {
            organization.assignPost(personId, form);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            personPage.show(personId, "", model);
            return PersonPage.VIEW;
        }
        Notice.flash(redirect, "organization.post.saved");
        return "redirect:/organization/people/" + personId + "#posts";
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable PersonId personId, @PathVariable PostId id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            organization.endPost(id, lastDay);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            personPage.show(personId, "", model);
            return PersonPage.VIEW;
        }
        Notice.flash(redirect, "organization.post.endedNotice");
        return "redirect:/organization/people/" + personId + "#posts";
    }
}
