package cn.zhengwu.matters;

import java.time.Instant;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;

/**
 * A record of some module that belongs to a matter's thread: a request received, a task opened, a report.
 *
 * @param record the record, named by module, type and id
 * @param summary what the timeline says about it (data, not a translated sentence)
 * @param classification the record's own marking; viewers whose clearance does not cover it do not see it
 * @param occurredAt when it happened in its module
 */
public record NewAttachment(RecordReference record, String summary, SecurityClassification classification,
        Instant occurredAt) {
}
