package cn.zhengwu.documents;

import cn.zhengwu.organization.UnitId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 公文模板 as administrators and drafters see it: for one 文种 and one issuing unit, the 发文机关标志, the code word of
 * the number, the format, the default 印发机关, the approval model and the starting body.
 *
 * @param issuerName the issuing unit's full name, or its code when the unit is unknown (a template seeded for a
 *     unit that does not exist here)
 * @param retired whether it was retired: it no longer shapes new drafts
 */
public record DocumentTemplateView(UUID id, DocumentType type, @Nullable UnitId issuer, String issuerCode,
        String issuerName, String issuerMark, String codeWord, LayoutFormat format, @Nullable String printingOrgan,
        String processKey, String bodyHtml, boolean retired, String changedBy, Instant changedAt) {
}
