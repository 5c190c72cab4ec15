/** The 公文 as a Word document (DOCX) for offline editing, written with Apache POI. */
@NullMarked
package cn.zhengwu.layout.docx;

import org.jspecify.annotations.NullMarked;
