package cn.zhengwu.documents.search;

import cn.zhengwu.documents.draft.Document;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/** 年度: the year of the issuing number (沪府办发〔2026〕15号), else of the 成文日期; none for an unsigned draft. */
class IssueYearBinder implements TypeBinder {

    private static final Pattern BRACKETED_YEAR = Pattern.compile("〔(\\d{4})〕");

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("issuingNumber").use("writtenOn");
        IndexFieldReference<Integer> year = context.indexSchemaElement()
            .field(DocumentFields.YEAR, field -> field.asInteger()).toReference();
        context.bridge(Document.class, new Bridge(year));
    }

    private record Bridge(IndexFieldReference<Integer> year) implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            Matcher number = document.issuingNumber() == null ? null
                : BRACKETED_YEAR.matcher(document.issuingNumber());
            if (number != null && number.find()) {
                target.addValue(year, Integer.valueOf(number.group(1)));
            }
            else if (document.writtenOn() != null) {
                target.addValue(year, document.writtenOn().getYear());
            }
        }
    }
}
