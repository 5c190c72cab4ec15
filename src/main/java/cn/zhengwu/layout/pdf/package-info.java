/** The PDF drawing of GB/T 9704 pages, and the fonts it uses. */
@NullMarked
package cn.zhengwu.layout.pdf;

import org.jspecify.annotations.NullMarked;
