package cn.zhengwu.documents.draft;

import cn.zhengwu.documents.DraftContent;
import cn.zhengwu.documents.LayoutFormat;
import java.util.List;
import java.util.UUID;

/**
 * A draft as the drafter wrote it, with what its template and the organization say: the issuer's name, mark and
 * code word, the format and the approval model, the recipients' names. The body is already sanitized.
 */
public record ResolvedDraft(DraftContent content, String issuerName, String issuerMark, String codeWord,
        LayoutFormat format, String processKey, String printingOrgan, List<NamedUnit> mainRecipients,
        List<NamedUnit> copyRecipients, String safeBody) {

    public ResolvedDraft {
        mainRecipients = List.copyOf(mainRecipients);
        copyRecipients = List.copyOf(copyRecipients);
    }

    /** A recipient unit and its name as written on the document. */
    public record NamedUnit(UUID id, String name) {
    }
}
