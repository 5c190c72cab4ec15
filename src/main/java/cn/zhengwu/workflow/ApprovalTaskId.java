package cn.zhengwu.workflow;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one step waiting for (or handled by) one person in an approval. */
public record ApprovalTaskId(@JsonValue String value) {

    @Override
    public String toString() {
        return value;
    }
}
