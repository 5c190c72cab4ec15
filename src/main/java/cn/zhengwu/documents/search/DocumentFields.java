package cn.zhengwu.documents.search;

/** The fields of the documents index, as the mapping writes them and the queries read them. */
final class DocumentFields {

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ATTACHMENTS = "attachments";
    static final String ISSUER_NAME = "issuerName";
    static final String NUMBER = "number";
    static final String RECIPIENT_TEXT = "recipientText";
    static final String RECIPIENT = "recipient";
    static final String RECIPIENT_NAME = RECIPIENT + ".name";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String CLASSIFICATION = "classification";
    static final String ISSUER = "issuer";
    static final String YEAR = "year";
    static final String DRAFTER = "drafter";
    static final String APPROVAL = "approval";
    /** Issuing, drafting and delivered-to units: a reader whose DOCUMENT_READ scope covers one may read it. */
    static final String UNITS = "unit";
    /** Units holding an undrawn copy: their staff (and their 办公厅/办公室) may read it. */
    static final String RECEIVERS = "receiver";
    static final String UPDATED = "updatedAt";
    static final String ISSUED = "issuedAt";
    /** The {@link SearchMapping#VERSION} a document was indexed with. */
    static final String MAPPING_VERSION = "mappingVersion";

    private DocumentFields() {
    }
}
