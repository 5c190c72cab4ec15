package cn.zhengwu.demo.papers;

import java.util.List;

/**
 * A demo document to issue: its text, who signs and countersigns it, and which accounts have signed for their
 * unit's copy (签收) since; the other recipients still have it waiting.
 */
record DemoIssue(DemoDraft draft, DemoRoute route, List<String> receivedBy) {

    DemoIssue {
        receivedBy = List.copyOf(receivedBy);
    }
}
