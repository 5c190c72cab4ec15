package cn.zhengwu.clocks.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.clocks.ClockStatus;

/**
 * A clock with its explanation in the caller's language.
 *
 * @param id the clock
 * @param subject the record, as module/type/id
 * @param rule the rule's name
 * @param status RUNNING, PAUSED, OVERDUE or STOPPED
 * @param statusText the status in words
 * @param receivedAt the moment the period runs from
 * @param dueAt the period ends just before this moment
 * @param dueDate the last day of the period
 * @param extensions how many extensions were granted
 * @param explanation the steps, in words
 * @param explanationText the steps in one line
 */
record ClockResponse(String id, String subject, String rule, ClockStatus status, String statusText, Instant receivedAt,
        Instant dueAt, LocalDate dueDate, int extensions, List<String> explanation, String explanationText) {
}
