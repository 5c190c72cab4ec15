package cn.zhengwu.documents;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.documents.distribution.ReceivingOffices;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.DocumentAccess;
import cn.zhengwu.documents.draft.DocumentViews;
import cn.zhengwu.documents.search.Criteria;
import cn.zhengwu.documents.search.DocumentIndex;
import cn.zhengwu.documents.search.Readers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.workflow.Approvals;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公文检索 — Chinese full-text search of documents (title, body, attachments, issuer, recipients, number) with filters,
 * and the similar documents (相似公文) shown while drafting. What the reader may not read is filtered out in the
 * index query (clearance, their DOCUMENT_READ scope, their receiving units, what they drafted, the approvals they
 * hold a step in), so it is neither listed nor counted; each hit is then confirmed by {@link DocumentAccess}.
 */
@Service
@Transactional(readOnly = true)
public class DocumentSearch {

    public static final int PAGE_SIZE = 20;
    static final int SIMILAR = 5;

    private final DocumentIndex index;
    private final DocumentAccess access;
    private final DocumentLookup lookup;
    private final ReceivingOffices offices;
    private final OrganizationManagement organization;
    private final Approvals approvals;
    private final ActorContext actors;

    DocumentSearch(DocumentIndex index, DocumentAccess access, DocumentLookup lookup, ReceivingOffices offices,
            OrganizationManagement organization, Approvals approvals, ActorContext actors) {
        this.index = index;
        this.access = access;
        this.lookup = lookup;
        this.offices = offices;
        this.organization = organization;
        this.approvals = approvals;
        this.actors = actors;
    }

    /** One page (from 0) of the documents the actor may read that match, best first. */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentSearchResults search(DocumentQuery query, int page) {
        Actor actor = actors.current();
        int from = Math.max(page, 0);
        var found = index.search(new Criteria(query.text(), query.type(),
            query.issuer() == null ? null : query.issuer().value(), query.year(), query.status()),
            readers(actor), from * PAGE_SIZE, PAGE_SIZE);
        List<Document> confirmed = found.hits().stream().filter(document -> access.mayRead(actor, document)).toList();
        // A hit the index let through but access refuses (an index behind the database) is not counted either.
        long total = found.total().hitCount() - (found.hits().size() - confirmed.size());
        return new DocumentSearchResults(confirmed.stream().map(DocumentViews::summary).toList(), total, from,
            PAGE_SIZE);
    }

    /** 发文机关: the units that have a 发文机关代字, for the search page's filter. */
    @PreAuthorize(DocumentDrafting.WORK)
    public List<UnitSummary> issuingOrgans() {
        return SystemAuthentication.call(organization::allUnits).stream()
            .filter(unit -> unit.active() && unit.issuingCodeWord() != null).toList();
    }

    /** 相似公文: up to five readable documents most like this one by title and body. */
    @PreAuthorize(DocumentDrafting.WORK)
    public List<DocumentSummary> similar(DocumentId id) {
        Actor actor = actors.current();
        Document document = lookup.readable(actor, id);
        return index.similar(document, readers(actor), SIMILAR).stream()
            .filter(other -> access.mayRead(actor, other)).map(DocumentViews::summary).toList();
    }

    private Readers readers(Actor actor) {
        Set<SecurityClassification> markings = Arrays.stream(SecurityClassification.values())
            .filter(actor::mayRead).collect(Collectors.toSet());
        if (actor.username().equals(Actor.SYSTEM)) {
            return new Readers(markings, null, true, Set.of(), Set.of(), Set.of());
        }
        DataScope scope = actor.scopeOf(Permission.DOCUMENT_READ).orElse(null);
        Set<String> held = actor.personId() == null ? Set.of()
            : approvals.tasksOf(new PersonId(actor.personId())).stream().map(task -> task.approval().value())
                .collect(Collectors.toSet());
        return new Readers(markings, actor.personId(), scope == DataScope.ALL, scopedUnits(actor, scope),
            offices.unitsSignedForBy(actor), held);
    }

    /** The actor's unit, and for {@link DataScope#UNIT_TREE} every unit below it. */
    private Set<UUID> scopedUnits(Actor actor, @org.jspecify.annotations.Nullable DataScope scope) {
        if (scope == null || scope == DataScope.ALL || actor.unitId() == null) {
            return Set.of();
        }
        Set<UUID> units = new HashSet<>(List.of(actor.unitId()));
        if (scope == DataScope.UNIT_TREE) {
            List<UnitSummary> all = SystemAuthentication.call(organization::allUnits);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (UnitSummary unit : all) {
                    UnitId parent = unit.parent();
                    if (parent != null && units.contains(parent.value())) {
                        grew |= units.add(unit.id().value());
                    }
                }
            }
        }
        return units;
    }
}
