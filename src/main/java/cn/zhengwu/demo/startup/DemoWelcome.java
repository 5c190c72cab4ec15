package cn.zhengwu.demo.startup;

import java.util.List;

/** The block the log shows on every start in demo mode: where to go, whom to sign in as, with which password. */
record DemoWelcome(String address, List<String> usernames, String password) {

    private static final String RULE = "=".repeat(96);

    String text() {
        return String.join(System.lineSeparator(),
            RULE,
            "  Zhengwu 政务 is running with the demo city (演示数据).",
            "  Open       " + address,
            "  Sign in as " + String.join(", ", usernames),
            "  Password   " + password,
            "  The README says who each account is. Demo data never runs in production (profile prod).",
            RULE);
    }
}
