package cn.zhengwu.matters;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of matters, newest first, and the key of the next page (keyset paging: the last row's opening time
 * and id), or {@code null} on the last page.
 */
public record MatterPage(List<MatterSummary> matters, @Nullable String next) {
}
