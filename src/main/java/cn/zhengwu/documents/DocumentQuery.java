package cn.zhengwu.documents;

import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A search of documents (公文检索): words, found in the title, body, attachments, issuer, recipients or number,
 * and the filters.
 *
 * @param text the words; blank to list by filters alone, newest first
 * @param issuer 发文机关
 * @param year 年度: of the issuing number, else of the 成文日期
 */
public record DocumentQuery(String text, @Nullable DocumentType type, @Nullable UnitId issuer,
        @Nullable Integer year, @Nullable DocumentStatus status) {

    public DocumentQuery {
        text = text == null ? "" : text.strip();
    }

    public static DocumentQuery words(String text) {
        return new DocumentQuery(text, null, null, null, null);
    }
}
