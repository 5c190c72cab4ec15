package cn.zhengwu.documents.search;

import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.Recipient;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The units through which a document may be read, as {@code DocumentAccess} decides: the issuing and drafting
 * units and every unit it was delivered to (for readers whose scope covers them), and the units holding a copy not
 * recalled (for their receiving staff). Searches filter on these before anything is loaded.
 */
class ReadersBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("issuerUnitId").use("draftingUnitId").use("recipients.unitId")
            .use("recipients.deliveredAt").use("recipients.recalledAt");
        var schema = context.indexSchemaElement();
        IndexFieldReference<String> units = schema.field(DocumentFields.UNITS, field -> field.asString())
            .multiValued().toReference();
        IndexFieldReference<String> receivers = schema.field(DocumentFields.RECEIVERS, field -> field.asString())
            .multiValued().toReference();
        context.bridge(Document.class, new Bridge(units, receivers));
    }

    private record Bridge(IndexFieldReference<String> units, IndexFieldReference<String> receivers)
            implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            Set<UUID> scoped = new LinkedHashSet<>();
            scoped.add(document.issuerUnitId());
            if (document.draftingUnitId() != null) {
                scoped.add(document.draftingUnitId());
            }
            for (Recipient recipient : document.recipients()) {
                if (recipient.deliveredAt() != null) {
                    scoped.add(recipient.unitId());
                    if (recipient.recalledAt() == null) {
                        target.addValue(receivers, recipient.unitId().toString());
                    }
                }
            }
            scoped.forEach(unit -> target.addValue(units, unit.toString()));
        }
    }
}
