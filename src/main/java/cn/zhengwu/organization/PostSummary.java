package cn.zhengwu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 任职 — a post a person holds in a unit. A person may hold several (兼职, 双跨); one may be their
 * principal post.
 */
public record PostSummary(PostId id, PersonId person, String personName, UnitId unit, String unitShortName,
        String title, Rank rank, boolean principal, LocalDate startedOn, @Nullable LocalDate endedOn) {

    public boolean heldOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }

    /** The post in words, as the audit trail and the post switcher show it: 市政府办公厅秘书处 · 处长. */
    public String label() {
        return unitShortName + " · " + title;
    }
}
