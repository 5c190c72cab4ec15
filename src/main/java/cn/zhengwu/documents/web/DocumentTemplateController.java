package cn.zhengwu.documents.web;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.documents.DocumentProcessing;
import cn.zhengwu.documents.DocumentTemplateView;
import cn.zhengwu.documents.DocumentTemplates;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.LayoutFormat;
import cn.zhengwu.documents.TemplateDetails;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitSummary;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' 公文模板 pages: the list, the form to create or change one, and retiring it. */
@Controller
@RequestMapping("/documents/templates")
@PreAuthorize("hasAuthority('PERM_DOCUMENT_TEMPLATE_MANAGE')")
class DocumentTemplateController {

    private static final String LIST = "documents/templates";
    private static final String FORM = "documents/template-form";

    private final DocumentTemplates templates;
    private final OrganizationManagement organization;
    private final Validator validator;

    DocumentTemplateController(DocumentTemplates templates, OrganizationManagement organization,
            Validator validator) {
        this.templates = templates;
        this.organization = organization;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return LIST;
    }

    @GetMapping("/new")
    String newTemplate(Model model) {
        model.addAttribute("form", TemplateForm.blank(DocumentProcessing.PROCESS));
        return showForm(null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TemplateForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(null, form, errors, () -> templates.create(form.toDetails()), "documents.templates.created",
            model, response, redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        DocumentTemplateView template = templates.template(id);
        model.addAttribute("form", TemplateForm.of(template));
        return showForm(template, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("form") TemplateForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(templates.template(id), form, errors, () -> templates.change(id, form.toDetails()),
            "documents.templates.changed", model, response, redirect);
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping("/{id}/retirement")
    String formAsPage() {
        return "redirect:/documents/templates";
    }

    @PostMapping("/{id}/retirement")
    String retire(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            templates.retire(id);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return list(model);
        }
        redirect.addFlashAttribute("notice", "documents.templates.retired");
        return "redirect:/documents/templates";
    }

    private String change(@Nullable DocumentTemplateView template, TemplateForm form, BindingResult errors,
            Supplier<DocumentTemplateView> change, String notice, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        for (ConstraintViolation<TemplateDetails> violation : validator.validate(form.toDetails())) {
            String field = violation.getPropertyPath().toString().replace("bodyHtml", "body");
            errors.rejectValue(field, "invalid", violation.getMessage());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(template, model);
        }
        try {
            change.get();
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showForm(template, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/documents/templates";
    }

    private String showForm(@Nullable DocumentTemplateView template, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("formats", LayoutFormat.values());
        model.addAttribute("issuers", organization.allUnits().stream().filter(UnitSummary::active).toList());
        // The models in use, offered as suggestions; the facade checks whatever key is typed.
        model.addAttribute("processKeys", Stream.concat(Stream.of(DocumentProcessing.PROCESS),
            templates.all().stream().map(DocumentTemplateView::processKey)).distinct().toList());
        return FORM;
    }
}
