package cn.zhengwu.documents.web;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.Disclosure;
import cn.zhengwu.documents.DocumentDrafting;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentOutput;
import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentTemplateView;
import cn.zhengwu.documents.DocumentTemplates;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.documents.DraftContent;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * 公文 pages: the list by status, the drafting form (new and edit), the document page with its review findings,
 * approval and distribution, the trace between versions, and the PDFs.
 */
@Controller
@RequestMapping("/documents")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class DocumentController {

    private static final String LIST = "documents/documents";
    private static final String FORM = "documents/document-form";
    private static final int PAGE = 100;

    private final DocumentDrafting drafting;
    private final DocumentOutput output;
    private final DocumentPage page;
    private final DocumentTemplates templates;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final Validator validator;

    DocumentController(DocumentDrafting drafting, DocumentOutput output, DocumentPage page,
            DocumentTemplates templates, OrganizationManagement organization, ActorContext actors,
            Validator validator) {
        this.drafting = drafting;
        this.output = output;
        this.page = page;
        this.templates = templates;
        this.organization = organization;
        this.actors = actors;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable DocumentStatus status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("documents", drafting.list(status, PAGE));
        return LIST;
    }

    /** The drafting form for a type and issuer (a 通知 of the drafter's usual issuer unless named), from its template. */
    @GetMapping("/new")
    String newDocument(@RequestParam(defaultValue = "NOTICE") DocumentType type,
            @RequestParam(required = false) @Nullable UnitId issuer, Model model) {
        Actor actor = actors.current();
        UnitId unit = issuer != null ? issuer : actor.unitId() == null ? null : defaultIssuer(actor);
        String body = unit == null ? ""
            : templates.inForce(type, unit).map(DocumentTemplateView::bodyHtml).orElse("");
        model.addAttribute("form", DocumentForm.blank(type, unit, body));
        return showForm(null, model);
    }

    @PostMapping
    String start(@ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        DraftContent content = form.toContent();
        if (!valid(content, errors, response)) {
            return showForm(null, model);
        }
        try {
            DocumentView started = drafting.start(content);
            redirect.addFlashAttribute("notice", "documents.page.drafted");
            return "redirect:/documents/" + started.id();
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showForm(null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        DocumentView document = drafting.document(new DocumentId(id));
        model.addAttribute("form", DocumentForm.of(document));
        return showForm(document, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("form") DocumentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        DocumentId document = new DocumentId(id);
        DraftContent content = form.toContent();
        if (!valid(content, errors, response)) {
            return showForm(drafting.document(document), model);
        }
        try {
            drafting.save(document, content);
            redirect.addFlashAttribute("notice", "documents.page.saved");
            return "redirect:/documents/" + id;
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showForm(drafting.document(document), model);
        }
    }

    @GetMapping("/{id}")
    String document(@PathVariable UUID id, Model model, Locale locale) {
        return page.show(new DocumentId(id), model, locale);
    }

    @GetMapping("/{id}/trace")
    String trace(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
        DocumentId document = new DocumentId(id);
        model.addAttribute("document", drafting.document(document));
        model.addAttribute("versions", drafting.versions(document));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", drafting.compare(document, from, to));
        return "documents/trace";
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return DocumentApiController.pdfResponse(output.issuedPdf(new DocumentId(id)));
    }

    @GetMapping("/{id}/preview.pdf")
    ResponseEntity<byte[]> preview(@PathVariable UUID id) {
        return DocumentApiController.pdfResponse(output.preview(new DocumentId(id)));
    }

    @GetMapping("/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return DocumentApiController.fileResponse(output.docx(new DocumentId(id)),
            MediaType.parseMediaType(DocumentApiController.DOCX));
    }

    @GetMapping("/{id}/sheet.pdf")
    ResponseEntity<byte[]> processingSheet(@PathVariable UUID id) {
        return DocumentApiController.pdfResponse(output.processingSheet(new DocumentId(id)));
    }

    private boolean valid(DraftContent content, BindingResult errors, HttpServletResponse response) {
        for (ConstraintViolation<DraftContent> violation : validator.validate(content)) {
            String field = violation.getPropertyPath().toString().replace("bodyHtml", "body")
                .replaceAll("attachmentNames.*", "attachments").replaceAll("attendance\\.(\\w+).*", "$1");
            errors.rejectValue(field, "invalid", violation.getMessage());
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
        return true;
    }

    private String showForm(@Nullable DocumentView document, Model model) {
        Actor actor = actors.current();
        List<UnitSummary> units = organization.allUnits().stream().filter(UnitSummary::active).toList();
        model.addAttribute("document", document);
        model.addAttribute("issuers", units.stream()
            .filter(unit -> unit.issuingCodeWord() != null && !unit.issuingCodeWord().isBlank()).toList());
        model.addAttribute("units", units);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("classifications", Arrays.stream(SecurityClassification.values())
            .filter(actor::mayRead).toList());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("disclosures", Disclosure.values());
        return FORM;
    }

    /** The unit a drafter usually drafts for: theirs if it has a code word, else the one above it. */
    private @Nullable UnitId defaultIssuer(Actor actor) {
        var unit = organization.findUnit(new UnitId(java.util.Objects.requireNonNull(actor.unitId())));
        return unit.map(found -> found.issuingCodeWord() != null ? found.id() : found.parent()).orElse(null);
    }
}
