/**
 * 工作日历 — the working-day calendar: which dates are 法定节假日 (days off) and which weekend days are
 * 调休上班 (working), per the State Council's yearly notice, and the arithmetic every deadline needs: is this a
 * working day, the N-th working day after a date, how many working days lie between two dates. The data of
 * 2018–2026 is bundled and seeded into the database at first start; the system administrator edits single days
 * and imports each new year's notice (published in November). Every change is versioned and audited
 * ({@link cn.zhengwu.calendar.CalendarChanged}). Arithmetic runs on an immutable in-memory index, so other
 * modules may call it in loops.
 */
@ApplicationModule(displayName = "Calendar 工作日历", allowedDependencies = "core")
@NullMarked
package cn.zhengwu.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
