/**
 * 用户与权限 — who may sign in and what they may do: accounts linked to people, form sign-in with lockout,
 * API tokens for departments' systems, optional OpenID Connect, roles that grant permissions each with a
 * data scope, security clearance (密级), and the separation of the three administrators (三员分立). It
 * implements {@link cn.zhengwu.core.ActorContext} so every module sees the same acting person.
 */
@ApplicationModule(displayName = "Identity 用户与权限", allowedDependencies = { "core", "organization" })
@NullMarked
package cn.zhengwu.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
