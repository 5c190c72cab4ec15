package cn.zhengwu.documents.web;

import cn.zhengwu.documents.DocumentTemplateView;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.LayoutFormat;
import cn.zhengwu.documents.TemplateDetails;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/** The 公文模板 form as the browser posts it. */
record TemplateForm(@Nullable DocumentType type, @Nullable UnitId issuer, @Nullable String issuerMark,
        @Nullable String codeWord, @Nullable LayoutFormat format, @Nullable String printingOrgan,
        @Nullable String processKey, @Nullable String body) {

    static TemplateForm blank(String processKey) {
        return new TemplateForm(DocumentType.NOTICE, null, "", "", LayoutFormat.GENERAL, null, processKey, "");
    }

    static TemplateForm of(DocumentTemplateView template) {
        return new TemplateForm(template.type(), template.issuer(), template.issuerMark(), template.codeWord(),
            template.format(), template.printingOrgan(), template.processKey(), template.bodyHtml());
    }

    /** The details to validate and save; missing choices stay missing so that validation names them. */
    @SuppressWarnings("NullAway")
    TemplateDetails toDetails() {
        return new TemplateDetails(type, issuer, issuerMark, codeWord, format, printingOrgan, processKey, body);
    }
}
