/**
 * 演示数据 — the demo city: the Shanghai Municipal People's Government with its General Office and
 * divisions, the municipal departments and the 16 district governments (public facts), invented people in
 * their posts, liaison contacts and one account for each kind of user; and its paperwork: documents issued, on their
 * way and returned ({@code documents}), and districts' and departments' documents and 请示 in the General Office's
 * hands ({@code requests}). It is built once, at the first start on the embedded PostgreSQL, through the public
 * facades: the city as the system, the paperwork step by step as the demo people who would take each step, so every
 * record is validated, numbered, signed and audited like real data. It never runs in production: the
 * {@code prod} profile switches it off, and start-up fails if someone switches it back on there.
 */
@ApplicationModule(displayName = "Demo data 演示数据",
    allowedDependencies = { "core", "organization", "identity", "calendar", "workflow", "documents", "requests" })
@NullMarked
package cn.zhengwu.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
