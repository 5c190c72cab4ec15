package cn.zhengwu.documents.search;

import cn.zhengwu.documents.draft.Document;
import org.hibernate.FlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The names and extracted text of a document's attachments. They are rows of their own, not a property of the
 * document, so Hibernate Search cannot see them change: adding or removing one reindexes the document explicitly
 * ({@link DocumentIndex#reindex}).
 */
class AttachmentTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexFieldReference<String> attachments = context.indexSchemaElement()
            .field(DocumentFields.ATTACHMENTS, field -> field.asString().analyzer(SearchMapping.CHINESE))
            .multiValued().toReference();
        context.bridge(Document.class, new Bridge(attachments));
    }

    private record Bridge(IndexFieldReference<String> attachments) implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            // Read while the session flushes: the query must not trigger another flush.
            context.extension(HibernateOrmExtension.get()).session()
                .createSelectionQuery("select a.name || '\n' || a.text from AttachedFile a where a.documentId = :document"
                    + " order by a.position", String.class)
                .setParameter("document", document.id().id()).setHibernateFlushMode(FlushMode.MANUAL)
                .getResultList().forEach(text -> target.addValue(attachments, text));
        }
    }
}
