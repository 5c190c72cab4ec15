package cn.zhengwu.documents;

import java.util.List;

/**
 * One stretch of the comparison of two versions of a body (痕迹): lines kept, removed or added, in order.
 *
 * @param kind what happened to the lines between the two versions
 * @param lines the lines, one per paragraph, heading or table row
 */
public record BodyChange(Kind kind, List<String> lines) {

    public BodyChange {
        lines = List.copyOf(lines);
    }

    /** Kept as they were, removed (删除) or added (增加). */
    public enum Kind { KEPT, REMOVED, ADDED }
}
