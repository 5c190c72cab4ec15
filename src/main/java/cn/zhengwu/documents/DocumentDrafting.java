package cn.zhengwu.documents;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordRead;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.documents.draft.BodyHtml;
import cn.zhengwu.documents.draft.BodyVersion;
import cn.zhengwu.documents.draft.BodyVersions;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.DocumentAccess;
import cn.zhengwu.documents.draft.DocumentViews;
import cn.zhengwu.documents.draft.Documents;
import cn.zhengwu.documents.draft.DraftFactsOf;
import cn.zhengwu.documents.draft.DraftResolver;
import cn.zhengwu.documents.draft.ResolvedDraft;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 拟稿 — drafting a document: the elements of 第九条 as fields, a body limited to what the layout can carry and
 * sanitized on the server, every changed body kept as a version (the signer reads the clean copy, 清稿, and the
 * trace of who changed what, 痕迹), and the reviewer's checks (核稿) on the stored draft. A document is read only
 * by those {@link DocumentAccess} lets read it; what they may not read is "not found". Drafting, reading and every
 * step of the documents' facades are the office's everyday work ({@code OFFICE_WORK}).
 */
@Service
@Validated
@Transactional
public class DocumentDrafting {

    static final String WORK = "hasAuthority('PERM_OFFICE_WORK')";
    private static final int LONGEST_LIST = 200;

