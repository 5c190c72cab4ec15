/** The office's signing key and certificate, the demo key, and the certificates a verification trusts. */
@NullMarked
package cn.zhengwu.signature.key;

import org.jspecify.annotations.NullMarked;
