package cn.zhengwu.documents.search;

import cn.zhengwu.documents.draft.BodyHtml;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/** 正文 as text: one line per paragraph, heading or table row, without markup. */
class BodyTextBridge implements ValueBridge<String, String> {

    @Override
    public String toIndexedValue(String safeHtml, ValueBridgeToIndexedValueContext context) {
        return String.join("\n", BodyHtml.lines(safeHtml));
    }
}
