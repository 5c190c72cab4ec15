package cn.zhengwu.matters;

import org.jspecify.annotations.Nullable;

/**
 * What the matters list asks for.
 *
 * @param text a part of the title, or blank for all
 * @param status only matters in this state, or all
 * @param after the {@link MatterPage#next()} key of the previous page, or {@code null} for the first page
 */
public record MatterSearch(String text, @Nullable MatterStatus status, @Nullable String after) {

    public static MatterSearch all() {
        return new MatterSearch("", null, null);
    }
}
