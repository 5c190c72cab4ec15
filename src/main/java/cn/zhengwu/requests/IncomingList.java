package cn.zhengwu.requests;

import java.util.List;
import java.util.Map;

import cn.zhengwu.organization.UnitId;

/**
 * One tab of a unit's incoming list, with the count of every tab.
 *
 * @param counts how many records each tab holds (the viewer's clearance applied)
 */
public record IncomingList(UnitId unit, String unitName, IncomingTab tab, Map<IncomingTab, Long> counts,
        List<IncomingSummary> items) {

    public IncomingList {
        counts = Map.copyOf(counts);
        items = List.copyOf(items);
    }
}
