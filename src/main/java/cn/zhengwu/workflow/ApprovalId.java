package cn.zhengwu.workflow;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one approval (a running or finished process instance). */
public record ApprovalId(@JsonValue String value) {

    @Override
    public String toString() {
        return value;
    }
}
