package cn.zhengwu.system.web;

import java.util.Collection;
import java.util.Iterator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names in a list as the reader's language writes them — 甲、乙、丙 in Chinese, A, B, C in English and Spanish — for
 * pages: {@code ${@listWording.join(names)}}. The pairing pattern {@code common.listPair} lives in the bundles.
 */
@Component("listWording")
public class ListWording {

    private final MessageSource messages;

    ListWording(MessageSource messages) {
        this.messages = messages;
    }

    public String join(Collection<?> items) {
        Iterator<?> each = items.iterator();
        if (!each.hasNext()) {
            return "";
        }
        String joined = String.valueOf(each.next());
        while (each.hasNext()) {
            joined = messages.getMessage("common.listPair", new Object[] { joined, each.next() },
                LocaleContextHolder.getLocale());
        }
        return joined;
    }
}