    private final Documents documents;
    private final BodyVersions versions;
    private final DraftResolver resolver;
    private final DocumentAccess access;
    private final DraftFactsOf facts;
    private final DraftReview review;
    private final OrganizationManagement organization;
    private final DocumentResubmission resubmission;
    private final DocumentLookup lookup;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentDrafting(Documents documents, BodyVersions versions, DraftResolver resolver, DocumentAccess access,
            DraftFactsOf facts, DraftReview review, OrganizationManagement organization,
            DocumentResubmission resubmission, DocumentLookup lookup, ActorContext actors,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.resolver = resolver;
        this.access = access;
        this.facts = facts;
        this.review = review;
        this.organization = organization;
        this.resubmission = resubmission;
        this.lookup = lookup;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a draft in the name of a unit the drafter may draft for; its body is version 1. */
    @PreAuthorize(WORK)
    public DocumentView start(@Valid DraftContent content) {
        return create(content, null);
    }

    /**
     * Starts the reply to a record (a 批复 to a 请示, a 复函 to a 来函), linked to it: when it is issued,
     * {@link DocumentIssued} names the record, and {@link #repliesTo} finds it from there.
     */
    @PreAuthorize(WORK)
    public DocumentView startReply(@Valid DraftContent content, RecordReference inReplyTo) {
        return create(content, inReplyTo);
    }

    /**
     * Saves the drafter's or a handler's changes. The drafter changes a draft; once submitted, whoever holds its
     * current step may (their changes are the trace). A substantive change after sign-off (body, title, type,
     * recipients, a 纪要's attendance) sends the document back to the signer. An issued document never changes.
     */
    @PreAuthorize(WORK)
    public DocumentView save(DocumentId id, @Valid DraftContent content) {
        Actor actor = actors.current();
        Document document = lookup.changeable(actor, id);
        ResolvedDraft draft = resolved(content);
        boolean substantive = document.bodyDiffersFrom(draft.safeBody()) || !document.title().equals(content.title())
            || document.type() != content.type() || !sameRecipients(document, draft)
            || !document.attendance().equals(content.attendance());
        document.apply(draft, clock.instant());
        if (document.bodyDiffersFrom(draft.safeBody())) {
            keepVersion(document, draft.safeBody(), actor);
        }
        if (substantive && document.status() == DocumentStatus.SIGNED) {
            resubmission.backToSigner(actor, document);
        }
        events.publishEvent(new DocumentChanged(document.id(), "documents.document.saved",
            document.title() + " v" + document.bodyVersion(), document.classification()));
        return DocumentViews.view(document);
    }

    /** The document, if the actor may read it; reads of documents marked 内部 and above are audited. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public DocumentView document(DocumentId id) {
        Document document = readable(id);
        if (document.classification().readsAreAudited()) {
            events.publishEvent(new RecordRead("document", id.toString(), document.title(),
                document.classification()));
        }
        return DocumentViews.view(document);
    }

    /** The newest documents the actor may read, of one status or all, at most {@value #LONGEST_LIST}. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public List<DocumentSummary> list(@Nullable DocumentStatus status, int limit) {
        Actor actor = actors.current();
        int size = Math.clamp(limit, 1, LONGEST_LIST);
        // Read a few pages ahead: access is decided per document, after the database narrowed by status.
        Limit window = Limit.of(size * 5);
        var found = status == null ? documents.findByOrderByUpdatedAtDesc(window)
            : documents.findByStatusOrderByUpdatedAtDesc(status, window);
        return found.stream().filter(document -> access.mayRead(actor, document)).limit(size)
            .map(DocumentViews::summary).toList();
    }

    /** The documents drafted in reply to a record, newest first. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public List<DocumentSummary> repliesTo(RecordReference record) {
        Actor actor = actors.current();
        return documents.findByInReplyTo(record.toString()).stream()
            .filter(document -> access.mayRead(actor, document)).map(DocumentViews::summary).toList();
    }

    /** 核稿: the reviewer's findings on the document as stored, each citing its rule. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public List<LintFinding> review(DocumentId id) {
        Document document = readable(id);
        return review.review(facts.of(document, document.signerName()));
    }

    /** The saved versions of the body, newest first. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public List<BodyVersionView> versions(DocumentId id) {
        readable(id);
        return versions.findByDocumentIdOrderByNumberDesc(id.id()).stream()
            .map(version -> new BodyVersionView(version.number(), version.savedByName(), version.savedAt()))
            .toList();
    }

    /** 痕迹: what changed in the body from one version to another, line by line. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public List<BodyChange> compare(DocumentId id, int from, int to) {
        readable(id);
        List<String> before = BodyHtml.lines(version(id, from).bodyHtml());
        List<String> after = BodyHtml.lines(version(id, to).bodyHtml());
        List<BodyChange> changes = new ArrayList<>();
        int kept = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int start = delta.getSource().getPosition();
            if (start > kept) {
                changes.add(new BodyChange(BodyChange.Kind.KEPT, before.subList(kept, start)));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                changes.add(new BodyChange(BodyChange.Kind.REMOVED, delta.getSource().getLines()));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                changes.add(new BodyChange(BodyChange.Kind.ADDED, delta.getTarget().getLines()));
            }
            kept = start + delta.getSource().size();
        }
        if (kept < before.size()) {
            changes.add(new BodyChange(BodyChange.Kind.KEPT, before.subList(kept, before.size())));
        }
        return changes;
    }

    private DocumentView create(DraftContent content, @Nullable RecordReference inReplyTo) {
        Actor actor = actors.current();
        if (!access.mayDraftFor(actor, content.issuer().value())) {
            throw BusinessRuleViolation.forbidden("documents.draft.not-for-unit",
                organization.findUnit(content.issuer()).map(unit -> unit.fullName()).orElse("?"));
        }
        ResolvedDraft draft = resolved(content);
        String drafter = actor.personId() == null ? actor.username()
            : organization.nameOf(new PersonId(actor.personId())).orElse(actor.username());
        // save() merges an entity with an assigned id: carry on with the managed copy it returns.
        Document document = documents.save(new Document(draft, actor.unitId(), actor.personId(), drafter,
            inReplyTo == null ? null : inReplyTo.toString(), clock.instant()));
        keepVersion(document, draft.safeBody(), actor);
        events.publishEvent(new DocumentChanged(document.id(), "documents.document.drafted", document.title()
            + (inReplyTo == null ? "" : " ↩ " + inReplyTo), document.classification()));
        return DocumentViews.view(document);
    }

    private ResolvedDraft resolved(DraftContent content) {
        ResolvedDraft draft = resolver.resolve(content);
        if (draft.safeBody().isEmpty()) {
            throw BusinessRuleViolation.invalid("documents.draft.body-empty");
        }
        return draft;
    }

    private void keepVersion(Document document, String safeBody, Actor actor) {
        int number = document.newBody(safeBody);
        String name = actor.personId() == null ? actor.username()
            : organization.nameOf(new PersonId(actor.personId())).orElse(actor.username());
        versions.save(new BodyVersion(document.id().id(), number, safeBody, actor.username(), name, clock.instant()));
    }

    private static boolean sameRecipients(Document document, ResolvedDraft draft) {
        List<UUID> now = document.recipients().stream().map(recipient -> recipient.unitId()).toList();
        List<UUID> then = new ArrayList<>();
        draft.mainRecipients().forEach(unit -> then.add(unit.id()));
        draft.copyRecipients().forEach(unit -> then.add(unit.id()));
        return now.equals(then);
    }

    private BodyVersion version(DocumentId id, int number) {
        return versions.findByDocumentIdAndNumber(id.id(), number)
            .orElseThrow(() -> BusinessRuleViolation.notFound("documents.version.unknown", Integer.toString(number)));
    }

    private Document readable(DocumentId id) {
        return lookup.readable(actors.current(), id);
    }
}
