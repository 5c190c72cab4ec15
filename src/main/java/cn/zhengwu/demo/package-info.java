/**
 * 演示数据 — the demo city: the Shanghai Municipal People's Government with its General Office and
 * divisions, the municipal departments and the 16 district governments (public facts), invented people in
 * their posts, liaison contacts and one account for each kind of user. It is built once, at the first start
 * on the embedded PostgreSQL, through the public facades of {@code organization} and {@code identity} as the
 * system, so every record is validated and audited like real data. It never runs in production: the
 * {@code prod} profile switches it off, and start-up fails if someone switches it back on there.
 */
@ApplicationModule(displayName = "Demo data 演示数据", allowedDependencies = { "core", "organization", "identity" })
@NullMarked
package cn.zhengwu.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
