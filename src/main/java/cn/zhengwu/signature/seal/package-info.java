/** The 印章 images: configured PNGs, or a standard round red seal drawn with Java2D. */
@NullMarked
package cn.zhengwu.signature.seal;

import org.jspecify.annotations.NullMarked;
