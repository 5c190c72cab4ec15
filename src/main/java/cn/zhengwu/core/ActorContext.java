package cn.zhengwu.core;

/**
 * Tells module facades who is acting. The {@code identity} module implements it from the security
 * context, so that every module enforces the same rules without depending on {@code identity}.
 */
public interface ActorContext {

    Actor current();
}
