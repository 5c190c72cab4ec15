package cn.zhengwu.documents.draft;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.documents.distribution.ReceivingOffices;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.Approvals;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a document. A reader needs the clearance for its marking and one of: they drafted it,
 * a unit of the document (drafting or issuing unit, or a recipient once issued) is within their scope to read
 * documents, or they took or hold a step of its approval (or act for someone who does).
 */
@Component
public class DocumentAccess {

    private final OrganizationManagement organization;
    private final Approvals approvals;
    private final ReceivingOffices offices;

    DocumentAccess(OrganizationManagement organization, Approvals approvals, ReceivingOffices offices) {
        this.organization = organization;
        this.approvals = approvals;
        this.offices = offices;
    }

    public boolean mayRead(Actor actor, Document document) {
        if (!actor.mayRead(document.classification())) {
            return false;
        }
        if (isDrafter(actor, document) || actor.username().equals(Actor.SYSTEM)) {
            return true;
        }
        var scope = actor.scopeOf(Permission.DOCUMENT_READ);
        if (scope.isPresent() && (inScope(actor, scope.get(), document.issuerUnitId())
            || document.draftingUnitId() != null && inScope(actor, scope.get(), document.draftingUnitId())
            || document.recipients().stream().anyMatch(recipient -> recipient.deliveredAt() != null
                && inScope(actor, scope.get(), recipient.unitId())))) {
            return true;
        }
        List<UUID> delivered = document.recipients().stream().filter(recipient -> recipient.deliveredAt() != null
            && recipient.recalledAt() == null).map(Recipient::unitId).toList();
        return offices.recipientFor(actor, delivered).isPresent() || takesPart(actor, document);
    }

    /** Refuses as "not found" what the actor may not read, so that a refusal tells nothing of the record. */
    public Document readable(Actor actor, Document document) {
        if (!mayRead(actor, document)) {
            throw BusinessRuleViolation.notFound("documents.document.unknown", document.id().toString());
        }
        return document;
    }

    /**
     * Whether the actor may draft in the name of the unit: their scope to draft covers it, or it is the unit right
     * above theirs (a district's office drafts for the district government).
     */
    public boolean mayDraftFor(Actor actor, UUID issuer) {
        return actor.scopeOf(Permission.DOCUMENT_DRAFT).map(scope -> inScope(actor, scope, issuer)
            || actor.unitId() != null && organization.findUnit(new UnitId(actor.unitId()))
                .map(unit -> unit.parent() != null && unit.parent().value().equals(issuer)).orElse(false))
            .orElse(false);
    }

    public boolean isDrafter(Actor actor, Document document) {
        return actor.personId() != null && actor.personId().equals(document.draftedBy());
    }

    /** Whether the actor's unit may sign for a copy of the document. */
    public boolean isRecipientUnit(Actor actor, Document document) {
        return actor.unitId() != null && document.recipient(actor.unitId()).isPresent();
    }

    private boolean takesPart(Actor actor, Document document) {
        @Nullable String approval = document.approvalId();
        if (approval == null || actor.personId() == null) {
            return false;
        }
        PersonId me = new PersonId(actor.personId());
        List<PersonId> principals = new java.util.ArrayList<>(organization.actingFor(me));
        principals.add(me);
        boolean tookPart = approvals.history(new ApprovalId(approval)).stream()
            .anyMatch(step -> principals.contains(step.actor())
                || step.onBehalfOf() != null && principals.contains(step.onBehalfOf()));
        return tookPart || approvals.tasksOf(me).stream()
            .anyMatch(task -> task.approval().value().equals(approval));
    }

    /**
     * Whether a unit lies within the actor's scope: their own unit for {@link DataScope#OWN_UNIT}, their unit and
     * the units under it for {@link DataScope#UNIT_TREE}.
     */
    private boolean inScope(Actor actor, DataScope scope, UUID unit) {
        if (scope == DataScope.ALL) {
            return true;
        }
        if (actor.unitId() == null) {
            return false;
        }
        if (actor.unitId().equals(unit)) {
            return true;
        }
        return scope == DataScope.UNIT_TREE && organization.isWithin(new UnitId(unit), new UnitId(actor.unitId()));
    }
}
