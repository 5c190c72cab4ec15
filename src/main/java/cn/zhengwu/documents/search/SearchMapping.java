package cn.zhengwu.documents.search;

import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.Recipient;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a document is indexed for 全文检索, declared here rather than by annotations on {@link Document}, so that the
 * entity says nothing about search: Chinese text (title, body, attachments, issuer, recipients, number) through the
 * smartcn analyzer, the filters as keywords (type, status, issuer, year, marking), and the units and approvals that
 * decide who may read it ({@link ReadersBinder}). Hibernate Search finds both beans by name
 * ({@code hibernate.search.mapping.configurer} and {@code hibernate.search.backend.analysis.configurer} in
 * {@code application.yml}).
 */
@Configuration(proxyBeanMethods = false)
class SearchMapping {

    /** The analyzer of Chinese text: smartcn's dictionary-based word segmentation (中文分词). */
    static final String CHINESE = "chinese";
    static final String INDEX = "documents";
    /**
     * The version of this mapping, written into every indexed document: raise it with any change to the fields or
     * analyzers, and each node's index is rebuilt at its next start ({@link IndexRebuild#needed}).
     */
    static final int VERSION = 1;

    @Bean
    HibernateOrmSearchMappingConfigurer documentSearchMapping() {
        return context -> {
            TypeMappingStep document = context.programmaticMapping().type(Document.class);
            document.indexed().index(INDEX);
            document.property("title").fullTextField(DocumentFields.TITLE).analyzer(CHINESE);
            document.property("bodyHtml").fullTextField(DocumentFields.BODY).analyzer(CHINESE)
                .valueBridge(new BodyTextBridge());
            document.property("issuerName").fullTextField(DocumentFields.ISSUER_NAME).analyzer(CHINESE);
            document.property("issuingNumber").fullTextField(DocumentFields.NUMBER).analyzer(CHINESE);
            document.property("mainRecipientText").fullTextField(DocumentFields.RECIPIENT_TEXT).analyzer(CHINESE);
            document.property("recipients").indexedEmbedded(DocumentFields.RECIPIENT);
            document.property("type").keywordField(DocumentFields.TYPE);
            document.property("status").keywordField(DocumentFields.STATUS);
            document.property("classification").keywordField(DocumentFields.CLASSIFICATION);
            document.property("issuerUnitId").keywordField(DocumentFields.ISSUER);
            document.property("draftedBy").keywordField(DocumentFields.DRAFTER);
            document.property("approvalId").keywordField(DocumentFields.APPROVAL);
            document.property("updatedAt").genericField(DocumentFields.UPDATED).sortable(Sortable.YES);
            document.property("issuedAt").genericField(DocumentFields.ISSUED);
            document.binder(new IssueYearBinder());
            document.binder(new ReadersBinder());
            document.binder(new AttachmentTextBinder());
            document.binder(new MappingVersionBinder());
            context.programmaticMapping().type(Recipient.class).property("name").fullTextField().analyzer(CHINESE);
        };
    }

    @Bean
    LuceneAnalysisConfigurer chineseAnalysis() {
        return context -> context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
    }
}
