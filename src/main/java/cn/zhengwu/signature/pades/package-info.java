/** PAdES signatures (ETSI EN 319 142-1 baseline-B) made and checked with PDFBox and BouncyCastle. */
@NullMarked
package cn.zhengwu.signature.pades;

import org.jspecify.annotations.NullMarked;
