package cn.zhengwu.requests;

import java.util.UUID;

/** A common opinion (常用拟办意见) of the library. */
public record OpinionSummary(UUID id, String text) {
}
