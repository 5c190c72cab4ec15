/**
 * 系统外壳 — the shell around the business modules: the page layout and home page, language switching,
 * friendly error pages and RFC 9457 problems, the OpenAPI description, and the embedded PostgreSQL used
 * when no database is configured. It holds no business rules; nothing depends on it.
 */
@ApplicationModule(displayName = "System 系统外壳")
@NullMarked
package cn.zhengwu.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
