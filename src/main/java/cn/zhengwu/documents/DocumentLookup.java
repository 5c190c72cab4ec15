package cn.zhengwu.documents;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.DocumentAccess;
import cn.zhengwu.documents.draft.Documents;
import org.springframework.stereotype.Component;

/**
 * Finds a document for the facades: to read it (what the actor may not read is "not found"), or to change it, its
 * row locked — the drafter changes a draft; once submitted, whoever holds its current step; never once issued.
 */
@Component
class DocumentLookup {

    private final Documents documents;
    private final DocumentAccess access;
    private final DocumentResubmission resubmission;

    DocumentLookup(Documents documents, DocumentAccess access, DocumentResubmission resubmission) {
        this.documents = documents;
        this.access = access;
        this.resubmission = resubmission;
    }

    Document readable(Actor actor, DocumentId id) {
        return documents.findById(id.id()).map(found -> access.readable(actor, found))
            .orElseThrow(() -> unknown(id));
    }

    /** The document, its row locked, if the actor may read it: for operations that check their own rule. */
    Document locked(Actor actor, DocumentId id) {
        return documents.lockById(id.id()).map(found -> access.readable(actor, found))
            .orElseThrow(() -> unknown(id));
    }

    Document changeable(Actor actor, DocumentId id) {
        Document document = locked(actor, id);
        if (document.status() == DocumentStatus.ISSUED) {
            throw BusinessRuleViolation.conflict("documents.document.issued-frozen", document.title());
        }
        if (!mayChange(actor, document)) {
            throw BusinessRuleViolation.forbidden("documents.document.not-yours", document.title());
        }
        return document;
    }

    /** The drafter changes a draft; once submitted, whoever holds its current step; nobody an issued one. */
    boolean mayChange(Actor actor, Document document) {
        return document.status() != DocumentStatus.ISSUED && (document.status() == DocumentStatus.DRAFT
            ? access.isDrafter(actor, document) : resubmission.holdsStep(actor, document));
    }

    static BusinessRuleViolation unknown(DocumentId id) {
        return BusinessRuleViolation.notFound("documents.document.unknown", id.toString());
    }
}
