package cn.zhengwu.documents.search;

import cn.zhengwu.documents.draft.BodyHtml;
import cn.zhengwu.documents.draft.Document;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * 全文检索 over the documents index: words in any of the Chinese fields, the filters, and always the reader's filter,
 * so that what they may not read is neither returned nor counted.
 */
@Component
public class DocumentIndex {

    /** Words of a draft that "similar documents" look for: the title and the start of the body. */
    static final int SIMILAR_BODY_CHARACTERS = 300;
    private static final String[] OTHER_TEXT_FIELDS = { DocumentFields.BODY, DocumentFields.ATTACHMENTS,
        DocumentFields.ISSUER_NAME, DocumentFields.RECIPIENT_TEXT, DocumentFields.RECIPIENT_NAME };
    /** The longest 文种 at the end of a title: 通知, 决定, 意见, 会议纪要 … */
    private static final int LONGEST_TYPE_NAME = 4;

    private final EntityManager entityManager;

    DocumentIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Indexes the document again when something the index holds changed outside it (its attachments). */
    public void reindex(Document document) {
        session().indexingPlan().addOrUpdate(document);
    }

    /** One page of the documents the reader may see that match, best first, and how many match in all. */
    public SearchResult<Document> search(Criteria criteria, Readers readers, int offset, int limit) {
        return session().search(Document.class)
            .where((f, root) -> {
                root.add(readable(f, readers));
                if (!criteria.text().isBlank()) {
                    // A word in the title or the number counts more than one in the body.
                    root.add(f.simpleQueryString().field(DocumentFields.TITLE).boost(3)
                        .field(DocumentFields.NUMBER).boost(2).fields(OTHER_TEXT_FIELDS).matching(criteria.text())
                        .defaultOperator(BooleanOperator.AND));
                }
                if (criteria.type() != null) {
                    root.add(f.match().field(DocumentFields.TYPE).matching(criteria.type()));
                }
                if (criteria.status() != null) {
                    root.add(f.match().field(DocumentFields.STATUS).matching(criteria.status()));
                }
                if (criteria.issuer() != null) {
                    root.add(f.match().field(DocumentFields.ISSUER).matching(criteria.issuer()));
                }
                if (criteria.year() != null) {
                    root.add(f.match().field(DocumentFields.YEAR).matching(criteria.year()));
                }
            })
            .sort(f -> criteria.text().isBlank() ? f.field(DocumentFields.UPDATED).desc()
                : f.score().then().field(DocumentFields.UPDATED).desc())
            .fetch(offset, limit);
    }

    /**
     * 相似公文: the readable documents sharing most words with the subject (事由) of this one's title and the start of
     * its body.
     */
    public List<Document> similar(Document document, Readers readers, int limit) {
        String body = String.join(" ", BodyHtml.lines(document.bodyHtml()));
        String words = subject(document) + " " + body.substring(0, Math.min(body.length(), SIMILAR_BODY_CHARACTERS));
        return session().search(Document.class)
            .where((f, root) -> {
                root.add(readable(f, readers));
                root.add(f.match().field(DocumentFields.TITLE).boost(3).field(DocumentFields.BODY).matching(words)
                    .minimumShouldMatchPercent(30));
                root.add(f.not(f.id().matching(document.id().id())));
            })
            .fetchHits(limit);
    }

    /**
     * The 事由 of a title written 发文机关 + 关于 + 事由 + 的 + 文种: the issuer and the 文种 are shared by most documents
     * and would make any two of them look alike.
     */
    static String subject(Document document) {
        String subject = document.title().strip();
        if (subject.startsWith(document.issuerName())) {
            subject = subject.substring(document.issuerName().length());
        }
        if (subject.startsWith("关于")) {
            subject = subject.substring(2);
        }
        int of = subject.lastIndexOf('的');
        return of > 0 && subject.length() - of - 1 <= LONGEST_TYPE_NAME ? subject.substring(0, of) : subject;
    }

    private static SearchPredicate readable(SearchPredicateFactory f, Readers readers) {
        if (readers.markings().isEmpty()) {
            return f.matchNone().toPredicate();
        }
        if (readers.allUnits()) {
            return marked(f, readers).toPredicate();
        }
        var anyWay = f.bool();
        boolean some = false;
        if (readers.drafter() != null) {
            anyWay.should(f.match().field(DocumentFields.DRAFTER).matching(readers.drafter()));
            some = true;
        }
        some |= anyOf(anyWay, f, DocumentFields.UNITS, strings(readers.units()));
        some |= anyOf(anyWay, f, DocumentFields.RECEIVERS, strings(readers.receivingUnits()));
        some |= anyOf(anyWay, f, DocumentFields.APPROVAL, List.copyOf(readers.approvals()));
        return some ? f.and(marked(f, readers), anyWay).toPredicate() : f.matchNone().toPredicate();
    }

    private static PredicateFinalStep marked(SearchPredicateFactory f, Readers readers) {
        return f.terms().field(DocumentFields.CLASSIFICATION).matchingAny(readers.markings());
    }

    private static boolean anyOf(BooleanPredicateClausesStep<?, ?> anyWay, SearchPredicateFactory f, String field,
            List<String> values) {
        if (!values.isEmpty()) {
            anyWay.should(f.terms().field(field).matchingAny(values));
        }
        return !values.isEmpty();
    }

    private static List<String> strings(java.util.Set<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
