package cn.zhengwu.requests.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.requests.Assignment;
import cn.zhengwu.requests.FileContent;
import cn.zhengwu.requests.IncomingDetail;
import cn.zhengwu.requests.IncomingHandling;
import cn.zhengwu.requests.IncomingId;
import cn.zhengwu.requests.IncomingInbox;
import cn.zhengwu.requests.IncomingRegistration;
import cn.zhengwu.requests.IncomingStep;
import cn.zhengwu.requests.IncomingSummary;
import cn.zhengwu.requests.IncomingTab;
import cn.zhengwu.requests.NewIncoming;
import cn.zhengwu.requests.OpinionLibrary;
import cn.zhengwu.requests.Proposal;
import cn.zhengwu.requests.UnitPart;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 收文 pages: the unit's list by step with counts (and what waits for a leader), the registration form (upload or
 * type in), and a record's page with the actions its stage allows, its 传阅 route and its history. Every action is
 * one post to {@code /incoming/{id}/steps/{step}}; a refused one shows the page again with the reason, unchanged.
 */
@Controller
@RequestMapping("/incoming")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class IncomingController {

    private static final String LIST = "requests/incoming-list";
    private static final String NEW = "requests/incoming-new";
    private static final String RECORD = "requests/incoming";

    private final IncomingRegistration registration;
    private final IncomingHandling handling;
    private final IncomingInbox inbox;
    private final OpinionLibrary opinions;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final Validator validator;
    private final java.time.Clock clock;

    IncomingController(IncomingRegistration registration, IncomingHandling handling, IncomingInbox inbox,
            OpinionLibrary opinions, OrganizationManagement organization, ActorContext actors, Validator validator,
            java.time.Clock clock) {
        this.registration = registration;
        this.handling = handling;
        this.inbox = inbox;
        this.opinions = opinions;
        this.organization = organization;
        this.actors = actors;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "TO_REVIEW") IncomingTab tab, Model model) {
        Actor actor = actors.current();
        model.addAttribute("awaiting", inbox.awaitingMe());
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", IncomingTab.values());
        model.addAttribute("keepsOpinions", actor.may(Permission.OPINION_MANAGE));
        if (actor.may(Permission.INCOMING_HANDLE) && actor.unitId() != null) {
            model.addAttribute("list", inbox.list(null, tab));
        }
        return LIST;
    }

    /** The registration form, for those who may register what reaches their unit. */
    @GetMapping("/new")
    @PreAuthorize("hasAnyAuthority('PERM_INCOMING_HANDLE', 'PERM_INCOMING_SUBMIT')")
    String newIncoming(Model model) {
        model.addAttribute("form", IncomingForm.blank(java.time.LocalDate.now(clock)));
        return showNew(model);
    }

    @PostMapping
    String register(@ModelAttribute("form") IncomingForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        NewIncoming request = form.toRequest();
        if (!errors.hasErrors()) {
            for (ConstraintViolation<NewIncoming> violation : validator.validate(request)) {
                errors.rejectValue(violation.getPropertyPath().toString(), "invalid", violation.getMessage());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showNew(model);
        }
        IncomingSummary registered;
        try {
            registered = registration.register(request);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showNew(model);
        }
        redirect.addFlashAttribute("notice", IncomingStep.REGISTER.messageKey());
        return "redirect:/incoming/" + registered.id();
    }

    @GetMapping("/{id}")
    String record(@PathVariable UUID id, Model model) {
        return showRecord(new IncomingId(id), model);
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        FileContent file = inbox.file(new IncomingId(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .body(file.content());
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping("/{id}/steps/{step}")
    String formAsPage(@PathVariable UUID id) {
        return "redirect:/incoming/" + id;
    }

    @PostMapping("/{id}/steps/{step}")
    String step(@PathVariable UUID id, @PathVariable IncomingStep step,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        IncomingId record = new IncomingId(id);
        String text = form.getFirst("text") == null ? "" : form.getFirst("text");
        try {
            switch (step) {
                case SIGN -> registration.sign(record);
                case REGISTER -> registration.registerSigned(record, null);
                case ACCEPT -> handling.accept(record, text);
                case RETURN -> handling.returnToSender(record, text);
                case PROPOSE -> handling.propose(record, complete(new Proposal(person(form.getFirst("leader")), text,
                    unit(form.getFirst("leadUnit")), units(form.get("coUnits")))));
                case INSTRUCT -> handling.instruct(record, text, "true".equals(form.getFirst("followUp")));
                case ASSIGN -> handling.assign(record, complete(new Assignment(unit(form.getFirst("leadUnit")),
                    units(form.get("coUnits")), text)));
                case CIRCULATE -> handling.circulate(record, people(form.get("readers")));
                case READ -> handling.markRead(record, text);
                case RECALL -> handling.recall(record, text);
                case PRESS -> handling.press(record, text);
                case ANSWER -> handling.answer(record, text);
                case CONTRIBUTE -> handling.contribute(record, text);
                case MERGE -> registration.merge(record);
                case KEEP -> registration.keep(record);
                case REPLY_DRAFTED -> {
                    // The clerk writes the reply on at once: its form, pre-filled from the record.
                    DocumentId reply = handling.draftReply(record);
                    redirect.addFlashAttribute("notice", step.messageKey());
                    return "redirect:/documents/" + reply + "/edit";
                }
                case REPLY_LINKED -> throw BusinessRuleViolation.invalid("requests.step.notNow", step.name(), "");
            }
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showRecord(record, model);
        }
        redirect.addFlashAttribute("notice", step.messageKey());
        return "redirect:/incoming/" + record;
    }

    private String showNew(Model model) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("classifications", Arrays.stream(SecurityClassification.values())
            .filter(actors.current()::mayRead).toList());
        model.addAttribute("urgencies", Urgency.values());
        return NEW;
    }

    private String showRecord(IncomingId id, Model model) {
        IncomingDetail detail = inbox.detail(id);
        Actor actor = actors.current();
        boolean clerk = detail.clerk();
        // Only the leader (or their secretary) gives the 批示, and only whoever holds the 传阅 marks it read.
        boolean awaitsMe = inbox.awaitingMe().stream().anyMatch(waiting -> waiting.id().equals(id));
        UnitPart part = detail.yourPart();
        model.addAttribute("detail", detail);
        model.addAttribute("clerk", clerk);
        model.addAttribute("part", part);
        // The steps the viewer may take now; 复文关联 is the system's step (an issued reply links itself), never a
        // button.
        model.addAttribute("steps", Arrays.stream(IncomingStep.values())
            .filter(step -> step != IncomingStep.REPLY_LINKED && step.allowedFrom(detail.summary().stage()))
            .filter(step -> clerk || switch (step) {
                case INSTRUCT, READ -> awaitsMe;
                case ANSWER -> part != null && part.lead() && !part.done();
                case CONTRIBUTE -> part != null && !part.lead() && !part.done();
                default -> false;
            }).toList());
        model.addAttribute("me", actor.personId());
        model.addAttribute("awaitsMe", awaitsMe);
        if (clerk) {
            model.addAttribute("opinions", opinions.all());
            model.addAttribute("units", organization.allUnits().stream().filter(unit -> unit.active()).toList());
            model.addAttribute("leaders", organization.allUnits().stream()
                .filter(unit -> unit.kind() == UnitKind.LEADERSHIP || unit.kind() == UnitKind.GOVERNMENT)
                .flatMap(unit -> organization.postsIn(unit.id()).stream()).map(post -> post.person())
                .distinct().map(person -> new Choice(person.toString(),
                    organization.nameOf(person).orElse("?"))).toList());
        }
        return RECORD;
    }

    /** A person or unit to choose in a form: its id and its name. */
    record Choice(String id, String name) {
    }

    private <T> T complete(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw BusinessRuleViolation.invalid("requests.form.incomplete");
        }
        return request;
    }

    private static @Nullable PersonId person(@Nullable String id) {
        return id == null || id.isBlank() ? null : PersonId.of(id);
    }

    private static @Nullable UnitId unit(@Nullable String id) {
        return id == null || id.isBlank() ? null : UnitId.of(id);
    }

    private static List<UnitId> units(@Nullable List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(id -> !id.isBlank())
            .map(UnitId::of).toList();
    }

    private static List<PersonId> people(@Nullable List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(id -> !id.isBlank()).map(PersonId::of).toList();
    }
}
