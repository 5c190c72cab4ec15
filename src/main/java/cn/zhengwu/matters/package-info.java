/**
 * 事项主线与批示 — the matter (事项), the one identifier that follows a piece of work across modules (an
 * incoming request, the instruction written on it, the task it opens, the reports on progress, the
 * conclusion), and leaders' instructions (批示) recorded on it, whatever the channel, with the people who must
 * act (承办) or read (阅知) and their read receipts. Other modules attach their records to a matter; the
 * matter's timeline shows each viewer only what their clearance covers. Recording an instruction publishes
 * {@link cn.zhengwu.matters.InstructionRecorded}, which the to-do list and later supervision turn into work.
 * Internals: {@code thread} (entities and repositories), {@code web} (pages and {@code /api/v1}).
 */
@ApplicationModule(displayName = "Matters 事项主线与批示", allowedDependencies = { "core", "organization" })
@NullMarked
package cn.zhengwu.matters;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
