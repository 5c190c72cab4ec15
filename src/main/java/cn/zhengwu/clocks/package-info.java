/**
 * 时限 — one engine for every statutory deadline: a clock belongs to a record of some module, follows a named rule
 * from configuration ({@code zhengwu.clocks.rules.*}: N working days, calendar days, hours, minutes or months),
 * can be paused and resumed (征询第三方, time not counted), restarted (补正: the period starts again from receipt
 * of the correction, 《政府信息公开条例》第三十条) and extended with approval as often as its rule allows
 * (第三十三条). It always knows its due moment and explains it step by step in the reader's language. A locked job
 * publishes reminders, overdue and escalation events; a calendar change recomputes every open clock.
 */
@ApplicationModule(displayName = "Clocks 时限", allowedDependencies = { "core", "calendar" })
@NullMarked
package cn.zhengwu.clocks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
