package cn.zhengwu.documents;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.draft.BodyHtml;
import cn.zhengwu.documents.template.DocumentTemplate;
import cn.zhengwu.documents.template.Templates;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.workflow.Approvals;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 公文模板 — per 文种 and issuing unit, the 发文机关标志, the code word of the number, the format, the default 印发机关,
 * the approval model and the body a draft starts with. Administrators keep them (every change is audited,
 * {@link DocumentTemplateChanged}); drafting reads the one in force, and falls back to the unit's 代字 without one.
 */
@Service
@Validated
@Transactional
public class DocumentTemplates {

    private static final String MANAGE = "hasAuthority('PERM_DOCUMENT_TEMPLATE_MANAGE')";

    private final Templates templates;
    private final OrganizationManagement organization;
    private final Approvals approvals;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentTemplates(Templates templates, OrganizationManagement organization, Approvals approvals,
            ActorContext actors, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.organization = organization;
        this.approvals = approvals;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Every template, those in force first, by unit and type. */
    @PreAuthorize(MANAGE)
    @Transactional(readOnly = true)
    public List<DocumentTemplateView> all() {
        return templates.findAll().stream()
            .sorted(Comparator.comparing(DocumentTemplate::retired).thenComparing(DocumentTemplate::issuerCode)
                .thenComparing(DocumentTemplate::type))
            .map(this::view).toList();
    }

    @PreAuthorize(MANAGE)
    @Transactional(readOnly = true)
    public DocumentTemplateView template(UUID id) {
        return view(find(id));
    }

    /** The template in force for a type and an issuing unit, if any: the drafting form starts from its body. */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public Optional<DocumentTemplateView> inForce(DocumentType type, UnitId issuer) {
        return organization.findUnit(issuer)
            .flatMap(unit -> templates.findByTypeAndIssuerCodeAndRetiredAtIsNull(type, unit.code()))
            .map(this::view);
    }

    @PreAuthorize(MANAGE)
    public DocumentTemplateView create(@Valid TemplateDetails details) {
        String code = checked(details, null);
        DocumentTemplate template = templates.save(new DocumentTemplate(details, code,
            BodyHtml.sanitize(details.bodyHtml()), actors.current().username(), clock.instant()));
        events.publishEvent(new DocumentTemplateChanged(template.id(), DocumentTemplateChanged.Change.CREATED,
            template.describe()));
        return view(template);
    }

    @PreAuthorize(MANAGE)
    public DocumentTemplateView change(UUID id, @Valid TemplateDetails details) {
        DocumentTemplate template = inForce(id);
        String code = checked(details, id);
        template.change(details, code, BodyHtml.sanitize(details.bodyHtml()), actors.current().username(),
            clock.instant());
        events.publishEvent(new DocumentTemplateChanged(id, DocumentTemplateChanged.Change.CHANGED,
            template.describe()));
        return view(template);
    }

    /** 停用: the template no longer shapes drafts; documents drafted with it keep what it gave them. */
    @PreAuthorize(MANAGE)
    public DocumentTemplateView retire(UUID id) {
        DocumentTemplate template = inForce(id);
        template.retire(actors.current().username(), clock.instant());
        events.publishEvent(new DocumentTemplateChanged(id, DocumentTemplateChanged.Change.RETIRED,
            template.describe()));
        return view(template);
    }

    /** Checks the details against the organization, numbering and workflow; returns the unit's code. */
    private String checked(TemplateDetails details, @Nullable UUID self) {
        UnitSummary issuer = organization.findUnit(details.issuer()).filter(UnitSummary::active)
            .orElseThrow(() -> BusinessRuleViolation.invalid("documents.template.unit-unknown",
                details.issuer().value().toString()));
        IssuingNumber.checkCodeWord(details.codeWord());
        if (details.type() == DocumentType.ORDER && !details.codeWord().endsWith("令")) {
            throw BusinessRuleViolation.invalid("documents.template.order-word", details.codeWord());
        }
        if (!approvals.steps(details.processKey()).containsAll(DocumentProcessing.MODEL_STEPS)) {
            throw BusinessRuleViolation.invalid("documents.template.process-unknown", details.processKey());
        }
        templates.findByTypeAndIssuerCodeAndRetiredAtIsNull(details.type(), issuer.code())
            .filter(other -> !other.id().equals(self))
            .ifPresent(other -> {
                throw BusinessRuleViolation.conflict("documents.template.exists", issuer.fullName());
            });
        return issuer.code();
    }

    private DocumentTemplate inForce(UUID id) {
        DocumentTemplate template = find(id);
        if (template.retired()) {
            throw BusinessRuleViolation.conflict("documents.template.already-retired", id.toString());
        }
        return template;
    }

    private DocumentTemplate find(UUID id) {
        return templates.findById(id)
            .orElseThrow(() -> BusinessRuleViolation.notFound("documents.template.unknown", id.toString()));
    }

    private DocumentTemplateView view(DocumentTemplate template) {
        Optional<UnitSummary> unit = organization.findUnitByCode(template.issuerCode());
        return new DocumentTemplateView(template.id(), template.type(), unit.map(UnitSummary::id).orElse(null),
            template.issuerCode(), unit.map(UnitSummary::fullName).orElse(template.issuerCode()),
            template.issuerMark(), template.codeWord(), template.layoutFormat(), template.printingOrgan(),
            template.processKey(), template.bodyHtml(), template.retired(), template.changedBy(),
            template.changedAt());
    }
}
