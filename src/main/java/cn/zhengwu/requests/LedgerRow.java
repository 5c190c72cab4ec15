package cn.zhengwu.requests;

import java.time.LocalDate;

import cn.zhengwu.clocks.ClockStatus;
import org.jspecify.annotations.Nullable;

/**
 * One 请示 in the ledger (请示件台账).
 *
 * @param ageInWorkingDays working days since it was received, until today or until it was closed
 * @param leaderName 分管领导, once proposed to one
 * @param dueOn the last day of its reply period, if a clock runs
 * @param alert how urgently it needs an answer
 */
public record LedgerRow(IncomingSummary request, int ageInWorkingDays, @Nullable String leaderName,
        @Nullable LocalDate dueOn, @Nullable ClockStatus clockStatus, Alert alert) {

    /** 预警 — whether a 请示 has been unanswered too long. */
    public enum Alert {
        /** 正常 */
        NONE,
        /** 临近时限 */
        DUE_SOON,
        /** 已超期 */
        OVERDUE;

        public String messageKey() {
            return "requests.alert." + name();
        }
    }
}
