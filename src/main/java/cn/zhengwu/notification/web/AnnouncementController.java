package cn.zhengwu.notification.web;

import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.notification.AnnouncementReceipt;
import cn.zhengwu.notification.NewAnnouncement;
import cn.zhengwu.notification.NotificationManagement;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发布通知 — an administrator writes an announcement to people found by name, to everyone in a unit, or both,
 * with its urgency. The facade checks the permission; the page is also kept from those who may not send.
 */
@Controller
@RequestMapping("/notifications/announcements")
@PreAuthorize("hasAuthority('PERM_ACCOUNT_MANAGE')")
class AnnouncementController {

    static final int CHOICES = 20;
    private static final String VIEW = "notification/announcement";
    private static final String FORM = "form";

    private final NotificationManagement notifications;
    private final OrganizationManagement organization;
    private final Validator validator;

    AnnouncementController(NotificationManagement notifications, OrganizationManagement organization,
            Validator validator) {
        this.notifications = notifications;
        this.organization = organization;
        this.validator = validator;
    }

    @GetMapping
    String form(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute(FORM, AnnouncementForm.empty());
        return show(q, List.of(), model);
    }

    /** The name search asks for the choices alone while the administrator types. */
    @HxRequest(target = "announcement-people")
    @GetMapping
    String peopleChoices(@RequestParam(defaultValue = "") String q,
            @RequestParam(name = "people", required = false) List<PersonId> chosen, Model model) {
        model.addAttribute("personChoices", choices(q, chosen == null ? List.of() : chosen));
        return VIEW + " :: people";
    }

    @PostMapping
    String send(@ModelAttribute(FORM) AnnouncementForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        NewAnnouncement announcement = form.announcement();
        if (!errors.hasErrors()) {
            for (ConstraintViolation<NewAnnouncement> violation : validator.validate(announcement)) {
                errors.rejectValue(violation.getPropertyPath().toString(), "invalid", violation.getMessage());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show("", form.chosen(), model);
        }
        try {
            AnnouncementReceipt receipt = notifications.send(announcement);
            Notice.flash(redirect, "notification.announcement.sentNotice", receipt.recipients());
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return show("", form.chosen(), model);
        }
        return "redirect:/notifications/log";
    }

    private String show(String q, List<PersonId> chosen, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute("personChoices", choices(q, chosen));
        model.addAttribute("units", organization.allUnits().stream().filter(UnitSummary::active).toList());
        model.addAttribute("urgencies", Urgency.values());
        return VIEW;
    }

    private List<PersonChoice> choices(String q, List<PersonId> chosen) {
        List<PersonChoice> found = new ArrayList<>();
        for (PersonId person : chosen) {
            organization.nameOf(person).ifPresent(name -> found.add(new PersonChoice(person, name, true)));
        }
        if (!q.isBlank()) {
            organization.searchPeople(q, CHOICES).stream().filter(person -> !chosen.contains(person.id()))
                .map(person -> new PersonChoice(person.id(), person.name(), false)).forEach(found::add);
        }
        return found;
    }
}
