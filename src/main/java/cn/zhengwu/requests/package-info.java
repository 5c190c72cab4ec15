/**
 * 收文与请示件 — incoming documents and requests for instructions, through the seven steps of 第二十四条 of the
 * 《党政机关公文处理工作条例》: 签收 → 登记 → 初审 → 承办 → 传阅 → 催办 → 答复. A record arrives from three
 * channels: a distributed document the unit signed for ({@link cn.zhengwu.documents.DistributedDocumentReceived}),
 * a file the clerk uploads (type read from its bytes, kept in PostgreSQL), or {@code POST /api/v1/incoming} from a
 * department's own system. The same document arriving twice is flagged and can be merged. Every registered record
 * opens or joins a matter ({@code matters}) where each step and the leaders' instructions (批示) land; the people
 * who must act find it on their to-do list ({@code todo}) with its clock ({@code clocks}: the 请示 reply period, the
 * deadline of urgent ones). The 拟办 to a leader and the 传阅 in order run on Flowable through {@code workflow}
 * (models in {@code processes/requests/}). A document issued in reply ({@link cn.zhengwu.documents.DocumentIssued}
 * with {@code inReplyTo}) answers the record. Internals: {@code incoming} (entities, numbering, duplicate and file
 * rules), {@code opinion} (the library of common opinions), {@code web} (pages and {@code /api/v1/incoming},
 * {@code /api/v1/requests}).
 */
@ApplicationModule(displayName = "Requests 收文与请示件",
    allowedDependencies = { "core", "organization", "calendar", "documents", "matters", "todo", "clocks", "workflow" })
@NullMarked
package cn.zhengwu.requests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
