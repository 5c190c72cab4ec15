/**
 * 公共内核 — the few types every module shares: security classification (密级), permissions with their
 * data scope, the acting user ({@link cn.zhengwu.core.Actor}), the auditable-event contract, localized
 * business errors and the API path. It owns no tables and depends on no other module.
 */
@ApplicationModule(displayName = "Core 公共内核", allowedDependencies = {})
@NullMarked
package cn.zhengwu.core;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
