/**
 * 公文 — official documents under the 《党政机关公文处理工作条例》: the 15 document types (文种) and their
 * directions, the issuing number (发文字号) and its continuous, never-duplicated numbering per code word and
 * year, and the checks a reviewer (核稿) applies to a draft, each citing the article it enforces.
 */
@ApplicationModule(displayName = "Documents 公文",
    allowedDependencies = { "core", "organization", "calendar", "workflow", "layout", "signature", "todo" })
@NullMarked
package cn.zhengwu.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
