package cn.zhengwu.identity.security;

import java.io.Serializable;

/**
 * Why the last sign-in failed, kept in the session for the sign-in page to show once.
 *
 * @param messageKey what to say
 * @param argument its one argument (the time a lock ends), or empty
 */
public record SignInProblem(String messageKey, String argument) implements Serializable {

    public static final String SESSION_ATTRIBUTE = "zhengwu.signInProblem";
}
