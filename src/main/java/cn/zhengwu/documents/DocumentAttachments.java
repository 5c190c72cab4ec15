package cn.zhengwu.documents;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.attachment.AttachedFile;
import cn.zhengwu.documents.attachment.AttachmentLimits;
import cn.zhengwu.documents.attachment.AttachmentName;
import cn.zhengwu.documents.attachment.AttachmentStore;
import cn.zhengwu.documents.attachment.AttachedFiles;
import cn.zhengwu.documents.attachment.ContentInspector;
import cn.zhengwu.documents.attachment.Inspection;
import cn.zhengwu.documents.attachment.TextExtractor;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.search.DocumentIndex;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 附件 — the files of a document. They are added by whoever may change the document (the drafter of a draft, the
 * holder of its current step; an addition after sign-off sends it back to the signer) and removed only before
 * sign-off. A file is accepted for what its bytes are, never for its name, within the size limits; its text is
 * extracted for search. The 附件说明 follows the files added and removed until the drafter writes it otherwise
 * ({@link Document#attachmentsChanged}). A refused file changes nothing.
 */
@Service
@Transactional
@EnableConfigurationProperties(AttachmentLimits.class)
public class DocumentAttachments {

    private final AttachedFiles attachments;
    private final AttachmentStore store;
    private final ContentInspector inspector;
    private final TextExtractor extractor;
    private final AttachmentLimits limits;
    private final DocumentLookup lookup;
    private final DocumentResubmission resubmission;
    private final DocumentIndex index;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentAttachments(AttachedFiles attachments, AttachmentStore store, ContentInspector inspector,
            TextExtractor extractor, AttachmentLimits limits, DocumentLookup lookup, DocumentResubmission resubmission,
            DocumentIndex index, OrganizationManagement organization, ActorContext actors,
            ApplicationEventPublisher events, Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.inspector = inspector;
        this.extractor = extractor;
        this.limits = limits;
        this.lookup = lookup;
        this.resubmission = resubmission;
        this.index = index;
        this.organization = organization;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Attaches a file as the next 附件. */
    @PreAuthorize(DocumentDrafting.WORK)
    public AttachmentView attach(DocumentId id, NewAttachment file) {
        Actor actor = actors.current();
        Document document = lookup.changeable(actor, id);
        List<AttachedFile> present = attachments.findByDocumentIdOrderByPosition(id.id());
        String fileName = AttachmentName.checked(file.fileName(), AttachmentName.LONGEST_FILE_NAME);
        String name = AttachmentName.checked(nameOf(file, fileName, document, present.size()), AttachmentName.LONGEST);
        if (present.size() >= limits.maxCount()) {
            throw BusinessRuleViolation.invalid("documents.attachment.too-many", limits.maxCount());
        }
        byte[] content = file.content();
        Inspection inspection = inspector.inspect(content);
        if (attachments.totalSizeOf(id.id()) + inspection.size() > limits.maxDocumentSize().toBytes()) {
            throw BusinessRuleViolation.invalid("documents.attachment.document-too-large",
                limits.maxDocumentSize().toMegabytes());
        }
        present.stream().filter(other -> other.view().sha256().equals(inspection.sha256())).findFirst()
            .ifPresent(same -> {
                throw BusinessRuleViolation.conflict("documents.attachment.duplicate", same.position(), same.name());
            });
        AttachedFile attachment = attachments.saveAndFlush(new AttachedFile(id.id(), present.size() + 1, name, fileName,
            inspection, extractor.textOf(content), actor.username(), nameOf(actor), clock.instant()));
        store.put(attachment.id(), content);
        List<String> before = names(present);
        document.attachmentsChanged(before, Stream.concat(before.stream(), Stream.of(attachment.name())).toList());
        if (document.status() == DocumentStatus.SIGNED) {
            resubmission.backToSigner(actor, document);
        }
        changed(document, "documents.attachment.added", attachment);
        return attachment.view();
    }

    /** The attachments in the order of the 附件说明. */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(DocumentId id) {
        lookup.readable(actors.current(), id);
        return attachments.findByDocumentIdOrderByPosition(id.id()).stream().map(AttachedFile::view).toList();
    }

    /** 附件说明 as it stands: the names printed after the body, which follow the attachments until written by hand. */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public List<String> attachmentNote(DocumentId id) {
        return lookup.readable(actors.current(), id).attachmentNames();
    }

    /** Whether the reader may add and remove attachments now: a page offers the upload only then. */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public boolean mayChange(DocumentId id) {
        Document document = lookup.readable(actors.current(), id);
        return lookup.mayChange(actors.current(), document);
    }

    /** The file, to download. */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public AttachmentFile file(DocumentId id, AttachmentId attachmentId) {
        lookup.readable(actors.current(), id);
        AttachedFile attachment = find(id, attachmentId);
        return new AttachmentFile(attachment.fileName(), attachment.mediaType(), store.get(attachment.id()));
    }

    /** Removes an attachment before sign-off; the ones after it move up. */
    @PreAuthorize(DocumentDrafting.WORK)
    public void remove(DocumentId id, AttachmentId attachmentId) {
        Document document = lookup.changeable(actors.current(), id);
        if (document.status() != DocumentStatus.DRAFT && document.status() != DocumentStatus.IN_APPROVAL) {
            throw BusinessRuleViolation.conflict("documents.attachment.signed", document.title());
        }
        AttachedFile removed = find(id, attachmentId);
        List<AttachedFile> present = attachments.findByDocumentIdOrderByPosition(id.id());
        store.delete(removed.id());
        attachments.delete(removed);
        List<AttachedFile> remaining = present.stream().filter(kept -> !kept.id().equals(removed.id())).toList();
        remaining.stream().filter(later -> later.position() > removed.position()).forEach(AttachedFile::moveUp);
        document.attachmentsChanged(names(present), names(remaining));
        changed(document, "documents.attachment.removed", removed);
    }

    /** The name given, else the 附件说明 line of the same number, else the file's name without its extension. */
    private static String nameOf(NewAttachment file, String fileName, Document document, int attached) {
        if (file.name() != null && !file.name().isBlank()) {
            return file.name();
        }
        List<String> note = document.attachmentNames();
        return attached < note.size() ? note.get(attached) : AttachmentName.stem(fileName);
    }

    private static List<String> names(List<AttachedFile> files) {
        return files.stream().map(AttachedFile::name).toList();
    }

    private String nameOf(Actor actor) {
        return actor.personId() == null ? actor.username()
            : organization.nameOf(new PersonId(actor.personId())).orElse(actor.username());
    }

    private AttachedFile find(DocumentId id, AttachmentId attachmentId) {
        return attachments.findByIdAndDocumentId(attachmentId.id(), id.id()).orElseThrow(
            () -> BusinessRuleViolation.notFound("documents.attachment.unknown", attachmentId.toString()));
    }

    private void changed(Document document, String action, AttachedFile attachment) {
        events.publishEvent(new DocumentChanged(document.id(), action,
            document.title() + " 附件" + attachment.position() + " " + attachment.name(), document.classification()));
        index.reindex(document);
    }
}
