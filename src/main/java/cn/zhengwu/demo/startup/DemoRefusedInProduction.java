package cn.zhengwu.demo.startup;

/** Start-up stops: the {@code prod} profile is active and demo data is switched on. */
class DemoRefusedInProduction extends IllegalStateException {

    DemoRefusedInProduction() {
        super("Demo data is refused in production: the 'prod' profile is active and zhengwu.demo.enabled is true. "
            + "Remove zhengwu.demo.enabled=true (or ZHENGWU_DEMO_ENABLED=true) from the production settings; "
            + "the prod profile switches the demo off.");
    }
}
