/** The settings of {@code zhengwu.signature.*} and the beans made from them at start-up. */
@NullMarked
package cn.zhengwu.signature.config;

import org.jspecify.annotations.NullMarked;
