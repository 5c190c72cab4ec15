/**
 * 公文版式 — lays out an issued document ({@link cn.zhengwu.layout.IssuedDocument}) as a PDF in its format of
 * GB/T 9704-2012 《党政机关公文格式》 ({@link cn.zhengwu.layout.DocumentFormat}: the 通用格式 and the 信函, 命令 and 纪要
 * formats of clause 10): A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm with 22 lines of 28 characters of 3号仿宋, the
 * red 发文机关标志 and separator line, the 附件 on pages of their own, 版记 at the foot of the last page and the page
 * numbers "— 1 —" 7 mm below the 版心. It also writes the same document as DOCX for offline editing, and the 发文稿纸
 * ({@link cn.zhengwu.layout.ProcessingSheet}) with every step's opinions. Pure rendering: no database, no state.
 * <p>
 * The pages are drawn with PDFBox directly rather than through openhtmltopdf: every element of the standard is
 * placed by millimetres and by the 22 × 28 grid (the mark's top edge 35 mm below the 版心, the separator 4 mm below
 * the 发文字号, the 版记's last line on the 版心's bottom edge, the page number's dash 7 mm below it, odd pages right
 * and even pages left), which CSS paged media can only approximate, while explicit coordinates make each rule one
 * line of code that the tests measure back. Fonts ({@code zhengwu.layout.fonts.*}) are TrueType files or
 * collections loaded through fontbox; the licensed 方正小标宋_GBK, 仿宋_GB2312, 楷体_GB2312 and 黑体 are used when
 * configured, the Debian fonts otherwise.
 */
@ApplicationModule(displayName = "Layout 公文版式", allowedDependencies = "core")
@NullMarked
package cn.zhengwu.layout;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
