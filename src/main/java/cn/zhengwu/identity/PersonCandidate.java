package cn.zhengwu.identity;

import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A person of the directory (人员) an account may belong to.
 *
 * @param post the person's principal post in words, to tell namesakes apart; {@code null} without a current post
 */
public record PersonCandidate(PersonId id, String name, @Nullable String post) {
}
