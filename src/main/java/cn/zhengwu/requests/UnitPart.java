package cn.zhengwu.requests;

import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * The part of a unit in a record passed to it (分办): the 主办 unit handles it, a 协办 unit assists.
 *
 * @param lead whether it is the 主办 unit
 * @param actedFor the person of the unit the caller acts for (a delegate, a secretary), or {@code null} for themselves
 */
public record UnitPart(UnitId unit, String unitName, boolean lead, @Nullable PersonId actedFor) {
}
