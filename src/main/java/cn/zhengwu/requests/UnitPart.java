package cn.zhengwu.requests;

import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * The part of a unit in a record passed to it (分办): the 主办 unit handles it and records the result (办理结果, the
 * 答复), a 协办 unit gives its opinion (协办意见) to the 主办 unit and the office.
 *
 * @param lead whether it is the 主办 unit
 * @param done whether its part is done: the 主办's when the record is answered, a 协办's once it gave its opinion
 * @param actedFor the person of the unit the caller acts for (a delegate, a secretary), or {@code null} for themselves
 */
public record UnitPart(UnitId unit, String unitName, boolean lead, boolean done, @Nullable PersonId actedFor) {
}
