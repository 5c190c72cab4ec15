package cn.zhengwu.organization.web;

import java.time.LocalDate;

import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.Rank;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A post as the API receives it. Leaving out {@code principal} means "not the principal post" (a person's first
 * post becomes principal anyway); the facade checks {@link NewPost} and answers with what is missing.
 */
record PostRequest(@Nullable UnitId unit, @Nullable String title, @Nullable Rank rank, @Nullable Boolean principal,
        @Nullable LocalDate startedOn) {

    NewPost post() {
        return new NewPost(unit, title == null ? "" : title, rank, Boolean.TRUE.equals(principal), startedOn);
    }
}
