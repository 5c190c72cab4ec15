package cn.zhengwu.documents.search;

import cn.zhengwu.documents.draft.Document;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/** Stamps every indexed document with {@link SearchMapping#VERSION}, so that an index of an older mapping shows. */
class MappingVersionBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexFieldReference<Integer> version = context.indexSchemaElement()
            .field(DocumentFields.MAPPING_VERSION, field -> field.asInteger()).toReference();
        context.bridge(Document.class,
            (TypeBridge<Document>) (target, document, write) -> target.addValue(version, SearchMapping.VERSION));
    }
}
