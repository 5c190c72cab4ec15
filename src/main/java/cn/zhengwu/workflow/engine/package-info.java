/** The process engine's set-up: Flowable on the application's clock. */
@NullMarked
package cn.zhengwu.workflow.engine;

import org.jspecify.annotations.NullMarked;
