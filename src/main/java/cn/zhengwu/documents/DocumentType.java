package cn.zhengwu.documents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 文种 — the 15 document types of 第八条 of the 《党政机关公文处理工作条例》, with the directions each may travel.
 * A 议案 goes from a people's government to the 人大 (or its 常委会) of the same level, to which the government is
 * accountable: it is treated as upward. {@link #titleEndings()} are the words a title may end with (命令 or 令).
 */
public enum DocumentType {

    /** 决议 */
    RESOLUTION(List.of("决议"), Direction.DOWNWARD),
    /** 决定 */
    DECISION(List.of("决定"), Direction.DOWNWARD),
    /** 命令（令） */
    ORDER(List.of("命令", "令"), Direction.DOWNWARD),
    /** 公报 */
    COMMUNIQUE(List.of("公报"), Direction.DOWNWARD),
    /** 公告 */
    ANNOUNCEMENT(List.of("公告"), Direction.DOWNWARD),
    /** 通告 */
    PUBLIC_NOTICE(List.of("通告"), Direction.DOWNWARD),
    /** 意见 */
    OPINION(List.of("意见"), Direction.UPWARD, Direction.PARALLEL, Direction.DOWNWARD),
    /** 通知 */
    NOTICE(List.of("通知"), Direction.DOWNWARD, Direction.PARALLEL),
    /** 通报 */
    CIRCULAR(List.of("通报"), Direction.DOWNWARD),
    /** 报告 */
    REPORT(List.of("报告"), Direction.UPWARD),
    /** 请示 */
    REQUEST(List.of("请示"), Direction.UPWARD),
    /** 批复 */
    REPLY(List.of("批复"), Direction.DOWNWARD),
    /** 议案 */
    MOTION(List.of("议案"), Direction.UPWARD),
    /** 函 */
    LETTER(List.of("函"), Direction.PARALLEL),
    /** 纪要 */
    MINUTES(List.of("纪要"), Direction.DOWNWARD, Direction.PARALLEL);

    private final List<String> titleEndings;
    private final Set<Direction> directions;

    DocumentType(List<String> titleEndings, Direction first, Direction... more) {
        this.titleEndings = titleEndings;
        this.directions = EnumSet.of(first, more);
    }

    public List<String> titleEndings() {
        return titleEndings;
    }

    public Set<Direction> directions() {
        return EnumSet.copyOf(directions);
    }

    public boolean travels(Direction direction) {
        return directions.contains(direction);
    }

    public String messageKey() {
        return "documents.type." + name();
    }
}
