/** The public verification page ({@code /signatures/verify}) and its API ({@code POST /api/v1/signatures/verify}). */
@NullMarked
package cn.zhengwu.signature.web;

import org.jspecify.annotations.NullMarked;
