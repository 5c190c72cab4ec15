package cn.zhengwu.requests;

import java.time.Instant;

import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * One leader on the route of a 传阅, in order: read (with when and any remark), holding it now, or still to come.
 * Together the stops say where the document is at any moment.
 */
public record CirculationStop(int order, PersonId reader, String name, State state, @Nullable Instant readAt,
        @Nullable String remark) {

    public enum State {
        /** 已阅 */
        READ,
        /** 在阅 */
        HOLDING,
        /** 待阅 */
        WAITING,
        /** 已收回 */
        RECALLED;

        public String messageKey() {
            return "requests.circulation." + name();
        }
    }
}
