package cn.zhengwu.demo.city;

import java.util.List;

/** 演示城市 — what the rest of the demo module may know of the city's data: who can sign in. */
public final class DemoCity {

    private DemoCity() {
    }

    /** The demo accounts, in the order the welcome message and the README list them. */
    public static List<String> usernames() {
        return DemoAccounts.ALL.stream().map(DemoAccount::username).toList();
    }
}
