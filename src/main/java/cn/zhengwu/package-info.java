@NullMarked
package cn.zhengwu;

import org.jspecify.annotations.NullMarked;
